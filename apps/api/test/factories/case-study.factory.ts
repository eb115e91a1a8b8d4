import { type CaseStudyContent, type CaseStudyStatus, emptyCaseStudyContent } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import { CaseStudyRevisionEntity } from '../../src/case-studies/case-study-revision.entity';
import { CaseStudyEntity } from '../../src/case-studies/case-study.entity';
import { ModerationDecisionEntity } from '../../src/moderation/moderation-decision.entity';

/** A case study that passes findIncompleteFields: a success, so no failure analysis is needed. */
export function completeContent(overrides: Partial<CaseStudyContent> = {}): CaseStudyContent {
  return {
    ...emptyCaseStudyContent(),
    title: 'Bisiklet yolları ağı / A cycle lane network',
    summary: 'Twelve kilometres of protected cycle lanes built with our twin town’s advice.',
    language: 'en',
    outcome: 'success',
    context: 'Traffic on the coast road doubled in ten years.',
    whatWasDone: 'We planned the network with residents and built it in two phases.',
    results: 'Cycling trips tripled on the corridor.',
    indicators: [{ name: 'Daily cycling trips', unit: 'trips', baseline: 800, target: 2000, achieved: 2400 }],
    whatWorked: 'Walking the route with shop owners before drawing anything.',
    whatDidNotWork: 'Temporary bollards were removed overnight twice.',
    whatWeWouldDoDifferently: 'Start the information campaign a season earlier.',
    preconditions: 'A council decision on street space.',
    tipsForAdopters: 'Pilot one street first.',
    budgetAmount: 1_200_000,
    budgetCurrency: 'EUR',
    fundingSources: [{ kind: 'eu_programme', programmeName: 'IPA II – Town Twinning between Turkey and the EU' }],
    staffAndTime: 'Three engineers for eighteen months.',
    startDate: '2019-03-01',
    endDate: '2021-06-30',
    sdgs: [11, 13],
    themes: ['mobility', 'environment_climate'],
    contactName: 'Ayşe Yılmaz',
    contactRole: 'Head of transport planning',
    contactEmail: 'a.yilmaz@example.org',
    ...overrides,
  };
}

export interface CaseStudyFixture {
  municipalityId: string;
  status?: CaseStudyStatus;
  content?: CaseStudyContent;
  publishAnonymously?: boolean;
  createdById?: string | null;
  /** Who submitted its revision (for the submitted and later states). */
  submittedById?: string | null;
}

/**
 * A case study in any state, written straight to the database the way the lifecycle leaves it:
 * a revision for every state after draft, its decision where one was made.
 */
export async function insertCaseStudy(dataSource: DataSource, fixture: CaseStudyFixture): Promise<{ caseStudy: CaseStudyEntity; revision: CaseStudyRevisionEntity | null }> {
  const status = fixture.status ?? 'draft';
  const content = fixture.content ?? completeContent();
  const caseStudies = dataSource.getRepository(CaseStudyEntity);
  const { identifiers } = await caseStudies.insert({
    municipalityId: fixture.municipalityId,
    status,
    content,
    version: 1,
    publishAnonymously: fixture.publishAnonymously ?? false,
    featured: false,
    publishedRevisionId: null,
    publishedAt: null,
    createdById: fixture.createdById ?? null,
  });
  const id = identifiers[0].id as string;
  let revision: CaseStudyRevisionEntity | null = null;
  if (status !== 'draft') {
    const inserted = await dataSource.getRepository(CaseStudyRevisionEntity).insert({ caseStudyId: id, number: 1, content, submittedById: fixture.submittedById ?? null });
    revision = await dataSource.getRepository(CaseStudyRevisionEntity).findOneByOrFail({ id: inserted.identifiers[0].id as string });
    const decision = ({ changes_requested: 'request_changes', rejected: 'reject', published: 'approve', archived: 'approve' } as const)[status as string];
    if (decision) {
      await dataSource.getRepository(ModerationDecisionEntity).insert({ revisionId: revision.id, moderatorId: null, decision, comment: 'Reviewed.', sectionComments: {} });
    }
    if (status === 'published' || status === 'archived') {
      await caseStudies.update({ id }, { publishedRevisionId: revision.id, publishedAt: new Date() });
    }
  }
  return { caseStudy: await caseStudies.findOneOrFail({ where: { id }, relations: { municipality: true } }), revision };
}
