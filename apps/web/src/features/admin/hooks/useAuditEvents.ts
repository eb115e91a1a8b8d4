import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type AuditEventListQuery } from '@twinning/contracts';
import { adminKeys, fetchAuditEvents } from '../api/admin.api';

export function useAuditEvents(query: AuditEventListQuery) {
  return useQuery({
    queryKey: adminKeys.auditEventList(query),
    queryFn: ({ signal }) => fetchAuditEvents(query, signal),
    placeholderData: keepPreviousData,
  });
}
