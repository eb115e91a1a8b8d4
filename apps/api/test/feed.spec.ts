import { type StaffFeed } from '@twinning/contracts';
import { AdaptationEntity } from '../src/adaptations/adaptation.entity';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

describe('GET /api/v1/feed: the staff home page', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('shows what partner towns publish and adapt, and practices of towns like yours on your themes, never an anonymous one', async () => {
    const metropolitan = { kind: 'metropolitan' as const, population: 3_100_000 };
    const bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa', ...metropolitan });
    const darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE', kind: 'town', population: 160_000 });
    const formerTwin = await insertMunicipality(t.dataSource, { nameLocal: 'Eski İkiz', nameEn: 'Former twin', kind: 'town', population: 90_000 });
    const izmir = await insertMunicipality(t.dataSource, { nameLocal: 'İzmir', nameEn: 'Izmir', ...metropolitan, population: 4_400_000 });
    const antalya = await insertMunicipality(t.dataSource, { nameLocal: 'Antalya', nameEn: 'Antalya', ...metropolitan, population: 2_700_000 });
    const eskisehir = await insertMunicipality(t.dataSource, { nameLocal: 'Eskişehir', nameEn: 'Eskisehir', kind: 'metropolitan', population: 920_000 });
    const kadikoy = await insertMunicipality(t.dataSource, { nameLocal: 'Kadıköy', nameEn: 'Kadikoy', kind: 'district', population: 2_000_000 });
    await insertPartnership(t.dataSource, bursa, darmstadt);
    await insertPartnership(t.dataSource, bursa, formerTwin, { status: 'ended' });

    const published = (municipalityId: string, title: string, themes: string[] = ['mobility'], publishAnonymously = false) =>
      insertCaseStudy(t.dataSource, { municipalityId, status: 'published', publishAnonymously, content: completeContent({ title, themes: themes as never }) });
    // Bursa works on mobility: its own draft says so.
    await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'draft', content: completeContent({ title: 'Own draft', themes: ['mobility'] }) });
    await published(darmstadt.id, 'Darmstadt named', ['energy']);
    await published(darmstadt.id, 'Darmstadt anonymous', ['energy'], true);
    await insertCaseStudy(t.dataSource, { municipalityId: darmstadt.id, status: 'draft', content: completeContent({ title: 'Darmstadt draft' }) });
    await insertCaseStudy(t.dataSource, { municipalityId: darmstadt.id, status: 'archived', content: completeContent({ title: 'Darmstadt archived' }) });
    await published(formerTwin.id, 'Former twin');
    const { caseStudy: izmirMobility } = await published(izmir.id, 'İzmir mobility');
    await published(izmir.id, 'İzmir water', ['water_waste']);
    await published(antalya.id, 'Antalya anonymous mobility', ['mobility'], true);
    await published(eskisehir.id, 'Eskişehir mobility (smaller band)');
    await published(kadikoy.id, 'Kadıköy mobility (a district)');
    await t.dataSource.getRepository(AdaptationEntity).insert({
      caseStudyId: izmirMobility.id,
      municipalityId: darmstadt.id,
      status: 'piloting',
      localContext: 'Hills.',
      changes: 'E-bikes.',
      plannedSteps: '',
      createdById: null,
      discontinuedReason: null,
    });

    const staff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: bursa.id })).id);
    const response = await withSession(t.http.get('/api/v1/feed'), staff);
    expect(response.status).toBe(200);
    const feed = response.body as StaffFeed;
    expect(feed.partnerCaseStudies.map((entry) => entry.title)).toEqual(['Darmstadt named']);
    expect(feed.partnerAdaptations.map((entry) => [entry.municipality.nameLocal, entry.caseStudy.title, entry.status])).toEqual([['Darmstadt', 'İzmir mobility', 'piloting']]);
    expect(feed.townsLikeYours).toMatchObject({ kind: 'metropolitan', populationBand: 'over_1m', themes: ['mobility'] });
    expect(feed.townsLikeYours.caseStudies.map((entry) => entry.title)).toEqual(['İzmir mobility']);
    expect(JSON.stringify(feed)).not.toMatch(/Darmstadt anonymous|Antalya|Darmstadt draft|Darmstadt archived/);
  });
});
