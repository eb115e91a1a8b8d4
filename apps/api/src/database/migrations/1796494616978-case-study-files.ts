import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CaseStudyFiles1796494616978 implements MigrationInterface {
  name = 'CaseStudyFiles1796494616978';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"case_study_file_kind\" AS ENUM('photo', 'document')");
    await queryRunner.query("CREATE TABLE \"case_study_files\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_study_id\" uuid NOT NULL, \"kind\" \"public\".\"case_study_file_kind\" NOT NULL, \"content_type\" text NOT NULL, \"byte_size\" integer NOT NULL, \"alt_text\" text NOT NULL DEFAULT '', \"caption\" text NOT NULL DEFAULT '', \"title\" text NOT NULL DEFAULT '', \"width\" integer, \"height\" integer, \"uploaded_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b9afd3c36b45a14fe0235b61c5f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"case_study_files_case_study\" ON \"case_study_files\"  (\"case_study_id\") ");
    await queryRunner.query("ALTER TABLE \"case_studies\" ADD \"cover_file_id\" uuid");
    await queryRunner.query("ALTER TABLE \"case_study_files\" ADD CONSTRAINT \"FK_46c90278606e599f643e45b8112\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_study_files\" ADD CONSTRAINT \"FK_829d5bf3a17fb9c03e74812ae35\" FOREIGN KEY (\"uploaded_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_studies\" ADD CONSTRAINT \"FK_8b0c1fb8289de41d79a4dbbfe99\" FOREIGN KEY (\"cover_file_id\") REFERENCES \"case_study_files\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"case_studies\" DROP CONSTRAINT \"FK_8b0c1fb8289de41d79a4dbbfe99\"");
    await queryRunner.query("ALTER TABLE \"case_study_files\" DROP CONSTRAINT \"FK_829d5bf3a17fb9c03e74812ae35\"");
    await queryRunner.query("ALTER TABLE \"case_study_files\" DROP CONSTRAINT \"FK_46c90278606e599f643e45b8112\"");
    await queryRunner.query("ALTER TABLE \"case_studies\" DROP COLUMN \"cover_file_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"case_study_files_case_study\"");
    await queryRunner.query("DROP TABLE \"case_study_files\"");
    await queryRunner.query("DROP TYPE \"public\".\"case_study_file_kind\"");
  }
}
