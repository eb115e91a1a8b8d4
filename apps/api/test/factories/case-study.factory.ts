import { type CaseStudyContent, type CaseStudyStatus, emptyCaseStudyContent } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import { insertCaseStudyInState } from '../../src/database/seed/case-study-states';

/** A case study that passes findIncompleteFields: a success, so no failure analysis is needed. */
export function completeContent(overrides: Partial<CaseStudyContent> = {}): CaseStudyContent {
  // Targets only under the goals it has, so that a test choosing other goals gets valid content.
  const sdgs = overrides.sdgs ?? [11, 13];
  const sdgTargets = ['11.2', '13.2'].filter((target) => sdgs.includes(Number(target.split('.')[0])));
  const measured = sdgTargets.includes('11.2');
  return {
    ...emptyCaseStudyContent(),
    title: 'Bisiklet yolları ağı / A cycle lane network',
    summary: 'Twelve kilometres of protected cycle lanes built with our twin town’s advice.',
    language: 'en',
    outcome: 'success',
    context: 'Traffic on the coast road doubled in ten years.',
    whatWasDone: 'We planned the network with residents and built it in two phases.',
    results: 'Cycling trips tripled on the corridor.',
    indicators: [{ name: 'Daily cycling trips', unit: 'trips', baseline: 800, target: 2000, achieved: 2400, sdgTarget: measured ? '11.2' : null, unIndicator: measured ? '11.2.1' : null }],
    whatWorked: 'Walking the route with shop owners before drawing anything.',
    whatDidNotWork: 'Temporary bollards were removed overnight twice.',
    whatWeWouldDoDifferently: 'Start the information campaign a season earlier.',
    preconditions: 'A council decision on street space.',
    tipsForAdopters: 'Pilot one street first.',
    budgetAmount: 1_200_000,
    budgetCurrency: 'EUR',
    fundingSources: [{ kind: 'eu_programme', programmeId: null, programmeName: 'IPA II – Town Twinning between Turkey and the EU', amount: 300_000 }],
    staffAndTime: 'Three engineers for eighteen months.',
    startDate: '2019-03-01',
    endDate: '2021-06-30',
    sdgs,
    sdgTargets,
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

/** A case study in any state, as the lifecycle would have left it (the seed's own helper). */
export function insertCaseStudy(dataSource: DataSource, fixture: CaseStudyFixture) {
  return insertCaseStudyInState(dataSource.manager, { ...fixture, status: fixture.status ?? 'draft', content: fixture.content ?? completeContent() });
}
