import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The search fallback finds its matches through the GIN index alone and ranks them by a small
 * vector of title and summary kept in the row, and counts facets from lists without repeats. Written by hand: TypeORM does not model functions;
 * the column's lines are what it generates, with current_database() for the generating database.
 */
export class SearchFallbackIndexMatch1796504685583 implements MigrationInterface {
  name = 'SearchFallbackIndexMatch1796504685583';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The planner reads the table in sequence when most rows match, as its costs leave out
    // decompressing each row's full vector (~5 KB, stored apart): 20x slower than the index's
    // answer at 10,000 case studies. In a function of its own, that choice is taken away.
    await queryRunner.query(`
      CREATE FUNCTION case_study_revisions_matching(query tsquery) RETURNS SETOF uuid
      LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off
      BEGIN ATOMIC
        SELECT id FROM case_study_revisions WHERE search_vector @@ query;
      END`);
    await queryRunner.query(`
      CREATE FUNCTION case_study_rank_vector(content jsonb) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN setweight(to_tsvector('simple'::regconfig, search_normalize(coalesce(content->>'title', '') || ' ' || coalesce(content->>'summary', ''))), 'A')`);
    // Each value of a list once (funding kinds may repeat), so that counting a facet needs no
    // DISTINCT over every matching row's values.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION case_study_search_facets(content jsonb) RETURNS jsonb
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN jsonb_strip_nulls(jsonb_build_object(
        'sdgs', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_array_elements(content->'sdgs') value),
        'themes', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_array_elements(content->'themes') value),
        'outcome', content->'outcome', 'language', content->'language', 'year', left(content->>'startDate', 4),
        'funding', (SELECT jsonb_agg(DISTINCT value) FROM jsonb_path_query(content, '$.fundingSources[*].kind') value)))`);
    await queryRunner.query(`ALTER TABLE "case_study_revisions" ALTER COLUMN "search_facets" SET EXPRESSION AS (case_study_search_facets(content))`);
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" ADD \"search_rank_vector\" tsvector GENERATED ALWAYS AS (case_study_rank_vector(content)) STORED NOT NULL");
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), $1, $2, $3, $4, $5)", ["public","case_study_revisions","GENERATED_COLUMN","search_rank_vector","case_study_rank_vector(content)"]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = $3 AND \"table\" = $4", ["GENERATED_COLUMN","search_rank_vector","public","case_study_revisions"]);
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" DROP COLUMN \"search_rank_vector\"");
    await queryRunner.query(`DROP FUNCTION case_study_rank_vector(jsonb)`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION case_study_search_facets(content jsonb) RETURNS jsonb
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN jsonb_strip_nulls(jsonb_build_object('sdgs', content->'sdgs', 'themes', content->'themes', 'outcome', content->'outcome', 'language', content->'language', 'year', left(content->>'startDate', 4), 'funding', jsonb_path_query_array(content, '$.fundingSources[*].kind')))`);
    await queryRunner.query(`ALTER TABLE "case_study_revisions" ALTER COLUMN "search_facets" SET EXPRESSION AS (case_study_search_facets(content))`);
    await queryRunner.query(`DROP FUNCTION case_study_revisions_matching(tsquery)`);
  }
}
