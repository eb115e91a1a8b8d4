import { ApiRoutes, type Page, type PageQuery, type ReportedContent, type ReportRequest, type ResolveReportsRequest } from '@twinning/contracts';
import { apiGet, apiPost } from '../../../lib/api-client';

export const reportKeys = {
  all: ['reports'] as const,
  queue: (query: PageQuery) => [...reportKeys.all, 'queue', query] as const,
};

export function reportContent(request: ReportRequest): Promise<void> {
  return apiPost<void>(ApiRoutes.reports, request);
}

/** Everything with open reports, the longest waiting first. */
export function fetchReportedContent(query: PageQuery, signal?: AbortSignal): Promise<Page<ReportedContent>> {
  return apiGet<Page<ReportedContent>>(ApiRoutes.moderationReports, { query: { ...query }, signal });
}

export function resolveReports(request: ResolveReportsRequest): Promise<void> {
  return apiPost<void>(ApiRoutes.resolveReports, request);
}
