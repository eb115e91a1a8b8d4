import { type CaseStudyContent, type FundingSource } from '@twinning/contracts';
import { normalizeSearchText } from '../search/postgres-search.repository';

export interface ProgrammeNames {
  id: string;
  name: string;
  aliases: string[];
}

/** Letters and digits only, accents and case dropped: "IPA II – Town Twinning" and "ipa ii town twinning" are one name. */
function nameKey(name: string): string {
  return normalizeSearchText(name)
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** A function that finds the catalogue programme a free-text name stands for: its name or one of its aliases. */
export function programmeNameMatcher(programmes: readonly ProgrammeNames[]): (name: string | null) => string | null {
  const byKey = new Map<string, string>();
  for (const programme of programmes) {
    for (const name of [programme.name, ...programme.aliases]) {
      const key = nameKey(name);
      if (key && !byKey.has(key)) byKey.set(key, programme.id);
    }
  }
  return (name) => (name ? (byKey.get(nameKey(name)) ?? null) : null);
}

/** A funding source as stored before programmes and amounts: either key may be missing. */
type StoredFundingSource = Pick<FundingSource, 'kind'> & Partial<FundingSource>;

/** The source in today's shape: a name the catalogue knows becomes its programme; any other name stays, as "other". */
export function resolveFundingSource(source: StoredFundingSource, match: (name: string | null) => string | null): FundingSource {
  const programmeId = source.programmeId ?? match(source.programmeName ?? null);
  return { kind: source.kind, programmeId, programmeName: programmeId ? null : (source.programmeName ?? null), amount: source.amount ?? null };
}

function sameSource(resolved: FundingSource, stored: StoredFundingSource): boolean {
  return (['programmeId', 'programmeName', 'amount'] as const).every((key) => key in stored && stored[key] === resolved[key]);
}

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Where case study content is stored: the working copy and every revision. */
const CONTENT_TABLES = ['case_studies', 'case_study_revisions'] as const;

/**
 * Content still in an older shape: a funding source without `programmeId` or `amount`, one whose
 * free-text name may now match the catalogue, or no `continuedAfterFunding` answer.
 */
const NEEDS_RESOLVING = `content @? '$.fundingSources[*] ? (!exists(@.programmeId) || !exists(@.amount) || (@.programmeId == null && @.programmeName != null && @.programmeName != ""))'
  OR NOT content ? 'continuedAfterFunding'`;

/**
 * Brings every stored content up to today's funding shape and points free-text programme names at
 * the catalogue programmes they match. Run by the migration (when the catalogue may still be
 * empty) and by the seed after it fills the catalogue, so that either order ends matched.
 * Published case studies that changed are queued for the search index. Returns how many rows changed.
 */
export async function resolveFundingProgrammeNames(db: Queryable): Promise<number> {
  const match = programmeNameMatcher((await db.query(`SELECT id, name, aliases FROM funding_programmes`)) as ProgrammeNames[]);
  let changed = 0;
  const republished = new Set<string>();
  for (const table of CONTENT_TABLES) {
    const caseStudyId = table === 'case_studies' ? 'id' : 'case_study_id';
    const rows = (await db.query(`SELECT id, ${caseStudyId} AS "caseStudyId", content->'fundingSources' AS sources, content ? 'continuedAfterFunding' AS answered FROM ${table} WHERE ${NEEDS_RESOLVING}`)) as {
      id: string;
      caseStudyId: string;
      sources: StoredFundingSource[] | null;
      answered: boolean;
    }[];
    for (const row of rows) {
      const sources = (row.sources ?? []).map((source) => resolveFundingSource(source, match));
      if (row.answered && sources.every((source, index) => sameSource(source, row.sources![index]))) continue;
      const patch: Partial<CaseStudyContent> = { fundingSources: sources, ...(!row.answered && { continuedAfterFunding: null }) };
      await db.query(`UPDATE ${table} SET content = content || $2::jsonb WHERE id = $1`, [row.id, JSON.stringify(patch)]);
      changed += 1;
      if (table === 'case_study_revisions') republished.add(row.caseStudyId);
    }
  }
  if (republished.size > 0) {
    await db.query(`INSERT INTO search_outbox (case_study_id) SELECT id FROM case_studies WHERE id = ANY($1::uuid[]) AND published_revision_id IS NOT NULL`, [[...republished]]);
  }
  return changed;
}
