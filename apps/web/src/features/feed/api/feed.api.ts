import { ApiRoutes, type StaffFeed } from '@twinning/contracts';
import { apiGet } from '../../../lib/api-client';

export const feedKeys = {
  all: ['feed'] as const,
};

/** Verified staff only: what partner towns publish and adapt, and practices of towns like theirs. */
export function fetchStaffFeed(signal?: AbortSignal): Promise<StaffFeed> {
  return apiGet<StaffFeed>(ApiRoutes.feed, { signal });
}
