import { type DataSource, type EntityManager } from 'typeorm';
import { type ResolvedConfig } from '../../config/app-config';
import { type FileStorage } from '../../files/file-storage';
import { resolveFundingProgrammeNames } from '../../funding/funding-programme-names';
import { orderedPair } from '../../partnerships/partnership.entity';
import { demoDataAllowed, seedDemoAccounts } from './demo-accounts';
import { seedDemoAdaptations, seedDemoAnonymousWriteUp } from './demo-adaptations';
import { seedDemoCaseStudies } from './demo-case-studies';
import { seedDemoCollections } from './demo-collections';
import { seedDemoCovers } from './demo-covers';
import { seedDemoQuestions } from './demo-questions';
import { seedDemoFundingCalls, seedFundingProgrammes } from './funding-seed';
import { seedDemoPartnershipActivities } from './demo-partnership-activities';
import { seedDemoPartnerRequests } from './demo-partner-requests';
import { loadStarterData } from './starter-data';

export interface UpsertCounts {
  inserted: number;
  updated: number;
}

export interface SeedResult {
  municipalities: UpsertCounts;
  partnerships: UpsertCounts;
}

/** The starter towns and twinnings, and where `demoDataAllowed` the demo accounts and case studies (their covers go to `files`). Idempotent. */
export async function runSeed(dataSource: DataSource, config: Pick<ResolvedConfig, 'nodeEnv' | 'embeddedPostgres'>, files: FileStorage): Promise<string> {
  const { municipalities, partnerships } = await seedStarterData(dataSource);
  const fundingProgrammes = await seedFundingProgrammes(dataSource);
  const demo = demoDataAllowed(config)
    ? {
        accounts: await seedDemoAccounts(dataSource),
        caseStudies: await seedDemoCaseStudies(dataSource),
        adaptations: await seedDemoAdaptations(dataSource),
        writeUps: await seedDemoAnonymousWriteUp(dataSource),
        questions: await seedDemoQuestions(dataSource),
        covers: await seedDemoCovers(dataSource, files),
        fundingCalls: await seedDemoFundingCalls(dataSource),
        partnershipActivities: await seedDemoPartnershipActivities(dataSource),
        // After the calls: one request aims at an open demo call.
        partnerRequests: await seedDemoPartnerRequests(dataSource),
        collections: await seedDemoCollections(dataSource),
      }
    : { accounts: 0, caseStudies: 0, adaptations: 0, writeUps: 0, questions: 0, covers: 0, fundingCalls: 0, partnershipActivities: 0, partnerRequests: 0, collections: 0 };
  // The migrations ran before the catalogue was there: names written before it (or by the demo) match it now.
  const resolvedContents = await resolveFundingProgrammeNames(dataSource);
  return (
    `municipalities: ${municipalities.inserted} added, ${municipalities.updated} updated; ` +
    `partnerships: ${partnerships.inserted} added, ${partnerships.updated} updated; funding programmes: ${fundingProgrammes} added; ` +
    `demo accounts: ${demo.accounts} added; demo case studies: ${demo.caseStudies} added; demo adaptations: ${demo.adaptations} added; demo anonymous write-ups: ${demo.writeUps} added; demo questions: ${demo.questions} added; demo covers: ${demo.covers} added; demo funding calls: ${demo.fundingCalls} added; demo partnership activities: ${demo.partnershipActivities} added; demo partner requests: ${demo.partnerRequests} added; demo collections: ${demo.collections} added; ` +
    `case study contents brought to the funding catalogue: ${resolvedContents}`
  );
}

const MUNICIPALITY_COLUMNS = ['name_local', 'name_en', 'country', 'region', 'population', 'population_year', 'kind', 'latitude', 'longitude', 'website'];
const PARTNERSHIP_COLUMNS = ['since_year', 'status', 'programme', 'description'];

/**
 * Loads the starter municipalities and partnerships. Idempotent: rows are matched by slug (and
 * by pair), and a row is written only when its data differs, so a second run changes nothing.
 */
export async function seedStarterData(dataSource: DataSource): Promise<SeedResult> {
  const data = loadStarterData();
  return dataSource.transaction(async (manager) => {
    const municipalities = { inserted: 0, updated: 0 };
    const idsBySlug = new Map<string, string>();
    for (const m of data.municipalities) {
      const row = await upsertWhenChanged(manager, 'municipalities', { slug: m.key }, MUNICIPALITY_COLUMNS, [
        m.nameLocal, m.nameEn, m.country, m.region, m.population, m.populationYear, m.kind, m.latitude, m.longitude, m.website,
      ]);
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
      const [a, b] = orderedPair(idsBySlug.get(p.a)!, idsBySlug.get(p.b)!);
      const row = await upsertWhenChanged(manager, 'partnerships', { municipality_a_id: a, municipality_b_id: b }, PARTNERSHIP_COLUMNS, [p.sinceYear, p.status, p.programme, p.description]);
      if (row) partnerships[row.inserted ? 'inserted' : 'updated'] += 1;
    }
    return { municipalities, partnerships };
  });
}

/**
 * Inserts the row with `key` (the columns of a unique constraint) and the `columns`' `values`, or
 * updates the row holding that key when its values differ. Returns the row written, or nothing
 * when it was there unchanged.
 */
async function upsertWhenChanged(
  manager: EntityManager,
  table: string,
  key: Record<string, string>,
  columns: string[],
  values: unknown[],
): Promise<{ id: string; inserted: boolean } | undefined> {
  const keyColumns = Object.keys(key);
  const placeholders = [...keyColumns, ...columns].map((_, i) => `$${i + 1}`).join(', ');
  const [row] = (await manager.query(
    `INSERT INTO ${table} (${[...keyColumns, ...columns].join(', ')}) VALUES (${placeholders})
     ON CONFLICT (${keyColumns.join(', ')}) DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
     WHERE (${columns.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `EXCLUDED.${c}`).join(', ')})
     RETURNING id, (xmax = 0) AS inserted`,
    [...Object.values(key), ...values],
  )) as { id: string; inserted: boolean }[];
  return row;
}
