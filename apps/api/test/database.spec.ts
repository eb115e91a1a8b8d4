import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { diffSchemaAgainstEntities } from '../src/database/schema-diff';
import { seedStarterData } from '../src/database/seed/seed';
import { createIsolatedDatabase } from './support/test-app';

describe('migrations and starter data', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createIsolatedDatabase();
    drop = database.drop;
    dataSource = await createDataSource(database.databaseUrl).initialize();
    await dataSource.runMigrations();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await drop();
  });

  it('leaves the schema exactly as the entities describe it (no migration missing)', async () => {
    expect(await diffSchemaAgainstEntities(dataSource)).toEqual({ up: [], down: [] });
  });

  it('has nothing more to apply on a second run', async () => {
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
});
