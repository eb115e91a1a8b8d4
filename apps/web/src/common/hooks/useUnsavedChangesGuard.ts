import { useContext, useEffect, useId, useRef } from 'react';
import { GuardedModalContext } from '../components/GuardedModal';
import { UnsavedChangesContext, type UnsavedChanges } from '../components/UnsavedChangesGuard';

/**
 * Every form with typed text calls this: while `when` holds, leaving the page (a link, Back,
 * closing the tab) or closing its GuardedModal asks first (UnsavedChangesGuard in the layout holds
 * the one blocker and the question). Call `release()` just before navigating away on purpose,
 * after the form's own save, and pass a Cancel button's action through `confirmDiscard`.
 */
export function useUnsavedChangesGuard({ when, settle, message }: Omit<UnsavedChanges, 'released'>): {
  release: () => void;
  confirmDiscard: (discard: () => void) => void;
} {
  const registry = useContext(UnsavedChangesContext);
  const modal = useContext(GuardedModalContext);
  const id = useId();
  const changes = useRef<UnsavedChanges>({ when, settle, message, released: false });
  // Read when a navigation starts, which can come before the render that follows a save.
  changes.current = { when, settle, message, released: changes.current.released };

  useEffect(() => registry?.register(id, changes), [registry, id]);
  useEffect(() => modal?.register(id, changes), [modal, id]);

  return {
    release: () => {
      changes.current.released = true;
    },
    confirmDiscard: (discard) => {
      if (!registry || !changes.current.when) {
        discard();
        return;
      }
      void registry.confirmDiscard().then((confirmed) => {
        if (confirmed) discard();
      });
    },
  };
}
