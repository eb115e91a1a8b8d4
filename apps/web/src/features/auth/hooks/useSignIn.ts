import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isSecondFactorChallenge } from '@twinning/contracts';
import { signIn, signInWithCode } from '../api/auth.api';
import { storeSession } from '../utils/session-cache';

/** The password step: signed in, or a challenge for the code step when the account uses two factors. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (result) => {
      if (!isSecondFactorChallenge(result)) storeSession(queryClient, result);
    },
  });
}

/** The code step of a two-factor sign-in. */
export function useSignInWithCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInWithCode,
    onSuccess: (session) => storeSession(queryClient, session),
  });
}
