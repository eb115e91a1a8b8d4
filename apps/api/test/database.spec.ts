import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { findContentProblems } from '../src/case-studies/dto/case-study-content.dto';
import { createDataSource } from '../src/database/data-source';
import { diffSchemaAgainstEntities } from '../src/database/schema-diff';
import { ADAPTATION_STATUSES, CASE_STUDY_STATUSES, findIncompleteFields } from '@twinning/contracts';
import { migrations } from '../src/database/migrations';
import { runSeed, seedStarterData } from '../src/database/seed/seed';
import { LocalFileStorage, storedKeys } from '../src/files/file-storage';
import { createIsolatedDatabase } from './support/test-app';

describe('migrations and starter data', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;
  let filesDirectory: string;
  let files: LocalFileStorage;

  beforeAll(async () => {
    filesDirectory = await mkdtemp(path.join(os.tmpdir(), 'database-spec-files-'));
    files = new LocalFileStorage(filesDirectory);
    const database = await createIsolatedDatabase();
    drop = database.drop;
    dataSource = await createDataSource(database.databaseUrl).initialize();
    await dataSource.runMigrations();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await drop();
    await rm(filesDirectory, { recursive: true, force: true });
  });

  it('leaves the schema exactly as the entities describe it (no migration missing)', async () => {
    expect(await diffSchemaAgainstEntities(dataSource)).toEqual({ up: [], down: [] });
  });

  it('applied the whole history to the empty database, and has nothing more to apply on a second run', async () => {
    expect(await dataSource.query(`SELECT name FROM migrations ORDER BY id`)).toEqual(migrations.map((migration) => ({ name: migration.name })));
    expect(await dataSource.runMigrations()).toEqual([]);
  });

  it('loads the 81 provinces of Turkey and EU towns with their twinnings', async () => {
    const result = await seedStarterData(dataSource);
    expect(result.municipalities.updated).toBe(0);
    expect(result.partnerships.updated).toBe(0);
    const [{ count: provinces }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM municipalities WHERE country = 'TR' AND kind IN ('metropolitan', 'town')`,
    );
    expect(provinces).toBe(81);
    const [{ count: metropolitan }] = await dataSource.query(`SELECT count(*)::int AS count FROM municipalities WHERE country = 'TR' AND kind = 'metropolitan'`);
    expect(metropolitan).toBe(30);
    const [{ count: euTowns }] = await dataSource.query(`SELECT count(*)::int AS count FROM municipalities WHERE country <> 'TR'`);
    expect(euTowns).toBeGreaterThanOrEqual(24);
    expect(result.partnerships.inserted).toBeGreaterThanOrEqual(30);
  });

  it('changes nothing when seeded again', async () => {
    const snapshot = () =>
      dataSource.query(`SELECT m.*, (SELECT json_agg(p ORDER BY p.id) FROM partnerships p) AS partnerships FROM municipalities m ORDER BY m.id`);
    const before = await snapshot();
    const again = await seedStarterData(dataSource);
    expect(again).toEqual({ municipalities: { inserted: 0, updated: 0 }, partnerships: { inserted: 0, updated: 0 } });
    expect(await snapshot()).toEqual(before);
  });

  it('adds the demo accounts and case studies outside production, once, every non-draft complete', async () => {
    expect(await runSeed(dataSource, { nodeEnv: 'development', embeddedPostgres: true }, files)).toMatch(/demo accounts: 6 added; demo case studies: (\d+) added/);
    const rows = (await dataSource.query(`SELECT status, content FROM case_studies`)) as { status: string; content: Parameters<typeof findIncompleteFields>[0] }[];
    expect(rows.length).toBeGreaterThanOrEqual(24);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(CASE_STUDY_STATUSES));
    expect(rows.filter((row) => row.status !== 'draft').flatMap((row) => findIncompleteFields(row.content).map((detail) => `${row.content.title}: ${detail.field}`))).toEqual([]);
    expect(rows.filter((row) => ['partial', 'failure'].includes(row.content.outcome ?? '')).length).toBeGreaterThanOrEqual(Math.floor(rows.length / 3));
    expect([...new Set(rows.map((row) => row.content.language))]).toEqual(expect.arrayContaining(['en', 'tr']));
    for (const row of rows) expect([row.content.title, await findContentProblems(row.content)]).toEqual([row.content.title, []]);

    const statuses = (await dataSource.query(`SELECT DISTINCT status::text AS status FROM adaptations`)) as { status: string }[];
    expect(statuses.map((row) => row.status).sort()).toEqual([...ADAPTATION_STATUSES].sort());
    // The demo story reads in order: no check-in is dated before its adaptation began.
    const early = (await dataSource.query(`SELECT c.id FROM adaptation_check_ins c JOIN adaptations a ON a.id = c.adaptation_id WHERE c.created_at < a.created_at`)) as unknown[];
    expect(early).toEqual([]);
    // Every submission, adaptation and check-in names a person, not "a former member of staff".
    const unnamed = (await dataSource.query(
      `SELECT 'revision' AS kind FROM case_study_revisions WHERE submitted_by_id IS NULL
       UNION ALL SELECT 'adaptation' FROM adaptations WHERE created_by_id IS NULL
       UNION ALL SELECT 'check-in' FROM adaptation_check_ins WHERE author_id IS NULL`,
    )) as { kind: string }[];
    expect(unnamed).toEqual([]);
    // Their authors are staff of the town they wrote for.
    const strangers = (await dataSource.query(
      `SELECT r.id FROM case_study_revisions r JOIN case_studies cs ON cs.id = r.case_study_id JOIN users u ON u.id = r.submitted_by_id WHERE u.municipality_id <> cs.municipality_id
       UNION ALL SELECT c.id FROM adaptation_check_ins c JOIN adaptations a ON a.id = c.adaptation_id JOIN users u ON u.id = c.author_id WHERE u.municipality_id <> a.municipality_id`,
    )) as unknown[];
    expect(strangers).toEqual([]);
    const questions = (await dataSource.query(`SELECT count(*) FILTER (WHERE question_id IS NULL)::int AS questions, count(question_id)::int AS answers FROM discussion_posts`)) as { questions: number; answers: number }[];
    expect(questions).toEqual([{ questions: 3, answers: 1 }]);
    // The failure anonymity must protect: written up from a discontinued adaptation, published without its town.
    const writeUps = (await dataSource.query(
      `SELECT cs.published_anonymously, a.status::text AS status FROM case_studies cs JOIN adaptations a ON a.id = cs.adapted_from_id WHERE cs.status = 'published'`,
    )) as { published_anonymously: boolean; status: string }[];
    expect(writeUps).toContainEqual({ published_anonymously: true, status: 'discontinued' });
    // Activities on the demo twinnings, each written in English or Turkish with the other language beside it.
    const activities = (await dataSource.query(`SELECT title_variants, is_public FROM partnership_activities`)) as { title_variants: Record<string, string>; is_public: boolean }[];
    expect(activities.length).toBeGreaterThanOrEqual(6);
    expect(activities.filter((row) => row.title_variants.tr).length).toBeGreaterThan(0);
    expect(activities.filter((row) => row.title_variants.en).length).toBeGreaterThan(0);
    expect(activities.filter((row) => !row.title_variants.tr && !row.title_variants.en)).toEqual([]);
    expect(new Set(activities.map((row) => row.is_public))).toEqual(new Set([true, false]));

    // Most published ones have a drawn cover, kept in the storage in an upload's sizes, with words for those who cannot see it.
    const published = (await dataSource.query(
      `SELECT f.id, f.kind::text AS kind, f.alt_text, f.width, f.height FROM case_studies cs LEFT JOIN case_study_files f ON f.id = cs.cover_file_id WHERE cs.status = 'published'`,
    )) as { id: string | null; kind: string; alt_text: string; width: number; height: number }[];
    const covers = published.filter((row) => row.id !== null);
    expect(covers.length).toBeGreaterThan(published.length / 2);
    expect(covers.length).toBeLessThan(published.length);
    for (const cover of covers) {
      expect(cover).toMatchObject({ kind: 'photo', width: 1600, height: 900, alt_text: expect.stringMatching(/\S{3}.*\S{3}/) });
      for (const key of storedKeys({ id: cover.id!, kind: cover.kind })) expect([key, ((await files.get(key)) ?? Buffer.alloc(0)).toString('latin1', 8, 12)]).toEqual([key, 'WEBP']);
    }
    // A cover is drawn, not a photo of a place: an anonymous case study's shows nothing of its town.
    const anonymous = (await dataSource.query(
      `SELECT f.alt_text, m.name_local, m.name_en FROM case_studies cs JOIN case_study_files f ON f.id = cs.cover_file_id JOIN municipalities m ON m.id = cs.municipality_id WHERE cs.published_anonymously`,
    )) as { alt_text: string; name_local: string; name_en: string }[];
    expect(anonymous.length).toBeGreaterThan(0);
    for (const row of anonymous) expect(row.alt_text).not.toMatch(new RegExp(`${row.name_local}|${row.name_en}`, 'i'));
    // Demo collections, two of them on the home page, each of 4–8 published practices found by their titles.
    const collections = (await dataSource.query(
      `SELECT c.title, c.text, c.featured, count(*) FILTER (WHERE cs.status = 'published')::int AS published, count(*)::int AS members
       FROM collections c JOIN collection_case_studies cc ON cc.collection_id = c.id JOIN case_studies cs ON cs.id = cc.case_study_id
       GROUP BY c.id ORDER BY c.title->>'en'`,
    )) as { title: Record<string, string>; text: Record<string, string>; featured: boolean; published: number; members: number }[];
    expect(collections.map((row) => [row.title.en, row.featured])).toEqual([
      ['Coastal towns and climate', true],
      ['Learning from failures', false],
      ['Low-cost ideas', true],
    ]);
    for (const row of collections) {
      expect(Object.keys(row.title).sort()).toEqual(['de', 'en', 'tr']);
      expect(Object.values(row.text).filter((text) => text.length > 40)).toHaveLength(3);
      expect(row.members).toBe(row.published);
      expect(row.members).toBeGreaterThanOrEqual(4);
      expect(row.members).toBeLessThanOrEqual(8);
    }
    expect(await runSeed(dataSource, { nodeEnv: 'development', embeddedPostgres: true }, files)).toMatch(/demo accounts: 0 added; demo case studies: 0 added; demo adaptations: 0 added; demo anonymous write-ups: 0 added; demo questions: 0 added; demo covers: 0 added.*demo partnership activities: 0 added.*demo collections: 0 added/);
    expect((await files.list()).length).toBe(covers.length * 2);
  });

  it('never creates demo accounts or case studies in production', async () => {
    const database = await createIsolatedDatabase();
    const production = await createDataSource(database.databaseUrl).initialize();
    try {
      await production.runMigrations();
      expect(await runSeed(production, { nodeEnv: 'production', embeddedPostgres: true }, files)).toMatch(/demo accounts: 0 added; demo case studies: 0 added; demo adaptations: 0 added; demo anonymous write-ups: 0 added; demo questions: 0 added/);
      expect(await production.query(`SELECT count(*)::int AS count FROM users`)).toEqual([{ count: 0 }]);
      expect(await production.query(`SELECT count(*)::int AS count FROM case_studies`)).toEqual([{ count: 0 }]);
    } finally {
      await production.destroy();
      await database.drop();
    }
  });
});

describe('migrating a database of the previous release that holds data', () => {
  // The previous release ends before the migrations that rewrite existing rows (anonymity per
  // revision, proven accounts): the schema an installed portal already has. Later ones apply too.
  const previousRelease = migrations.findIndex((migration) => migration.name === 'AnonymityByRevision1796472522220');
  let database: Awaited<ReturnType<typeof createIsolatedDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    const current = createDataSource(database.databaseUrl);
    const previous = await new DataSource({ ...current.options, migrations: migrations.slice(0, previousRelease) } as DataSourceOptions).initialize();
    try {
      await previous.runMigrations();
      await previous.query(`
        INSERT INTO municipalities (id, slug, name_local, name_en, country, region, population, population_year, kind, latitude, longitude)
          VALUES ('00000000-0000-4000-8000-000000000001', 'eskisehir', 'Eskişehir', 'Eskisehir', 'TR', 'Eskişehir', 915418, 2024, 'metropolitan', 39.78, 30.52);
        INSERT INTO users (id, email, display_name, password_hash, role, municipality_id, created_at)
          VALUES ('00000000-0000-4000-8000-000000000002', 'staff@eskisehir.example', 'Ayşe', 'argon2-hash', 'staff', '00000000-0000-4000-8000-000000000001', '2026-01-02T03:04:05Z');
        INSERT INTO case_studies (id, municipality_id, status, content, publish_anonymously, created_by_id)
          VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', 'published', '{"title": "Night buses", "language": "en"}', true, '00000000-0000-4000-8000-000000000002'),
                 ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000001', 'draft', '{"title": "Compost", "language": "en"}', false, '00000000-0000-4000-8000-000000000002');
        INSERT INTO case_study_revisions (case_study_id, number, content, submitted_by_id)
          VALUES ('00000000-0000-4000-8000-000000000003', 1, '{"title": "Night buses", "language": "en"}', '00000000-0000-4000-8000-000000000002');
      `);
    } finally {
      await previous.destroy();
    }
    dataSource = await current.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database.drop();
  });

  it('applies the newest migrations and keeps every row, carrying the old meaning into the new columns', async () => {
    expect(previousRelease).toBeGreaterThan(0);
    expect(await dataSource.runMigrations()).toHaveLength(migrations.length - previousRelease);
    expect(await dataSource.query(`SELECT slug, email_domains FROM municipalities`)).toEqual([{ slug: 'eskisehir', email_domains: [] }]);
    // Accounts from before confirmation links count as proven from the day they were made.
    expect(await dataSource.query(`SELECT email, email_confirmed_at = created_at AS proven, totp_enabled_at FROM users`)).toEqual([
      { email: 'staff@eskisehir.example', proven: true, totp_enabled_at: null },
    ]);
    // The one flag used to apply at once, to the published version too: anonymity must still hold.
    expect(await dataSource.query(`SELECT content->>'title' AS title, publish_anonymously, published_anonymously FROM case_studies ORDER BY title`)).toEqual([
      { title: 'Compost', publish_anonymously: false, published_anonymously: false },
      { title: 'Night buses', publish_anonymously: true, published_anonymously: true },
    ]);
    expect(await dataSource.query(`SELECT number, publish_anonymously FROM case_study_revisions`)).toEqual([{ number: 1, publish_anonymously: true }]);
  });

  it('ends with the schema the entities describe', async () => {
    expect(await diffSchemaAgainstEntities(dataSource)).toEqual({ up: [], down: [] });
  });
});
