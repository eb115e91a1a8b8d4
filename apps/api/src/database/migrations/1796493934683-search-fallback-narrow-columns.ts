import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The search fallback's title and facet fields as small columns of the (never changed) revision,
 * so that a search matching most of the corpus reads a few bytes per row instead of decompressing
 * each whole content. Adjusted by hand: the facets' function (TypeORM does not model functions), current_database() instead of the generating database's
 * name, and the title's trigram index moved from the content expression to the column.
 */
export class SearchFallbackNarrowColumns1796493934683 implements MigrationInterface {
  name = 'SearchFallbackNarrowColumns1796493934683';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // jsonb_build_object() is only STABLE (it accepts any type); with jsonb and text alone it is
    // immutable, which a generated column needs.
    await queryRunner.query(`
      CREATE FUNCTION case_study_search_facets(content jsonb) RETURNS jsonb
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN jsonb_strip_nulls(jsonb_build_object('sdgs', content->'sdgs', 'themes', content->'themes', 'outcome', content->'outcome', 'language', content->'language', 'year', left(content->>'startDate', 4), 'funding', jsonb_path_query_array(content, '$.fundingSources[*].kind')))`);
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" ADD \"search_title\" text GENERATED ALWAYS AS (search_normalize(content->>'title')) STORED");
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), $1, $2, $3, $4, $5)", ["public","case_study_revisions","GENERATED_COLUMN","search_title","search_normalize(content->>'title')"]);
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" ADD \"search_facets\" jsonb GENERATED ALWAYS AS (case_study_search_facets(content)) STORED NOT NULL");
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), $1, $2, $3, $4, $5)", ["public","case_study_revisions","GENERATED_COLUMN","search_facets","case_study_search_facets(content)"]);
    await queryRunner.query("DROP INDEX \"public\".\"case_study_revisions_title_trgm\"");
    await queryRunner.query("CREATE INDEX \"case_study_revisions_title_trgm\" ON \"case_study_revisions\" USING gin (\"search_title\" gin_trgm_ops)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"case_study_revisions_title_trgm\"");
    await queryRunner.query("CREATE INDEX \"case_study_revisions_title_trgm\" ON \"case_study_revisions\" USING gin (search_normalize(content->>'title') gin_trgm_ops)");
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = $3 AND \"table\" = $4", ["GENERATED_COLUMN","search_facets","public","case_study_revisions"]);
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" DROP COLUMN \"search_facets\"");
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = $3 AND \"table\" = $4", ["GENERATED_COLUMN","search_title","public","case_study_revisions"]);
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" DROP COLUMN \"search_title\"");
    await queryRunner.query(`DROP FUNCTION case_study_search_facets(jsonb)`);
  }
}
