import { useQuery } from '@tanstack/react-query';
import { fetchInvitation, invitationKeys } from '../api/auth.api';

export function useInvitation(token: string) {
  return useQuery({
    queryKey: invitationKeys.preview(token),
    queryFn: ({ signal }) => fetchInvitation(token, signal),
    enabled: token !== '',
  });
}
