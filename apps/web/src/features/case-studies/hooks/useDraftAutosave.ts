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
import { ApiError } from '../../../lib/api-client';
import { contentFieldPaths, findContentProblems, needsFailureAnalysis, type FieldProblems } from '../utils/content-fields';
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
  /** The form's own checks failed: nothing was sent. */
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown }
  /** Someone else saved in between (409 stale_version): nothing more is sent until a reload. */
  | { kind: 'stale' }
  /** The case study left the editable statuses (409 invalid_transition), e.g. submitted elsewhere. */
  | { kind: 'locked' };

const NO_SERVER_PROBLEMS: ServerFieldErrors<string> = { fields: {}, unmatched: [] };

/**
 * The working copy being edited, saved in the background with optimistic concurrency: every PATCH
 * names the version it is based on, and a 409 stops all saving rather than overwrite someone's work.
 */
export function useDraftAutosave(caseStudyId: string, draft: CaseStudyDraft, publishAnonymously: boolean) {
  const { t } = useTranslation();
  const { mutateAsync: update } = useUpdateCaseStudy(caseStudyId);
  const [values, setValues] = useState<DraftValues>(() => ({ content: draft.content, publishAnonymously }));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'unchanged', at: draft.updatedAt });
  const [serverProblems, setServerProblems] = useState(NO_SERVER_PROBLEMS);

  // What the callbacks below need across renders, without waiting for one.
  const latest = useRef(values);
  const version = useRef(draft.version);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(false);

  const scheduleSave = useDebouncedCallback(() => void saveNow(), AUTOSAVE_DELAY_MS);

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

  /** Saves everything changed so far; resolves to true once it is all saved. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    scheduleSave.cancel();
    while (inFlight.current) await inFlight.current;
    if (blocked.current) return false;
    if (!dirty.current) return true;
    const snapshot = latest.current;
    if (hasFieldErrors(findContentProblems(snapshot.content, t))) {
      setSaveState({ kind: 'invalid' });
      return false;
    }
    dirty.current = false;
    setSaveState({ kind: 'saving' });
    const attempt = update(toUpdateRequest(snapshot, version.current)).then(
      (saved) => {
        inFlight.current = null;
        if (saved.draft) version.current = saved.draft.version;
        setServerProblems(NO_SERVER_PROBLEMS);
        // Changes typed while it was on its way wait for their own save.
        setSaveState(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: new Date().toISOString() });
        return !dirty.current;
      },
      (error: unknown) => {
        inFlight.current = null;
        dirty.current = true;
        if (!stopOnConflict(error)) {
          setServerProblems(serverFieldErrors(error, contentFieldPaths(snapshot.content)));
          setSaveState({ kind: 'failed', error });
        }
        return false;
      },
    );
    inFlight.current = attempt;
    return attempt;
  }, [scheduleSave, t, update, stopOnConflict]);

  const change = useCallback(
    (next: (current: DraftValues) => DraftValues) => {
      latest.current = next(latest.current);
      setValues(latest.current);
      dirty.current = true;
      if (blocked.current) return;
      setSaveState({ kind: 'pending' });
      scheduleSave();
    },
    [scheduleSave],
  );

  // Leaving the page saves what is left; closing the tab with unsaved changes asks first.
  const saveOnLeave = useRef(saveNow);
  useEffect(() => {
    saveOnLeave.current = saveNow;
  }, [saveNow]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current || inFlight.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (dirty.current && !blocked.current) void saveOnLeave.current();
    };
  }, []);

  const localProblems = useMemo(() => findContentProblems(values.content, t), [values.content, t]);
  // The form's own checks describe what is typed now; the server's, what it last refused.
  const problems: FieldProblems = { ...serverProblems.fields, ...localProblems };

  return {
    values,
    change,
    saveNow,
    saveState,
    problems,
    /** The server's objections that name no field of the form. */
    unmatchedProblems: serverProblems.unmatched,
    /** The version the next save or the submission is based on. */
    currentVersion: () => version.current,
    stopOnConflict,
  };
}

function toUpdateRequest(values: DraftValues, version: number): UpdateCaseStudyRequest {
  return {
    version,
    content: values.content,
    // The switch is offered only for a partial success or a failure; it keeps its position if
    // the outcome changes back and forth, but only counts for those outcomes.
    publishAnonymously: values.publishAnonymously && needsFailureAnalysis(values.content.outcome),
  };
}
