import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AnonymityByRevision1796472522220 implements MigrationInterface {
  name = 'AnonymityByRevision1796472522220';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" ADD \"publish_anonymously\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"case_studies\" ADD \"published_anonymously\" boolean NOT NULL DEFAULT false");
    // Added by hand: until now the one flag applied at once, to the published version too, so it
    // holds for every existing revision and for what readers see.
    await queryRunner.query('UPDATE "case_study_revisions" r SET "publish_anonymously" = cs."publish_anonymously" FROM "case_studies" cs WHERE cs."id" = r."case_study_id"');
    await queryRunner.query('UPDATE "case_studies" SET "published_anonymously" = "publish_anonymously"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"case_studies\" DROP COLUMN \"published_anonymously\"");
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" DROP COLUMN \"publish_anonymously\"");
  }
}
