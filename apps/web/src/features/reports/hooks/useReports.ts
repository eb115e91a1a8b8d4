import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type PageQuery, type ReportTargetKind } from '@twinning/contracts';
import { fetchReportedContent, reportContent, reportKeys, resolveReports } from '../api/reports.api';

export function useReportedContent(query: PageQuery) {
  return useQuery({ queryKey: reportKeys.queue(query), queryFn: ({ signal }) => fetchReportedContent(query, signal), placeholderData: keepPreviousData });
}

export function useReportContent(targetKind: ReportTargetKind, targetId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => reportContent({ targetKind, targetId, reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

/** Closes one thing's open reports; the queue is asked again either way (another moderator may have been first). */
export function useResolveReports(targetKind: ReportTargetKind, targetId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ decision, comment }: { decision: 'resolved' | 'dismissed'; comment: string }) => resolveReports({ targetKind, targetId, decision, comment }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
