import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';
import { ConfirmDialog } from '../components/ConfirmDialog';

interface UnsavedChangesGuardOptions {
  /** Leaving now would lose something typed. */
  when: boolean;
  /**
   * Tried first when someone leaves (a form that saves itself saves now); resolving true lets them
   * go without a question, false asks.
   */
  settle?: () => Promise<boolean>;
  /** What the question says; by default that the changes will be lost. */
  message?: string;
}

/**
 * Asks before anything typed is lost: a link or Back inside the app opens a dialog (stay is the
 * default), closing or reloading the tab gets the browser's own question. Place `dialog` in the
 * page; call `release()` just before navigating away on purpose (after a successful save).
 */
export function useUnsavedChangesGuard({ when, settle, message }: UnsavedChangesGuardOptions): {
  dialog: ReactNode;
  release: () => void;
} {
  const { t } = useTranslation();
  // Read when a navigation starts, which can be before the render that follows a save.
  const guarding = useRef(when);
  guarding.current = when;
  const released = useRef(false);
  const settleRef = useRef(settle);
  settleRef.current = settle;

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      guarding.current &&
      !released.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [],
  );
  const blocker = useBlocker(shouldBlock);
  // A new object on every render; its state is what the effect below follows.
  const blockerRef = useRef(blocker);
  blockerRef.current = blocker;
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    if (blocker.state !== 'blocked') {
      setAsking(false);
      return;
    }
    const trySettle = settleRef.current;
    if (!trySettle) {
      setAsking(true);
      return;
    }
    let current = true;
    void trySettle().then((settled) => {
      if (!current) return;
      if (settled) blockerRef.current.proceed?.();
      else setAsking(true);
    });
    return () => {
      current = false;
    };
  }, [blocker.state]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!guarding.current || released.current) return;
      event.preventDefault();
      // Older browsers ask only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const dialog = (
    <ConfirmDialog
      opened={asking && blocker.state === 'blocked'}
      title={t('unsavedChanges.title')}
      message={message ?? t('unsavedChanges.message')}
      confirmLabel={t('unsavedChanges.leave')}
      cancelLabel={t('unsavedChanges.stay')}
      danger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
  return {
    dialog,
    release: () => {
      released.current = true;
    },
  };
}
