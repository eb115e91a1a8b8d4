import { useMutation } from '@tanstack/react-query';
import { changePassword } from '../api/auth.api';

/** Nothing cached changes: this browser keeps its session and its CSRF token. */
export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
