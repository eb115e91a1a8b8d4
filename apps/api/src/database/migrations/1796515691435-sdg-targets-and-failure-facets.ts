import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The facets' function as the previous migration left it, each list's values once. */
const FACETS_BEFORE = `jsonb_strip_nulls(jsonb_build_object(
        'sdgs', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_array_elements(content->'sdgs') value),
        'themes', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_array_elements(content->'themes') value),
        'outcome', content->'outcome', 'language', content->'language', 'year', left(content->>'startDate', 4),
        'funding', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_path_query(content, '$.fundingSources[*].kind') value)))`;

/**
 * A stored content with the fields of SDG targets: none tagged, no indicator naming one. Written
 * into the content itself, so that every reader (the API, the index, the fallback's facets) finds
 * the fields without a default of its own.
 */
const withSdgTargetFields = (column: string) => `jsonb_set(
  ${column} || jsonb_build_object('sdgTargets', coalesce(${column}->'sdgTargets', '[]'::jsonb)),
  '{indicators}',
  coalesce((SELECT jsonb_agg('{"sdgTarget": null, "unIndicator": null}'::jsonb || indicator ORDER BY position)
            FROM jsonb_array_elements(${column}->'indicators') WITH ORDINALITY AS listed(indicator, position)), '[]'::jsonb))`;

/**
 * SDG targets in the content, and the search fallback's facets for them and for why practices
 * fail (causes and stage). Written by hand: TypeORM does not model functions, and the generated
 * column's expression (a call of the function) stays the same while the function changes.
 */
/** The programme facet of the migration before this one (1796515599635), kept in both directions. */
const PROGRAMMES_FACET = `'programmes', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_path_query(content, '$.fundingSources[*].programmeId ? (@ != null)') value)`;

export class SdgTargetsAndFailureFacets1796515691435 implements MigrationInterface {
  name = 'SdgTargetsAndFailureFacets1796515691435';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE case_studies SET content = ${withSdgTargetFields('content')} WHERE NOT content ? 'sdgTargets'`);
    await queryRunner.query(`UPDATE case_study_revisions SET content = ${withSdgTargetFields('content')} WHERE NOT content ? 'sdgTargets'`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION case_study_search_facets(content jsonb) RETURNS jsonb
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN jsonb_strip_nulls(jsonb_build_object(
        'sdgs', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_array_elements(content->'sdgs') value),
        'sdgTargets', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_array_elements(content->'sdgTargets') value),
        'themes', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_array_elements(content->'themes') value),
        'outcome', content->'outcome', 'language', content->'language', 'year', left(content->>'startDate', 4),
        'funding', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_path_query(content, '$.fundingSources[*].kind') value),
        'failureCauses', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_path_query(content, '$.failureCauses[*].cause') value),
        'failureStage', content->'failureStage',
        ${PROGRAMMES_FACET}))`);
    await queryRunner.query(`ALTER TABLE "case_study_revisions" ALTER COLUMN "search_facets" SET EXPRESSION AS (case_study_search_facets(content))`);
    // Meilisearch's documents gain the new fields when each published case study is indexed again.
    await queryRunner.query(`INSERT INTO search_outbox (case_study_id) SELECT id FROM case_studies WHERE published_revision_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The content keeps its (empty) target fields: older code ignores fields it does not know.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION case_study_search_facets(content jsonb) RETURNS jsonb
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN ${FACETS_BEFORE} || jsonb_strip_nulls(jsonb_build_object(${PROGRAMMES_FACET}))`);
    await queryRunner.query(`ALTER TABLE "case_study_revisions" ALTER COLUMN "search_facets" SET EXPRESSION AS (case_study_search_facets(content))`);
  }
}
