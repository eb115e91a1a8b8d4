import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type PartnershipActivityInput } from '@twinning/contracts';
import { createActivity, deleteActivity, fetchPartnership, partnershipKeys, updateActivity } from '../api/partnerships.api';

export function usePartnership(id: string) {
  return useQuery({ queryKey: partnershipKeys.detail(id), queryFn: ({ signal }) => fetchPartnership(id, signal) });
}

/** Adds an activity, or (with `activityId`) saves every field of an existing one; the page is read again after. */
export function useSaveActivity(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ activityId, input }: { activityId?: string; input: PartnershipActivityInput }) =>
      activityId ? updateActivity(partnershipId, activityId, input) : createActivity(partnershipId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnershipKeys.detail(partnershipId) }),
  });
}

export function useDeleteActivity(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activityId: string) => deleteActivity(partnershipId, activityId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnershipKeys.detail(partnershipId) }),
  });
}
