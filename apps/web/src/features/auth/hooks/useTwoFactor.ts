import { useMutation, useQueryClient } from '@tanstack/react-query';
import { beginTwoFactorSetup, disableTwoFactor, enableTwoFactor } from '../api/auth.api';
import { SESSION_QUERY_KEY } from '../utils/session-cache';

export function useBeginTwoFactorSetup() {
  return useMutation({ mutationFn: beginTwoFactorSetup });
}

/** Turning it on or off changes the account (and may lift "set it up first"): ask for the session again. */
export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableTwoFactor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTwoFactor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
  });
}
