import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AccountErrorCode } from '@twinning/contracts';
import { ApiError } from '../../../lib/api-client';
import { signOut } from '../api/auth.api';
import { forgetSession } from '../utils/session-cache';

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await signOut();
      } catch (error) {
        // Already signed out on the server (expired, another tab): the goal is reached.
        if (error instanceof ApiError && error.code === AccountErrorCode.NotSignedIn) return;
        throw error;
      }
    },
    onSuccess: () => forgetSession(queryClient),
  });
}
