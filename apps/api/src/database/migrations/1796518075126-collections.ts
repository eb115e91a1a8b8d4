import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Collections1796518075126 implements MigrationInterface {
  name = 'Collections1796518075126';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"collections\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"title\" jsonb NOT NULL, \"text\" jsonb NOT NULL, \"featured\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_21c00b1ebbd41ba1354242c5c4e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"collections_featured\" ON \"collections\"  (\"featured\", \"updated_at\") ");
    await queryRunner.query("CREATE TABLE \"collection_case_studies\" (\"collection_id\" uuid NOT NULL, \"case_study_id\" uuid NOT NULL, \"position\" integer NOT NULL, CONSTRAINT \"PK_e7b149ca6e6492411cd46aa948e\" PRIMARY KEY (\"collection_id\", \"case_study_id\"))");
    await queryRunner.query("CREATE INDEX \"collection_case_studies_case_study\" ON \"collection_case_studies\"  (\"case_study_id\") ");
    await queryRunner.query("ALTER TABLE \"collection_case_studies\" ADD CONSTRAINT \"FK_59e0f4935d65e0f07982dfd6fe5\" FOREIGN KEY (\"collection_id\") REFERENCES \"collections\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"collection_case_studies\" ADD CONSTRAINT \"FK_6684e619636a51b5764c6c08afc\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"collection_case_studies\" DROP CONSTRAINT \"FK_6684e619636a51b5764c6c08afc\"");
    await queryRunner.query("ALTER TABLE \"collection_case_studies\" DROP CONSTRAINT \"FK_59e0f4935d65e0f07982dfd6fe5\"");
    await queryRunner.query("DROP INDEX \"public\".\"collection_case_studies_case_study\"");
    await queryRunner.query("DROP TABLE \"collection_case_studies\"");
    await queryRunner.query("DROP INDEX \"public\".\"collections_featured\"");
    await queryRunner.query("DROP TABLE \"collections\"");
  }
}
