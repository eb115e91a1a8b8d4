import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signIn } from '../api/auth.api';
import { storeSession } from '../utils/session-cache';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => storeSession(queryClient, session),
  });
}
