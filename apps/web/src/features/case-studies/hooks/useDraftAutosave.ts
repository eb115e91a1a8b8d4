import { useDebouncedCallback } from '@mantine/hooks';
import {
  CaseStudyErrorCode,
  type CaseStudyContent,
  type CaseStudyDraft,
  type UpdateCaseStudyRequest,
} from '@twinning/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasFieldErrors, serverFieldErrors, type ServerFieldErrors } from '../../../common/utils/field-errors';
import { isSameValue } from '../../../common/utils/same-value';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../auth/hooks/useSession';
import {
  changedFields,
  contentFieldPaths,
  contentFieldProblems,
  findContentProblems,
  heldBackFields,
  needsFailureAnalysis,
  stillRefused,
  type FieldProblems,
  type Refusal,
} from '../utils/content-fields';
import { readLocalCopy, removeLocalCopy, writeLocalCopy, type LocalCopy } from '../utils/local-copy';
import { useUpdateCaseStudy } from './useCaseStudyMutations';

/** A save goes out this long after the last change (and at once when the author leaves a step). */
export const AUTOSAVE_DELAY_MS = 1500;

export interface DraftValues {
  content: CaseStudyContent;
  publishAnonymously: boolean;
}

export type SaveState =
  /** Nothing changed since the working copy was loaded (saved at `at`). */
  | { kind: 'unchanged'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; error: unknown }
  /** Someone else saved in between (409 stale_version): nothing more is sent until a reload. */
  | { kind: 'stale' }
  /** The case study left the editable statuses (409 invalid_transition), e.g. submitted elsewhere. */
  | { kind: 'locked' };

const NO_SERVER_PROBLEMS: ServerFieldErrors<string> = { fields: {}, unmatched: [] };

/** Whether two sets of values would publish the same: the switch counts only where it is offered. */
const sameValues = (a: DraftValues, b: DraftValues) =>
  isSameValue(a.content, b.content) && effectiveAnonymity(a) === effectiveAnonymity(b);

// The switch is offered only for a partial success or a failure; it keeps its position if the
// outcome changes back and forth, but only counts for those outcomes.
const effectiveAnonymity = (values: DraftValues) => values.publishAnonymously === true && needsFailureAnalysis(values.content.outcome);

/**
 * The working copy being edited, saved in the background with optimistic concurrency: every PATCH
 * names the version it is based on, and a 409 stops all saving rather than overwrite someone's work.
 *
 * A field the form refuses (a malformed e-mail address, an end before the start), or the API
 * refused with a 400 naming it, does not stop the others: each save sends the fields that changed
 * and are valid, and the API keeps its saved value of those left out. Until the server has everything, this browser keeps a copy (local-copy.ts),
 * offered back when the draft is opened again after a reload or a crash.
 */
