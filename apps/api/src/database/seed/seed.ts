import { type DataSource } from 'typeorm';
import { type AppConfig } from '../../config/app-config';
import { seedDemoAccounts } from './demo-accounts';
import { seedDemoAdaptations } from './demo-adaptations';
import { seedDemoCaseStudies } from './demo-case-studies';
import { seedDemoQuestions } from './demo-questions';
import { type StarterData, loadStarterData } from './starter-data';

export interface UpsertCounts {
  inserted: number;
  updated: number;
}

export interface SeedResult {
  municipalities: UpsertCounts;
  partnerships: UpsertCounts;
}

/** The starter towns and twinnings, and outside production the demo accounts and case studies. Idempotent. */
export async function runSeed(dataSource: DataSource, nodeEnv: AppConfig['nodeEnv']): Promise<string> {
  const { municipalities, partnerships } = await seedStarterData(dataSource);
  const demo =
    nodeEnv === 'production'
      ? { accounts: 0, caseStudies: 0, adaptations: 0, questions: 0 }
      : {
          accounts: await seedDemoAccounts(dataSource),
          caseStudies: await seedDemoCaseStudies(dataSource),
          adaptations: await seedDemoAdaptations(dataSource),
          questions: await seedDemoQuestions(dataSource),
        };
  return (
    `municipalities: ${municipalities.inserted} added, ${municipalities.updated} updated; ` +
    `partnerships: ${partnerships.inserted} added, ${partnerships.updated} updated; ` +
    `demo accounts: ${demo.accounts} added; demo case studies: ${demo.caseStudies} added; demo adaptations: ${demo.adaptations} added; demo questions: ${demo.questions} added`
  );
}

const MUNICIPALITY_COLUMNS = ['slug', 'name_local', 'name_en', 'country', 'region', 'population', 'population_year', 'kind', 'latitude', 'longitude', 'website'];
const PARTNERSHIP_COLUMNS = ['since_year', 'status', 'programme', 'description'];

/**
 * Loads the starter municipalities and partnerships. Idempotent: rows are matched by slug (and
 * by pair), and a row is written only when its data differs, so a second run changes nothing.
 */
export async function seedStarterData(dataSource: DataSource, data: StarterData = loadStarterData()): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    const municipalities = { inserted: 0, updated: 0 };
    const idsBySlug = new Map<string, string>();
    for (const m of data.municipalities) {
      const values = [m.key, m.nameLocal, m.nameEn, m.country, m.region, m.population, m.populationYear, m.kind, m.latitude, m.longitude, m.website];
      const [row] = (await manager.query(
        `INSERT INTO municipalities (${MUNICIPALITY_COLUMNS.join(', ')})
         VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})
         ON CONFLICT (slug) DO UPDATE SET ${assignments(MUNICIPALITY_COLUMNS.slice(1))}, updated_at = now()
         WHERE ${changed('municipalities', MUNICIPALITY_COLUMNS.slice(1))}
         RETURNING id, (xmax = 0) AS inserted`,
        values,
      )) as { id: string; inserted: boolean }[];
      if (row) {
        idsBySlug.set(m.key, row.id);
        municipalities[row.inserted ? 'inserted' : 'updated'] += 1;
      }
    }
    // Unchanged rows return nothing above; look their ids up in one query.
    const missing = data.municipalities.filter((m) => !idsBySlug.has(m.key)).map((m) => m.key);
    if (missing.length > 0) {
      const rows = (await manager.query('SELECT id, slug FROM municipalities WHERE slug = ANY($1)', [missing])) as { id: string; slug: string }[];
      for (const row of rows) idsBySlug.set(row.slug, row.id);
    }

    const partnerships = { inserted: 0, updated: 0 };
    for (const p of data.partnerships) {
      const [a, b] = [idsBySlug.get(p.a), idsBySlug.get(p.b)].sort() as [string, string];
      const [row] = (await manager.query(
        `INSERT INTO partnerships (municipality_a_id, municipality_b_id, ${PARTNERSHIP_COLUMNS.join(', ')})
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (municipality_a_id, municipality_b_id) DO UPDATE SET ${assignments(PARTNERSHIP_COLUMNS)}, updated_at = now()
         WHERE ${changed('partnerships', PARTNERSHIP_COLUMNS)}
         RETURNING (xmax = 0) AS inserted`,
        [a, b, p.sinceYear, p.status, p.programme, p.description],
      )) as { inserted: boolean }[];
      if (row) partnerships[row.inserted ? 'inserted' : 'updated'] += 1;
    }
    return { municipalities, partnerships };
  });
}

function assignments(columns: string[]): string {
  return columns.map((column) => `${column} = EXCLUDED.${column}`).join(', ');
}

function changed(table: string, columns: string[]): string {
  return `(${columns.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `EXCLUDED.${c}`).join(', ')})`;
}
