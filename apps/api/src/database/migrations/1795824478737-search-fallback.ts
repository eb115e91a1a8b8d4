import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class SearchFallback1795824478737 implements MigrationInterface {
  name = 'SearchFallback1795824478737';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" ADD \"search_vector\" tsvector GENERATED ALWAYS AS (case_study_search_vector(content)) STORED NOT NULL");
    // Adjusted by hand: current_database() instead of the generating database's name, and the
    // two indexes of the search fallback (TypeORM cannot declare GIN opclasses or expressions).
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), $1, $2, $3, $4, $5)", ["public","case_study_revisions","GENERATED_COLUMN","search_vector","case_study_search_vector(content)"]);
    await queryRunner.query("CREATE INDEX \"case_study_revisions_search_vector\" ON \"case_study_revisions\" USING gin (\"search_vector\")");
    await queryRunner.query("CREATE INDEX \"case_study_revisions_title_trgm\" ON \"case_study_revisions\" USING gin (search_normalize(content->>'title') gin_trgm_ops)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"case_study_revisions_title_trgm\"");
    await queryRunner.query("DROP INDEX \"public\".\"case_study_revisions_search_vector\"");
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = $3 AND \"table\" = $4", ["GENERATED_COLUMN","search_vector","public","case_study_revisions"]);
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" DROP COLUMN \"search_vector\"");
  }
}
