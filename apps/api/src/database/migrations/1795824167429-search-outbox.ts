import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class SearchOutbox1795824167429 implements MigrationInterface {
  name = 'SearchOutbox1795824167429';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"search_outbox\" (\"id\" BIGSERIAL NOT NULL, \"case_study_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"attempts\" integer NOT NULL DEFAULT '0', \"next_attempt_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_error\" text, \"parked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_f0e10017d6287176243c2926453\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"search_outbox_due\" ON \"search_outbox\" (\"next_attempt_at\") WHERE parked_at IS NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"search_outbox_due\"");
    await queryRunner.query("DROP TABLE \"search_outbox\"");
  }
}
