import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Translations of case studies, each a series of revisions a moderator approves; and the language a notification is about. */
export class CaseStudyTranslations1796494234123 implements MigrationInterface {
  name = 'CaseStudyTranslations1796494234123';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"case_study_translations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_study_id\" uuid NOT NULL, \"language\" text NOT NULL, \"published_revision_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"case_study_translations_language\" UNIQUE (\"case_study_id\", \"language\"), CONSTRAINT \"PK_7e615be5643835c91be7882c20b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"translation_revision_status\" AS ENUM('submitted', 'approved', 'rejected')");
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), $1, $2, $3, $4, $5)", ["public","case_study_translation_revisions","GENERATED_COLUMN","search_vector","case_study_search_vector(texts)"]);
    await queryRunner.query("CREATE TABLE \"case_study_translation_revisions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"translation_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"texts\" jsonb NOT NULL, \"source_revision_id\" uuid NOT NULL, \"municipality_id\" uuid NOT NULL, \"status\" \"public\".\"translation_revision_status\" NOT NULL DEFAULT 'submitted', \"submitted_by_id\" uuid, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_by_id\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decision_comment\" text NOT NULL DEFAULT '', \"search_vector\" tsvector GENERATED ALWAYS AS (case_study_search_vector(texts)) STORED NOT NULL, CONSTRAINT \"case_study_translation_revisions_number\" UNIQUE (\"translation_id\", \"number\"), CONSTRAINT \"PK_c6a6983bfbb1f552150fd5515c8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"case_study_translation_revisions_waiting\" ON \"case_study_translation_revisions\"  (\"submitted_at\") WHERE status = 'submitted'");
    // By hand, as for the original revisions: TypeORM does not generate an index it is told not to synchronise.
    await queryRunner.query("CREATE INDEX \"case_study_translation_revisions_search_vector\" ON \"case_study_translation_revisions\" USING gin (\"search_vector\")");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"language\" text");
    await queryRunner.query("ALTER TABLE \"case_study_translations\" ADD CONSTRAINT \"FK_7335bb114f102bcf40ed1edab02\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_study_translations\" ADD CONSTRAINT \"FK_9a7aee0f39ceb47a01d92e683e2\" FOREIGN KEY (\"published_revision_id\") REFERENCES \"case_study_translation_revisions\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_study_translation_revisions\" ADD CONSTRAINT \"FK_add7d2b8bce15838abd507ebb18\" FOREIGN KEY (\"translation_id\") REFERENCES \"case_study_translations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_study_translation_revisions\" ADD CONSTRAINT \"FK_889d16ceff0724dac7f755064e5\" FOREIGN KEY (\"source_revision_id\") REFERENCES \"case_study_revisions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_study_translation_revisions\" ADD CONSTRAINT \"FK_979fe8fb58543ef90ac25df862a\" FOREIGN KEY (\"municipality_id\") REFERENCES \"municipalities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_study_translation_revisions\" ADD CONSTRAINT \"FK_a9b6c88101b6ed53558bd87392e\" FOREIGN KEY (\"submitted_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_study_translation_revisions\" ADD CONSTRAINT \"FK_6bab45191260d3988ed105bd19d\" FOREIGN KEY (\"decided_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"case_study_translation_revisions\" DROP CONSTRAINT \"FK_6bab45191260d3988ed105bd19d\"");
    await queryRunner.query("ALTER TABLE \"case_study_translation_revisions\" DROP CONSTRAINT \"FK_a9b6c88101b6ed53558bd87392e\"");
    await queryRunner.query("ALTER TABLE \"case_study_translation_revisions\" DROP CONSTRAINT \"FK_979fe8fb58543ef90ac25df862a\"");
    await queryRunner.query("ALTER TABLE \"case_study_translation_revisions\" DROP CONSTRAINT \"FK_889d16ceff0724dac7f755064e5\"");
    await queryRunner.query("ALTER TABLE \"case_study_translation_revisions\" DROP CONSTRAINT \"FK_add7d2b8bce15838abd507ebb18\"");
    await queryRunner.query("ALTER TABLE \"case_study_translations\" DROP CONSTRAINT \"FK_9a7aee0f39ceb47a01d92e683e2\"");
    await queryRunner.query("ALTER TABLE \"case_study_translations\" DROP CONSTRAINT \"FK_7335bb114f102bcf40ed1edab02\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"language\"");
    await queryRunner.query("DROP INDEX \"public\".\"case_study_translation_revisions_search_vector\"");
    await queryRunner.query("DROP INDEX \"public\".\"case_study_translation_revisions_waiting\"");
    await queryRunner.query("DROP TABLE \"case_study_translation_revisions\"");
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = $3 AND \"table\" = $4", ["GENERATED_COLUMN","search_vector","public","case_study_translation_revisions"]);
    await queryRunner.query("DROP TYPE \"public\".\"translation_revision_status\"");
    await queryRunner.query("DROP TABLE \"case_study_translations\"");
  }
}
