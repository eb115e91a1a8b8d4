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
 * sent back for changes was never shown to anyone. While nothing is published, a resubmission is
 * compared with the last revision a moderator decided on (`kind: 'decided'`): what its authors
 * were asked to change. `baseline` is null for a first submission, and `sameAsPublished` is true
 * for the published revision itself; neither asks for a diff.
 */
export interface DiffBaseline {
  revisionId: string;
  number: number;
  kind: 'published' | 'decided';
}

export function usePublishedDiff(caseStudyId: string, revision: { id: string; number: number }) {
  const caseStudy = useCaseStudy(caseStudyId);
  const revisions = useRevisions(caseStudyId);
  const published = caseStudy.data?.published ?? null;
  // The list is newest first: the first decided one before this revision is the last decided.
  const decided = published ? null : (revisions.data?.find((candidate) => candidate.number < revision.number && candidate.decision) ?? null);
  const baseline: DiffBaseline | null = published
    ? { revisionId: published.revisionId, number: published.revisionNumber, kind: 'published' }
    : decided
      ? { revisionId: decided.id, number: decided.number, kind: 'decided' }
      : null;
  const sameAsPublished = baseline?.kind === 'published' && baseline.revisionId === revision.id;
  const diff = useRevisionDiff(caseStudyId, baseline && !sameAsPublished ? baseline.revisionId : null, revision.id);
  return { isPending: caseStudy.isPending || (!published && revisions.isPending), baseline, sameAsPublished, diff };
}
