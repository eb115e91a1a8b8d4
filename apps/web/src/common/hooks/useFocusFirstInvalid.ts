import { useEffect, useRef, type RefObject } from 'react';

/**
 * After a submit that found errors, moves focus to the first field marked invalid, so keyboard
 * and screen reader users land on what needs fixing. Call `focusFirstInvalid()` once the errors
 * are set; the focus moves after they render. `holdsUnreadable()` says whether a field holds text
 * its value cannot carry (a date that is not one, `data-unreadable`): the form must not be sent as
 * if that field were empty, or what was typed there is lost.
 */
export function useFocusFirstInvalid(): {
  formRef: RefObject<HTMLFormElement | null>;
  focusFirstInvalid: () => void;
  holdsUnreadable: () => boolean;
} {
  const formRef = useRef<HTMLFormElement | null>(null);
  const pending = useRef(false);

  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-unreadable]')?.focus();
  });

  return {
    formRef,
    focusFirstInvalid: () => {
      pending.current = true;
    },
    holdsUnreadable: () => formRef.current?.querySelector('[data-unreadable]') != null,
  };
}
