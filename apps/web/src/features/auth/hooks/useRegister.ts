import { useMutation, useQueryClient } from '@tanstack/react-query';
import { register } from '../api/auth.api';
import { storeSession } from '../utils/session-cache';

/** Registration signs the person in at once, with a pending account. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (session) => storeSession(queryClient, session),
  });
}
