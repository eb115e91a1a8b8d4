import { useQuery } from '@tanstack/react-query';
import { isUuid } from '../../../common/utils/uuid';
import { caseStudyKeys, fetchRevision, fetchRevisionDiff, fetchRevisions } from '../api/case-studies.api';

/** The submitted revisions of a case study, newest first, each with its decision. */
export function useRevisions(caseStudyId: string) {
  return useQuery({
    queryKey: caseStudyKeys.revisions(caseStudyId),
    queryFn: ({ signal }) => fetchRevisions(caseStudyId, signal),
    enabled: isUuid(caseStudyId),
  });
}

export function useRevision(caseStudyId: string, revisionId: string) {
  return useQuery({
    queryKey: caseStudyKeys.revision(caseStudyId, revisionId),
    queryFn: ({ signal }) => fetchRevision(caseStudyId, revisionId, signal),
    enabled: isUuid(caseStudyId) && isUuid(revisionId),
  });
}

/** What changed from one revision to another; nothing is asked while `from` is unknown. */
export function useRevisionDiff(caseStudyId: string, from: string | null, to: string) {
  return useQuery({
    queryKey: caseStudyKeys.diff(caseStudyId, from ?? '', to),
    queryFn: ({ signal }) => fetchRevisionDiff(caseStudyId, from ?? '', to, signal),
    enabled: from !== null && isUuid(caseStudyId) && isUuid(to),
    // Revisions never change, so neither does what lies between two of them.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
