import { useEffect, useRef, type RefObject } from 'react';

/**
 * After a submit that found errors, moves focus to the first field marked invalid, so keyboard
 * and screen reader users land on what needs fixing. Call `focusFirstInvalid()` once the errors
 * are set; the focus moves after they render.
 */
export function useFocusFirstInvalid(): {
  formRef: RefObject<HTMLFormElement | null>;
  focusFirstInvalid: () => void;
} {
  const formRef = useRef<HTMLFormElement | null>(null);
  const pending = useRef(false);

  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });

  return {
    formRef,
    focusFirstInvalid: () => {
      pending.current = true;
    },
  };
}
