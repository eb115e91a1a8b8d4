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

/** Whose copy of which case study: a colleague signing in on the same browser is not offered it. */
export interface LocalCopyKey {
  accountId: string;
  caseStudyId: string;
}

const keyOf = ({ accountId, caseStudyId }: LocalCopyKey) => `twinning.caseStudyDraft.${accountId}.${caseStudyId}`;

// Storage can be full, switched off or shared with an older tab: a copy that cannot be kept or
// read is treated as absent, and the form goes on saving to the server as before.

export function readLocalCopy(key: LocalCopyKey): LocalCopy | null {
  try {
    const stored = window.localStorage.getItem(keyOf(key));
    if (!stored) return null;
    const parsed = JSON.parse(stored) as Partial<LocalCopy>;
    if (typeof parsed.version !== 'number' || typeof parsed.publishAnonymously !== 'boolean') return null;
    if (typeof parsed.content !== 'object' || parsed.content === null) return null;
    return parsed as LocalCopy;
  } catch {
    return null;
  }
}

export function writeLocalCopy(key: LocalCopyKey, copy: LocalCopy): void {
  try {
    window.localStorage.setItem(keyOf(key), JSON.stringify(copy));
  } catch {
    // See above: the server copy still has every valid field.
  }
}

export function removeLocalCopy(key: LocalCopyKey): void {
  try {
    window.localStorage.removeItem(keyOf(key));
  } catch {
    // Nothing to do: it could not have been written either.
  }
}
