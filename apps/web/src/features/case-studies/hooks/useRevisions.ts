import { useQuery } from '@tanstack/react-query';
import { isUuid } from '../../../common/utils/uuid';
import { caseStudyKeys, fetchRevision, fetchRevisionDiff, fetchRevisions } from '../api/case-studies.api';
import { useCaseStudy } from './useCaseStudy';

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

/**
 * What a revision changes in the published version, the one visitors read now. The baseline is
 * the published revision, not the last one a moderator decided on: a rejected revision or one
 * sent back for changes was never shown to anyone. `baseline` is null while nothing is published,
 * and `sameAsPublished` is true for the published revision itself; neither asks for a diff.
 */
export function usePublishedDiff(caseStudyId: string, revisionId: string) {
  const caseStudy = useCaseStudy(caseStudyId);
  const published = caseStudy.data?.published ?? null;
  const baseline = published ? { revisionId: published.revisionId, number: published.revisionNumber } : null;
  const sameAsPublished = baseline?.revisionId === revisionId;
  const diff = useRevisionDiff(caseStudyId, baseline && !sameAsPublished ? baseline.revisionId : null, revisionId);
  return { isPending: caseStudy.isPending, baseline, sameAsPublished, diff };
}
