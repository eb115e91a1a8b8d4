import { type CaseStudyContent } from '@twinning/contracts';

/**
 * The copy of a working copy that this browser keeps until the server has all of it: what was
 * typed but not yet saved, or held back because the form refuses it (a malformed e-mail address).
 * It outlives a reload, a crash and a closed tab, and is offered back when the draft opens again.
 */
export interface LocalCopy {
  content: CaseStudyContent;
  publishAnonymously: boolean;
  /** The version of the working copy it was typed on; another one means the server moved on. */
  version: number;
  savedAt: string;
}

const keyOf = (caseStudyId: string) => `twinning.caseStudyDraft.${caseStudyId}`;

// Storage can be full, switched off or shared with an older tab: a copy that cannot be kept or
// read is treated as absent, and the form goes on saving to the server as before.

export function readLocalCopy(caseStudyId: string): LocalCopy | null {
  try {
    const stored = window.localStorage.getItem(keyOf(caseStudyId));
    if (!stored) return null;
    const parsed = JSON.parse(stored) as Partial<LocalCopy>;
    if (typeof parsed.version !== 'number' || typeof parsed.publishAnonymously !== 'boolean') return null;
    if (typeof parsed.content !== 'object' || parsed.content === null) return null;
    return parsed as LocalCopy;
  } catch {
    return null;
  }
}

export function writeLocalCopy(caseStudyId: string, copy: LocalCopy): void {
  try {
    window.localStorage.setItem(keyOf(caseStudyId), JSON.stringify(copy));
  } catch {
    // See above: the server copy still has every valid field.
  }
}

export function removeLocalCopy(caseStudyId: string): void {
  try {
    window.localStorage.removeItem(keyOf(caseStudyId));
  } catch {
    // Nothing to do: it could not have been written either.
  }
}