export function useDraftAutosave(caseStudyId: string, draft: CaseStudyDraft, publishAnonymously: boolean) {
  const { t } = useTranslation();
  const { mutateAsync: update } = useUpdateCaseStudy(caseStudyId);
  const { account } = useSession();
  // The form is shown to signed-in staff only; the fallback keeps the hook usable anywhere.
  const copyKey = useMemo(() => ({ accountId: account?.id ?? 'anonymous', caseStudyId }), [account?.id, caseStudyId]);
  const [values, setValues] = useState<DraftValues>(() => ({ content: draft.content, publishAnonymously }));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'unchanged', at: draft.updatedAt });
  const [serverProblems, setServerProblems] = useState(NO_SERVER_PROBLEMS);
  // Fields the API refused (a rule only it knows, such as a partner town that no longer exists)
  // are held back like the form's own refusals, until the author changes them.
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // A copy left by an earlier visit that the server does not have: offered until the author decides.
  const [offeredCopy, setOfferedCopy] = useState<LocalCopy | null>(() => {
    const copy = readLocalCopy(copyKey);
    if (copy && sameValues(copy, { content: draft.content, publishAnonymously })) {
      removeLocalCopy(copyKey);
      return null;
    }
    return copy;
  });

  // What the callbacks below need across renders, without waiting for one.
  const latest = useRef(values);
  /** What the server holds, as its last answer said. */
  const onServer = useRef<DraftValues>({ content: draft.content, publishAnonymously });
  const version = useRef(draft.version);
  const lastSavedAt = useRef(draft.updatedAt);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(false);
  const keepingOffer = useRef(offeredCopy !== null);
  const lastRefusal = useRef<Refusal | null>(null);

  const scheduleSave = useDebouncedCallback(() => void saveNow(), AUTOSAVE_DELAY_MS);

  /** Keeps the local copy in step: written while the server lacks something, removed once it has it all. */
  const syncLocalCopy = useCallback(() => {
    // The copy on offer is not overwritten before the author has said whether they want it back.
    if (keepingOffer.current) return;
    if (sameValues(latest.current, onServer.current)) removeLocalCopy(copyKey);
    else writeLocalCopy(copyKey, { ...latest.current, version: version.current, savedAt: new Date().toISOString() });
  }, [copyKey]);

  /** Takes a 409 that means "stop saving"; true when it was one. */
  const stopOnConflict = useCallback((error: unknown): boolean => {
    if (!(error instanceof ApiError) || error.status !== 409) return false;
    if (error.code === CaseStudyErrorCode.StaleVersion) {
      blocked.current = true;
      setSaveState({ kind: 'stale' });
      return true;
    }
    if (error.code === CaseStudyErrorCode.InvalidTransition) {
      blocked.current = true;
      setSaveState({ kind: 'locked' });
      return true;
    }
    return false;
  }, []);

  /** Saves every valid change so far; resolves to true once the server has everything typed. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    scheduleSave.cancel();
    while (inFlight.current) await inFlight.current;
    if (blocked.current) return false;
    const snapshot = latest.current;
    const held = heldBackFields(snapshot.content, {
      ...stillRefused(lastRefusal.current, snapshot.content),
      ...findContentProblems(snapshot.content, t),
    });
    const request = toUpdateRequest(snapshot, onServer.current, held, version.current);
    if (!dirty.current || request === null) {
      // Nothing valid to send: what is left (if anything) waits in the local copy.
      if (dirty.current) setSaveState((state) => (state.kind === 'pending' ? { kind: 'saved', at: lastSavedAt.current } : state));
      dirty.current = false;
      return held.size === 0;
    }
    dirty.current = false;
    setSaveState({ kind: 'saving' });
    const attempt = update(request).then(
      (saved) => {
        inFlight.current = null;
        lastSavedAt.current = new Date().toISOString();
        if (saved.draft) {
          version.current = saved.draft.version;
          onServer.current = { content: saved.draft.content, publishAnonymously: snapshot.publishAnonymously };
        }
        syncLocalCopy();
        setServerProblems(NO_SERVER_PROBLEMS);
        // Changes typed while it was on its way wait for their own save.
        setSaveState(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: lastSavedAt.current });
        return !dirty.current && held.size === 0;
      },
      (error: unknown) => {
        inFlight.current = null;
        dirty.current = true;
        if (!stopOnConflict(error)) {
          const server = serverFieldErrors(error, contentFieldPaths(snapshot.content), t);
          const refused = contentFieldProblems(server.fields);
          const others = Object.fromEntries(Object.entries(server.fields).filter(([path]) => !(path in refused)));
          setServerProblems({ fields: others, unmatched: server.unmatched });
          setSaveState({ kind: 'failed', error });
          if (hasFieldErrors(refused)) {
            lastRefusal.current = { content: snapshot.content, fields: refused };
            setRefusal(lastRefusal.current);
            // The rest goes out again without them, unless what was refused was not even sent
            // (a stored value the API no longer accepts): then only a change can help.
            const sent = Object.keys(request.content ?? {});
            if (Object.keys(refused).some((path) => sent.includes(path.split(/[.[]/)[0]))) scheduleSave();
          }
        }
        return false;
      },
    );
    inFlight.current = attempt;
    return attempt;
  }, [scheduleSave, t, update, stopOnConflict, syncLocalCopy]);

  const change = useCallback(
    (next: (current: DraftValues) => DraftValues) => {
      latest.current = next(latest.current);
      setValues(latest.current);
      dirty.current = true;
      syncLocalCopy();
      if (blocked.current) return;
      setSaveState({ kind: 'pending' });
      scheduleSave();
    },
    [scheduleSave, syncLocalCopy],
  );

  /** Puts the offered copy back into the form; the next save sends what of it is valid. */
  const restoreLocalCopy = useCallback(() => {
    const copy = offeredCopy;
    if (!copy) return;
    keepingOffer.current = false;
    setOfferedCopy(null);
    // A field the template gained since the copy was made keeps the form's value.
    change((current) => ({ content: { ...current.content, ...copy.content }, publishAnonymously: copy.publishAnonymously }));
  }, [offeredCopy, change]);

  const discardLocalCopy = useCallback(() => {
    keepingOffer.current = false;
    setOfferedCopy(null);
    syncLocalCopy();
  }, [syncLocalCopy]);

  // Leaving the page saves what is left (the unsaved-changes guard asks before anything is lost).
  const saveOnLeave = useRef(saveNow);
  useEffect(() => {
    saveOnLeave.current = saveNow;
  }, [saveNow]);
  useEffect(
    () => () => {
      if (dirty.current && !blocked.current) void saveOnLeave.current();
    },
    [],
  );

  // The form's own checks describe what is typed now; the server's, what it refused and still holds.
  const heldBackProblems = useMemo(
    () => ({ ...stillRefused(refusal, values.content), ...findContentProblems(values.content, t) }),
    [refusal, values.content, t],
  );
  const heldBack = useMemo(() => heldBackFields(values.content, heldBackProblems), [values.content, heldBackProblems]);
  const problems: FieldProblems = { ...serverProblems.fields, ...heldBackProblems };
  const everythingSaved = (saveState.kind === 'saved' || saveState.kind === 'unchanged') && heldBack.size === 0;

  return {
    values,
    change,
    saveNow,
    saveState,
    problems,
    /** The form's own objections and the API's, each keeping its field out of the saves until it is fixed. */
    heldBackProblems,
    /** How many fields wait in this browser for a fix before they can be saved. */
    heldBackCount: heldBack.size,
    /** Leaving now would lose something that only this page (and the local copy) holds. */
    hasUnsavedChanges: !everythingSaved,
    /** The server's objections that name no field of the form. */
    unmatchedProblems: serverProblems.unmatched,
    /** The version the next save or the submission is based on. */
    currentVersion: () => version.current,
    stopOnConflict,
    offeredCopy,
    restoreLocalCopy,
    discardLocalCopy,
  };
}

/** The changed, valid fields as a save, or null when there is nothing to send. */
function toUpdateRequest(
  values: DraftValues,
  onServer: DraftValues,
  held: ReturnType<typeof heldBackFields>,
  version: number,
): UpdateCaseStudyRequest | null {
  const content = changedFields(values.content, onServer.content, held);
  const anonymous = effectiveAnonymity(values);
  if (Object.keys(content).length === 0 && anonymous === effectiveAnonymity(onServer)) return null;
  return { version, content, publishAnonymously: anonymous };
}
