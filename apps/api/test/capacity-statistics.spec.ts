import { type CapacityStatistics } from '@twinning/contracts';
import { AdaptationEntity } from '../src/adaptations/adaptation.entity';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { insertActivity } from './factories/partnership-activity.factory';
import { type TestApp, createTestApp } from './support/test-app';

describe('GET /api/v1/statistics/capacity', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const capacity = async (): Promise<CapacityStatistics> => {
    const response = await t.http.get('/api/v1/statistics/capacity');
    expect(response.status).toBe(200);
    return response.body as CapacityStatistics;
  };

  it('counts public activities once for each country of the two towns, by year and kind, equal to counting them in SQL', async () => {
    const bursa = await insertMunicipality(t.dataSource, { nameEn: 'Bursa' });
    const darmstadt = await insertMunicipality(t.dataSource, { nameEn: 'Darmstadt', country: 'DE' });
    const kars = await insertMunicipality(t.dataSource, { nameEn: 'Kars' });
    const twinning = await insertPartnership(t.dataSource, bursa, darmstadt);
    const domestic = await insertPartnership(t.dataSource, bursa, kars);
    await insertActivity(t.dataSource, twinning.id, { kind: 'study_visit', startsOn: '2024-03-01', endsOn: null, participantCount: 5 });
    await insertActivity(t.dataSource, twinning.id, { kind: 'study_visit', startsOn: '2024-09-10', endsOn: null, participantCount: null });
    await insertActivity(t.dataSource, twinning.id, { kind: 'staff_exchange', startsOn: '2025-02-01', endsOn: '2025-02-20', participantCount: 2 });
    await insertActivity(t.dataSource, twinning.id, { kind: 'training', startsOn: '2025-06-01', endsOn: null, isPublic: false, participantCount: 30 });
    await insertActivity(t.dataSource, domestic.id, { kind: 'study_visit', startsOn: '2025-05-05', endsOn: null, participantCount: 3 });

    const { activitiesByYear, activitiesByYearAndCountry } = await capacity();
    expect(activitiesByYear).toEqual([
      { year: 2024, kind: 'study_visit', activities: 2, participants: 5 },
      { year: 2025, kind: 'staff_exchange', activities: 1, participants: 2 },
      { year: 2025, kind: 'study_visit', activities: 1, participants: 3 },
    ]);
    const [{ publicActivities }] = await t.dataSource.query(`SELECT count(*)::int AS "publicActivities" FROM partnership_activities WHERE is_public`);
    expect(activitiesByYear.reduce((total, row) => total + row.activities, 0)).toBe(publicActivities);
    expect(activitiesByYearAndCountry).toEqual([
      { year: 2024, country: 'DE', kind: 'study_visit', activities: 2, participants: 5 },
      { year: 2024, country: 'TR', kind: 'study_visit', activities: 2, participants: 5 },
      { year: 2025, country: 'DE', kind: 'staff_exchange', activities: 1, participants: 2 },
      { year: 2025, country: 'TR', kind: 'staff_exchange', activities: 1, participants: 2 },
      // Bursa–Kars is one Turkish activity, not two.
      { year: 2025, country: 'TR', kind: 'study_visit', activities: 1, participants: 3 },
    ]);
    // The same numbers counted another way: each (activity, country) pair once.
    const inSql = (await t.dataSource.query(
      `SELECT date_part('year', starts_on)::int AS year, country, kind::text AS kind, count(*)::int AS activities, coalesce(sum(participant_count), 0)::int AS participants
       FROM (SELECT pa.id, pa.starts_on, pa.kind, pa.participant_count, ma.country FROM partnership_activities pa JOIN partnerships p ON p.id = pa.partnership_id JOIN municipalities ma ON ma.id = p.municipality_a_id WHERE pa.is_public
             UNION
             SELECT pa.id, pa.starts_on, pa.kind, pa.participant_count, mb.country FROM partnership_activities pa JOIN partnerships p ON p.id = pa.partnership_id JOIN municipalities mb ON mb.id = p.municipality_b_id WHERE pa.is_public) pairs
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )) as CapacityStatistics['activitiesByYearAndCountry'];
    expect(activitiesByYearAndCountry).toEqual(inSql);
  });

  it('names the towns that adapted a named practice and published their own after it, and no other', async () => {
    const source = await insertMunicipality(t.dataSource, { nameEn: 'Source Town' });
    const published = async (town: MunicipalityEntity, at: string, publishAnonymously = false) => {
      const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published', publishAnonymously });
      await t.dataSource.query(`UPDATE case_studies SET published_at = $2 WHERE id = $1`, [caseStudy.id, at]);
      return caseStudy;
    };
    const adapted = async (town: MunicipalityEntity, caseStudyId: string, at: string) => {
      const { identifiers } = await t.dataSource.getRepository(AdaptationEntity).insert({ caseStudyId, municipalityId: town.id, status: 'exploring', localContext: 'x', changes: 'y', plannedSteps: '', createdById: null, discontinuedReason: null });
      await t.dataSource.query(`UPDATE adaptations SET created_at = $2 WHERE id = $1`, [identifiers[0].id, at]);
    };
    const original = await published(source, '2020-01-01');
    const anonymousOriginal = await published(source, '2020-01-01', true);

    const learner = await insertMunicipality(t.dataSource, { nameEn: 'Learner' });
    await adapted(learner, original.id, '2021-03-01');
    await published(learner, '2022-07-15');
    await published(learner, '2023-01-01');
    const earlier = await insertMunicipality(t.dataSource, { nameEn: 'Published First' });
    await published(earlier, '2020-06-01');
    await adapted(earlier, original.id, '2021-01-01');
    const secret = await insertMunicipality(t.dataSource, { nameEn: 'Adapted Anonymous' });
    await adapted(secret, anonymousOriginal.id, '2021-01-01');
    await published(secret, '2022-01-01');
    const shy = await insertMunicipality(t.dataSource, { nameEn: 'Published Anonymously' });
    await adapted(shy, original.id, '2021-01-01');
    await published(shy, '2022-01-01', true);

    const { learnersBecameSources } = await capacity();
    expect(learnersBecameSources).toEqual([{ municipality: expect.objectContaining({ id: learner.id, nameEn: 'Learner', country: 'TR' }), firstAdaptedOn: '2021-03-01', firstPublishedOn: '2022-07-15' }]);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(DISTINCT a.municipality_id)::int AS count FROM adaptations a
       JOIN case_studies o ON o.id = a.case_study_id AND o.published_revision_id IS NOT NULL AND NOT o.published_anonymously AND o.status <> 'archived'
       WHERE EXISTS (SELECT 1 FROM case_studies own WHERE own.municipality_id = a.municipality_id AND own.published_revision_id IS NOT NULL
                     AND NOT own.published_anonymously AND own.status <> 'archived' AND own.published_at > a.created_at)`,
    );
    expect(learnersBecameSources).toHaveLength(count);
  });
});
