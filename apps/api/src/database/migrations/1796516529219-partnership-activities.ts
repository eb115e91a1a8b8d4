import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class PartnershipActivities1796516529219 implements MigrationInterface {
  name = 'PartnershipActivities1796516529219';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"partnership_activity_kind\" AS ENUM('study_visit', 'staff_exchange', 'training', 'joint_project')");
    await queryRunner.query("CREATE TYPE \"public\".\"partnership_activity_currency\" AS ENUM('EUR', 'TRY', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN')");
    await queryRunner.query("CREATE TABLE \"partnership_activities\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"partnership_id\" uuid NOT NULL, \"kind\" \"public\".\"partnership_activity_kind\" NOT NULL, \"title\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"title_variants\" jsonb NOT NULL DEFAULT '{}', \"description_variants\" jsonb NOT NULL DEFAULT '{}', \"learned_variants\" jsonb NOT NULL DEFAULT '{}', \"starts_on\" date NOT NULL, \"ends_on\" date, \"is_public\" boolean NOT NULL DEFAULT true, \"participant_count\" integer, \"participant_roles\" text array NOT NULL DEFAULT '{}', \"learned\" text NOT NULL DEFAULT '', \"funding_programme_id\" uuid, \"funding_amount\" double precision, \"funding_currency\" \"public\".\"partnership_activity_currency\", \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"partnership_activities_amount_currency\" CHECK ((\"funding_amount\" IS NULL) = (\"funding_currency\" IS NULL)), CONSTRAINT \"partnership_activities_funding\" CHECK (\"kind\" = 'joint_project' OR (\"funding_programme_id\" IS NULL AND \"funding_amount\" IS NULL)), CONSTRAINT \"partnership_activities_participants\" CHECK (\"participant_count\" IS NULL OR \"participant_count\" >= 0), CONSTRAINT \"partnership_activities_dates\" CHECK (\"ends_on\" IS NULL OR \"ends_on\" >= \"starts_on\"), CONSTRAINT \"PK_5c395f4181e6629d5d0a6d1c7ac\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"partnership_activities_partnership\" ON \"partnership_activities\"  (\"partnership_id\", \"starts_on\") ");
    await queryRunner.query("CREATE TABLE \"partnership_activity_case_studies\" (\"activity_id\" uuid NOT NULL, \"case_study_id\" uuid NOT NULL, CONSTRAINT \"PK_0119a8e43fd0916aa5260023618\" PRIMARY KEY (\"activity_id\", \"case_study_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b8c242041f24db3133a9efae1a\" ON \"partnership_activity_case_studies\"  (\"activity_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_92702c28e26c01ac25530e10db\" ON \"partnership_activity_case_studies\"  (\"case_study_id\") ");
    await queryRunner.query("ALTER TABLE \"partnership_activities\" ADD CONSTRAINT \"FK_cdb747d25de10e36bbd5958bfc5\" FOREIGN KEY (\"partnership_id\") REFERENCES \"partnerships\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partnership_activities\" ADD CONSTRAINT \"FK_bda62d05d3c25b7994e4c5ae688\" FOREIGN KEY (\"funding_programme_id\") REFERENCES \"funding_programmes\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partnership_activities\" ADD CONSTRAINT \"FK_50eac4c115318ca9c1363d991ab\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partnership_activity_case_studies\" ADD CONSTRAINT \"FK_b8c242041f24db3133a9efae1a4\" FOREIGN KEY (\"activity_id\") REFERENCES \"partnership_activities\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"partnership_activity_case_studies\" ADD CONSTRAINT \"FK_92702c28e26c01ac25530e10dbd\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"partnership_activity_case_studies\" DROP CONSTRAINT \"FK_92702c28e26c01ac25530e10dbd\"");
    await queryRunner.query("ALTER TABLE \"partnership_activity_case_studies\" DROP CONSTRAINT \"FK_b8c242041f24db3133a9efae1a4\"");
    await queryRunner.query("ALTER TABLE \"partnership_activities\" DROP CONSTRAINT \"FK_50eac4c115318ca9c1363d991ab\"");
    await queryRunner.query("ALTER TABLE \"partnership_activities\" DROP CONSTRAINT \"FK_bda62d05d3c25b7994e4c5ae688\"");
    await queryRunner.query("ALTER TABLE \"partnership_activities\" DROP CONSTRAINT \"FK_cdb747d25de10e36bbd5958bfc5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_92702c28e26c01ac25530e10db\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b8c242041f24db3133a9efae1a\"");
    await queryRunner.query("DROP TABLE \"partnership_activity_case_studies\"");
    await queryRunner.query("DROP INDEX \"public\".\"partnership_activities_partnership\"");
    await queryRunner.query("DROP TABLE \"partnership_activities\"");
    await queryRunner.query("DROP TYPE \"public\".\"partnership_activity_currency\"");
    await queryRunner.query("DROP TYPE \"public\".\"partnership_activity_kind\"");
  }
}
