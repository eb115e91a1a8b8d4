import { createContext, useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';

/** What one form tells the guard, read when someone leaves (see useUnsavedChangesGuard). */
export interface UnsavedChanges {
  /** Leaving now would lose something typed. */
  when: boolean;
  /** Tried first (a form that saves itself saves now); true when nothing is left to lose. */
  settle?: () => Promise<boolean>;
  /** What the question says instead of "it is lost". */
  message?: string;
  /** Set just before the form navigates away on purpose (after its own save). */
  released: boolean;
}

/** Forms register here; a dialog or a Cancel button asks through `confirmDiscard`. */
export interface UnsavedChangesRegistry {
  register: (id: string, changes: RefObject<UnsavedChanges>) => () => void;
  /** Asks whether to throw typed text away (closing a dialog, Cancel); true means yes. */
  confirmDiscard: () => Promise<boolean>;
}

export const UnsavedChangesContext = createContext<UnsavedChangesRegistry | null>(null);

/** Whether any of these forms holds text that leaving would lose. */
export function holdsUnsavedChanges(forms: Iterable<RefObject<UnsavedChanges>>): boolean {
  return [...forms].some((entry) => entry.current.when && !entry.current.released);
}

interface Question {
  kind: 'leave' | 'discard';
  message: string;
  answer: (lose: boolean) => void;
}

/**
 * The one navigation blocker of the app (a router holds only one), for every form on the page: a
 * link or Back inside the app, while any of them holds unsaved text, first lets each settle (save)
 * and then, if something is still unsaved, asks in a dialog where staying is the default. Closing
 * or reloading the tab gets the browser's own question.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const forms = useRef(new Map<string, RefObject<UnsavedChanges>>());
  const unsaved = useCallback(
    () => [...forms.current.values()].map((entry) => entry.current).filter((form) => form.when && !form.released),
    [],
  );

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      unsaved().length > 0 &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [unsaved],
  );
  const blocker = useBlocker(shouldBlock);
  // A new object on every render; its state is what the effect below follows.
  const blockerRef = useRef(blocker);
  blockerRef.current = blocker;
  const [question, setQuestion] = useState<Question | null>(null);

  useEffect(() => {
    if (blocker.state !== 'blocked') {
      setQuestion((current) => (current?.kind === 'leave' ? null : current));
      return;
    }
    let current = true;
    const waiting = unsaved();
    void Promise.all(waiting.map((form) => form.settle?.() ?? Promise.resolve(false))).then((settled) => {
      if (!current) return;
      const left = waiting.filter((_, index) => !settled[index]);
      if (left.length === 0) {
        blockerRef.current.proceed?.();
        return;
      }
      setQuestion({
        kind: 'leave',
        message: left.find((form) => form.message)?.message ?? t('unsavedChanges.message'),
        answer: (leave) => (leave ? blockerRef.current.proceed?.() : blockerRef.current.reset?.()),
      });
    });
    return () => {
      current = false;
    };
  }, [blocker.state, unsaved, t]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (unsaved().length === 0) return;
      event.preventDefault();
      // Older browsers ask only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const registry = useMemo<UnsavedChangesRegistry>(
    () => ({
      register: (id, changes) => {
        forms.current.set(id, changes);
        return () => forms.current.delete(id);
      },
      confirmDiscard: () =>
        new Promise<boolean>((resolve) =>
          setQuestion({ kind: 'discard', message: t('unsavedChanges.discardMessage'), answer: resolve }),
        ),
    }),
    [t],
  );

  const answer = (lose: boolean) => {
    question?.answer(lose);
    setQuestion(null);
  };
  const leaving = question?.kind === 'leave';
  return (
    <UnsavedChangesContext.Provider value={registry}>
      {children}
      <ConfirmDialog
        opened={question !== null}
        title={leaving ? t('unsavedChanges.title') : t('unsavedChanges.discardTitle')}
        message={question?.message ?? ''}
        confirmLabel={leaving ? t('unsavedChanges.leave') : t('unsavedChanges.discard')}
        cancelLabel={leaving ? t('unsavedChanges.stay') : t('unsavedChanges.keepEditing')}
        danger
        onConfirm={() => answer(true)}
        onCancel={() => answer(false)}
      />
    </UnsavedChangesContext.Provider>
  );
}
