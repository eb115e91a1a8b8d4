import { type StatisticsReport, type StatisticsSummary } from '@twinning/contracts';
import { AdaptationEntity } from '../src/adaptations/adaptation.entity';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { type TestApp, createTestApp } from './support/test-app';

describe('GET /api/v1/statistics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('counts only what the public sees, and the most adapted practices', async () => {
    const bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' });
    const darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE' });
    const { caseStudy: lanes } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content: completeContent({ title: 'Bicycle lanes', sdgs: [11, 13], outcome: 'success', startDate: '2019-01-01' }) });
    await insertCaseStudy(t.dataSource, {
      municipalityId: darmstadt.id,
      status: 'published',
      content: completeContent({ title: 'Solar roofs', sdgs: [7], themes: ['energy'], outcome: 'failure', failureCauses: [{ cause: 'funding', note: 'Grant ended.' }], failureStage: 'operation', startDate: '2021-05-01' }),
    });
    await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'draft', content: completeContent({ title: 'Draft', sdgs: [1] }) });
    await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'archived', content: completeContent({ title: 'Archived', sdgs: [2] }) });
    await t.dataSource.getRepository(AdaptationEntity).insert({ caseStudyId: lanes.id, municipalityId: darmstadt.id, status: 'exploring', localContext: 'x', changes: 'y', plannedSteps: '', createdById: null, discontinuedReason: null });
    const izmir = await insertMunicipality(t.dataSource, { nameLocal: 'İzmir', nameEn: 'Izmir' });
    await insertPartnership(t.dataSource, bursa, darmstadt);
    await insertPartnership(t.dataSource, izmir, darmstadt, { status: 'ended' });

    const report = (await t.http.get('/api/v1/statistics')).body as StatisticsReport;
    expect(report.publishedCaseStudies).toBe(2);
    expect(report.municipalities).toBe(3);
    expect(report.activePartnerships).toBe(1);
    expect(report.bySdg).toEqual([
      { key: '11', count: 1 },
      { key: '13', count: 1 },
      { key: '7', count: 1 },
    ]);
    expect(report.byOutcome).toEqual([
      { key: 'failure', count: 1 },
      { key: 'success', count: 1 },
    ]);
    expect(report.byCountry).toEqual([
      { key: 'DE', count: 1 },
      { key: 'TR', count: 1 },
    ]);
    expect(report.byYear.map((entry) => entry.key)).toEqual(['2019', '2021']);
    expect(report.mostAdapted).toEqual([{ caseStudyId: lanes.id, title: 'Bicycle lanes', adaptations: 1 }]);
    expect(report.adaptationsOverTime).toEqual([{ month: expect.stringMatching(/^\d{4}-\d{2}$/), status: 'exploring', count: 1 }]);
  });

  // The home page shows these four figures; it asks for them alone instead of the whole report.
  it('GET /api/v1/statistics/summary: the report\'s totals, and nothing else', async () => {
    const kars = await insertMunicipality(t.dataSource, { nameLocal: 'Kars', nameEn: 'Kars' });
    const erfurt = await insertMunicipality(t.dataSource, { nameLocal: 'Erfurt', nameEn: 'Erfurt', country: 'DE' });
    const { caseStudy: market } = await insertCaseStudy(t.dataSource, { municipalityId: kars.id, status: 'published', publishAnonymously: true, content: completeContent({ title: 'Market hall' }) });
    await insertCaseStudy(t.dataSource, { municipalityId: erfurt.id, status: 'draft', content: completeContent({ title: 'Draft' }) });
    await insertPartnership(t.dataSource, kars, erfurt);
    await t.dataSource.getRepository(AdaptationEntity).insert({ caseStudyId: market.id, municipalityId: erfurt.id, status: 'exploring', localContext: 'x', changes: 'y', plannedSteps: '', createdById: null, discontinuedReason: null });

    const response = await t.http.get('/api/v1/statistics/summary');
    const report = (await t.http.get('/api/v1/statistics')).body as StatisticsReport;

    expect(response.status).toBe(200);
    const started = report.adaptationsOverTime.filter((entry) => entry.status === 'exploring').reduce((sum, entry) => sum + entry.count, 0);
    expect(started).toBeGreaterThan(0);
    expect(response.body as StatisticsSummary).toEqual({
      publishedCaseStudies: report.publishedCaseStudies,
      municipalities: report.municipalities,
      activePartnerships: report.activePartnerships,
      adaptationsStarted: started,
    });
    expect(report.publishedCaseStudies).toBeGreaterThan(0);
  });
});
