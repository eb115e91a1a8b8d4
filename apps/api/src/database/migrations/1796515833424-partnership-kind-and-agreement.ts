import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class PartnershipKindAndAgreement1796515833424 implements MigrationInterface {
  name = 'PartnershipKindAndAgreement1796515833424';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"partnership_kind\" AS ENUM('twinning', 'project')");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD \"kind\" \"public\".\"partnership_kind\" NOT NULL DEFAULT 'twinning'");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD \"funding_programme_id\" uuid");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD \"funding_call_id\" uuid");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD \"agreement_signed_on\" date");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD \"agreement_url\" text");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD \"agreement_text\" text NOT NULL DEFAULT ''");
    await queryRunner.query("CREATE INDEX \"partnerships_funding_programme\" ON \"partnerships\"  (\"funding_programme_id\") ");
    await queryRunner.query("CREATE INDEX \"partnerships_funding_call\" ON \"partnerships\"  (\"funding_call_id\") ");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD CONSTRAINT \"FK_78106cf9b5f95bc56865bc1681a\" FOREIGN KEY (\"funding_programme_id\") REFERENCES \"funding_programmes\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD CONSTRAINT \"FK_df60d24960adbe58b2bd2aeeeb4\" FOREIGN KEY (\"funding_call_id\") REFERENCES \"funding_calls\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP CONSTRAINT \"FK_df60d24960adbe58b2bd2aeeeb4\"");
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP CONSTRAINT \"FK_78106cf9b5f95bc56865bc1681a\"");
    await queryRunner.query("DROP INDEX \"public\".\"partnerships_funding_call\"");
    await queryRunner.query("DROP INDEX \"public\".\"partnerships_funding_programme\"");
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP COLUMN \"agreement_text\"");
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP COLUMN \"agreement_url\"");
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP COLUMN \"agreement_signed_on\"");
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP COLUMN \"funding_call_id\"");
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP COLUMN \"funding_programme_id\"");
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP COLUMN \"kind\"");
    await queryRunner.query("DROP TYPE \"public\".\"partnership_kind\"");
  }
}
