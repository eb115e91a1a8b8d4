import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { resolveFundingProgrammeNames } from '../../funding/funding-programme-names';

const FACETS_BEFORE = `jsonb_strip_nulls(jsonb_build_object(
        'sdgs', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_array_elements(content->'sdgs') value),
        'themes', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_array_elements(content->'themes') value),
        'outcome', content->'outcome', 'language', content->'language', 'year', left(content->>'startDate', 4),
        'funding', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_path_query(content, '$.fundingSources[*].kind') value)))`;

/**
 * A funding source names a catalogue programme (or another one by name) and an amount; the
 * template asks whether the practice went on after its funding. Stored content gets the new keys,
 * and free-text names that match a programme point to it. The catalogue is often still empty here
 * (the seed fills it after the migrations), so the seed runs the same matcher again. The search
 * fallback's facets gain the programmes. Going down keeps the content: its extra keys are harmless.
 */
export class FundingSourcesProgrammes1796515599635 implements MigrationInterface {
  name = 'FundingSourcesProgrammes1796515599635';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await resolveFundingProgrammeNames(queryRunner);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION case_study_search_facets(content jsonb) RETURNS jsonb
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN ${FACETS_BEFORE} || jsonb_strip_nulls(jsonb_build_object(
        'programmes', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_path_query(content, '$.fundingSources[*].programmeId ? (@ != null)') value)))`);
    await queryRunner.query(`ALTER TABLE "case_study_revisions" ALTER COLUMN "search_facets" SET EXPRESSION AS (case_study_search_facets(content))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION case_study_search_facets(content jsonb) RETURNS jsonb
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN ${FACETS_BEFORE}`);
    await queryRunner.query(`ALTER TABLE "case_study_revisions" ALTER COLUMN "search_facets" SET EXPRESSION AS (case_study_search_facets(content))`);
  }
}
