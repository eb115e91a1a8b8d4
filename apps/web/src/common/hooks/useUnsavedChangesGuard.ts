import { useContext, useEffect, useId, useRef } from 'react';
import { UnsavedChangesContext, type UnsavedChanges } from '../components/UnsavedChangesGuard';

/**
 * Every form with typed text calls this: while `when` holds, leaving the page (a link, Back,
 * closing the tab) asks first (UnsavedChangesGuard in the layout holds the one blocker). Call
 * `release()` just before navigating away on purpose, after the form's own save.
 */
export function useUnsavedChangesGuard({ when, settle, message }: Omit<UnsavedChanges, 'released'>): { release: () => void } {
  const registry = useContext(UnsavedChangesContext);
  const id = useId();
  const changes = useRef<UnsavedChanges>({ when, settle, message, released: false });
  // Read when a navigation starts, which can come before the render that follows a save.
  changes.current = { when, settle, message, released: changes.current.released };

  useEffect(() => registry?.register(id, changes), [registry, id]);

  return {
    release: () => {
      changes.current.released = true;
    },
  };
}
