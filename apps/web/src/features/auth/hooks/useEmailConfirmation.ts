import { useMutation, useQueryClient } from '@tanstack/react-query';
import { confirmEmail, resendEmailConfirmation } from '../api/auth.api';
import { SESSION_QUERY_KEY } from '../utils/session-cache';

/** Opens the link's promise; a signed-in account's status changes, so the session is asked again. */
export function useConfirmEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmEmail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
  });
}

export function useResendEmailConfirmation() {
  return useMutation({ mutationFn: resendEmailConfirmation });
}
