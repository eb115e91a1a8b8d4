import {
  ApiRoutes,
  type DecisionRequest,
  type ModerationDecision,
  type ModerationQueueItem,
  type Page,
  type PageQuery,
} from '@twinning/contracts';
import { apiGet, apiPost } from '../../../lib/api-client';

export const moderationKeys = {
  all: ['moderation'] as const,
  queue: (query: PageQuery) => [...moderationKeys.all, 'queue', query] as const,
};

export function fetchModerationQueue(query: PageQuery, signal?: AbortSignal): Promise<Page<ModerationQueueItem>> {
  return apiGet<Page<ModerationQueueItem>>(ApiRoutes.moderationQueue, { query: { ...query }, signal });
}

export function decideRevision(revisionId: string, request: DecisionRequest): Promise<ModerationDecision> {
  return apiPost<ModerationDecision>(ApiRoutes.moderationDecision(revisionId), request);
}
