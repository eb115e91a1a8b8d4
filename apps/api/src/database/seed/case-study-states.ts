import { type CaseStudyContent, type CaseStudyStatus, type ModerationDecisionKind, type TemplateSection } from '@twinning/contracts';
import { type EntityManager } from 'typeorm';
import { CaseStudyRevisionEntity } from '../../case-studies/case-study-revision.entity';
import { CaseStudyEntity } from '../../case-studies/case-study.entity';
import { ModerationDecisionEntity } from '../../moderation/moderation-decision.entity';
import { enqueueSearchUpdates } from '../../search/search-outbox.repository';

export interface CaseStudyInState {
  municipalityId: string;
  status: CaseStudyStatus;
  content: CaseStudyContent;
  publishAnonymously?: boolean;
  featured?: boolean;
  createdById?: string | null;
  submittedById?: string | null;
  moderatorId?: string | null;
  /** The decision's words, for the states that follow one. */
  decision?: { comment: string; sectionComments: Partial<Record<TemplateSection, string>> };
}

const DECISION_BEFORE: Partial<Record<CaseStudyStatus, ModerationDecisionKind>> = {
  changes_requested: 'request_changes',
  rejected: 'reject',
  published: 'approve',
  archived: 'approve',
};

/**
 * Writes a case study as the lifecycle would have left it in `status`: a revision for every
 * state after draft, the decision that led there, the published revision where there is one.
 * For starting data (the demo seed, test fixtures), never for users' actions.
 */
export async function insertCaseStudyInState(manager: EntityManager, fixture: CaseStudyInState): Promise<{ caseStudy: CaseStudyEntity; revision: CaseStudyRevisionEntity | null }> {
  const caseStudies = manager.getRepository(CaseStudyEntity);
  const { identifiers } = await caseStudies.insert({
    municipalityId: fixture.municipalityId,
    status: fixture.status,
    content: fixture.content,
    version: 1,
    publishAnonymously: fixture.publishAnonymously ?? false,
    publishedAnonymously: false,
    featured: fixture.featured ?? false,
    publishedRevisionId: null,
    publishedAt: null,
    createdById: fixture.createdById ?? null,
  });
  const id = identifiers[0].id as string;
  let revision: CaseStudyRevisionEntity | null = null;
  if (fixture.status !== 'draft') {
    const revisions = manager.getRepository(CaseStudyRevisionEntity);
    const inserted = await revisions.insert({ caseStudyId: id, number: 1, content: fixture.content, publishAnonymously: fixture.publishAnonymously ?? false, submittedById: fixture.submittedById ?? null });
    revision = await revisions.findOneByOrFail({ id: inserted.identifiers[0].id as string });
    const decision = DECISION_BEFORE[fixture.status];
    if (decision) {
      await manager.getRepository(ModerationDecisionEntity).insert({
        revisionId: revision.id,
        moderatorId: fixture.moderatorId ?? null,
        decision,
        comment: fixture.decision?.comment ?? '',
        sectionComments: fixture.decision?.sectionComments ?? {},
      });
    }
    if (fixture.status === 'published' || fixture.status === 'archived') {
      await caseStudies.update({ id }, { publishedRevisionId: revision.id, publishedAt: revision.submittedAt, publishedAnonymously: revision.publishAnonymously });
    }
    if (fixture.status === 'published') await enqueueSearchUpdates(manager, [id]);
  }
  return { caseStudy: await caseStudies.findOneOrFail({ where: { id }, relations: { municipality: true } }), revision };
}
