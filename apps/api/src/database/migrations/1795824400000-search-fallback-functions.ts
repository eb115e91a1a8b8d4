import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The weighted text vector of a case study's content, for the PostgreSQL search fallback.
 * Written by hand: TypeORM does not model functions; the generated column that uses it and its
 * indexes follow in the next migration.
 */
export class SearchFallbackFunctions1795824400000 implements MigrationInterface {
  name = 'SearchFallbackFunctions1795824400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION case_study_search_vector(content jsonb) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN
        setweight(to_tsvector('simple'::regconfig, search_normalize(coalesce(content->>'title', '') || ' ' || coalesce(content->>'summary', ''))), 'A') ||
        setweight(to_tsvector('simple'::regconfig, search_normalize(concat_ws(' ', content->>'whatWorked', content->>'whatDidNotWork', content->>'whatWeWouldDoDifferently'))), 'B') ||
        setweight(to_tsvector('simple'::regconfig, search_normalize(concat_ws(' ', content->>'preconditions', content->>'tipsForAdopters', content->>'salvaged'))), 'C') ||
        setweight(to_tsvector('simple'::regconfig, search_normalize(concat_ws(' ', content->>'context', content->>'whatWasDone', content->>'results'))), 'D')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION case_study_search_vector(jsonb)`);
  }
}
