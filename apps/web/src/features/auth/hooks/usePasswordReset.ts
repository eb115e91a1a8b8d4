import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CompletePasswordResetRequest } from '@twinning/contracts';
import { completePasswordReset, requestPasswordReset } from '../api/auth.api';
import { forgetSession } from '../utils/session-cache';

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

/** A reset ends every session of the account, this browser's too if it had one. */
export function useCompletePasswordReset(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CompletePasswordResetRequest) => completePasswordReset(token, request),
    onSuccess: () => forgetSession(queryClient),
  });
}
