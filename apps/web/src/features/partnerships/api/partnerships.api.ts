import { ApiRoutes, type PartnershipActivity, type PartnershipActivityInput, type PartnershipActivityUpdate, type PartnershipDetail } from '@twinning/contracts';
import { apiDelete, apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export const partnershipKeys = {
  all: ['partnerships'] as const,
  detail: (id: string) => [...partnershipKeys.all, 'detail', id] as const,
};

export function fetchPartnership(id: string, signal?: AbortSignal): Promise<PartnershipDetail> {
  return apiGet<PartnershipDetail>(ApiRoutes.partnership(id), { signal });
}

export function createActivity(partnershipId: string, input: PartnershipActivityInput): Promise<PartnershipActivity> {
  return apiPost<PartnershipActivity>(ApiRoutes.partnershipActivities(partnershipId), input);
}

export function updateActivity(partnershipId: string, activityId: string, changes: PartnershipActivityUpdate): Promise<PartnershipActivity> {
  return apiPatch<PartnershipActivity>(ApiRoutes.partnershipActivity(partnershipId, activityId), changes);
}

export function deleteActivity(partnershipId: string, activityId: string): Promise<void> {
  return apiDelete(ApiRoutes.partnershipActivity(partnershipId, activityId));
}
