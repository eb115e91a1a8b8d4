import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type AcceptInvitationRequest } from '@twinning/contracts';
import { acceptInvitation } from '../api/auth.api';
import { storeSession } from '../utils/session-cache';

/** Accepting signs the person in as verified staff of the invitation's municipality. */
export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AcceptInvitationRequest) => acceptInvitation(token, request),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}
