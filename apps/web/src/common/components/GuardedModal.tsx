import { Modal, type ModalProps } from '@mantine/core';
import { createContext, useContext, useMemo, useRef, type RefObject } from 'react';
import { holdsUnsavedChanges, UnsavedChangesContext, type UnsavedChanges } from './UnsavedChangesGuard';

/** The forms inside a GuardedModal register here too (useUnsavedChangesGuard does it). */
export const GuardedModalContext = createContext<{
  register: (id: string, changes: RefObject<UnsavedChanges>) => () => void;
} | null>(null);

/**
 * A dialog holding a form: closing it (Escape, the close button, a click outside) while the form
 * holds typed text asks first, as leaving the page does.
 */
export function GuardedModal({ onClose, children, ...props }: ModalProps) {
  const guard = useContext(UnsavedChangesContext);
  const forms = useRef(new Map<string, RefObject<UnsavedChanges>>());
  const registry = useMemo(
    () => ({
      register: (id: string, changes: RefObject<UnsavedChanges>) => {
        forms.current.set(id, changes);
        return () => forms.current.delete(id);
      },
    }),
    [],
  );
  const close = () => {
    if (!guard || !holdsUnsavedChanges(forms.current.values())) {
      onClose();
      return;
    }
    void guard.confirmDiscard().then((discard) => discard && onClose());
  };
  return (
    <Modal {...props} onClose={close}>
      <GuardedModalContext.Provider value={registry}>{children}</GuardedModalContext.Provider>
    </Modal>
  );
}
