import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class FundingProgrammesAndCalls1796504569967 implements MigrationInterface {
  name = 'FundingProgrammesAndCalls1796504569967';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"funding_programme_kind\" AS ENUM('eu', 'national', 'international', 'foundation')");
    await queryRunner.query("CREATE TYPE \"public\".\"funding_programme_currency\" AS ENUM('EUR', 'TRY', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN')");
    await queryRunner.query("CREATE TABLE \"funding_programmes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"seed_key\" text, \"name\" text NOT NULL, \"aliases\" text array NOT NULL DEFAULT '{}', \"funder\" text NOT NULL, \"kind\" \"public\".\"funding_programme_kind\" NOT NULL, \"eligible_countries\" text array NOT NULL DEFAULT '{}', \"themes\" text array NOT NULL DEFAULT '{}', \"typical_grant_min\" double precision, \"typical_grant_max\" double precision, \"grant_currency\" \"public\".\"funding_programme_currency\", \"co_financing_rate_percent\" double precision, \"official_url\" text NOT NULL, \"description\" jsonb NOT NULL, \"archived_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_ccc313ac59aa7dc861a6d14031a\" UNIQUE (\"seed_key\"), CONSTRAINT \"UQ_99c1249b54845a7166fe8c10fed\" UNIQUE (\"name\"), CONSTRAINT \"funding_programmes_rate\" CHECK (\"co_financing_rate_percent\" IS NULL OR \"co_financing_rate_percent\" BETWEEN 0 AND 100), CONSTRAINT \"funding_programmes_grant_range\" CHECK (\"typical_grant_min\" IS NULL OR \"typical_grant_max\" IS NULL OR \"typical_grant_min\" <= \"typical_grant_max\"), CONSTRAINT \"PK_37dbfd741c3b27733685236aa9d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"funding_call_currency\" AS ENUM('EUR', 'TRY', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN')");
    await queryRunner.query("CREATE TABLE \"funding_calls\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"seed_key\" text, \"programme_id\" uuid NOT NULL, \"title\" text NOT NULL, \"opens_on\" date NOT NULL, \"closes_on\" date NOT NULL, \"budget\" double precision, \"budget_currency\" \"public\".\"funding_call_currency\", \"url\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_993dec17d4707bf35c194d26f85\" UNIQUE (\"seed_key\"), CONSTRAINT \"funding_calls_dates\" CHECK (\"opens_on\" <= \"closes_on\"), CONSTRAINT \"PK_8b0cc68e6d5b1d40bc492a203e7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"funding_calls_programme\" ON \"funding_calls\"  (\"programme_id\") ");
    await queryRunner.query("CREATE INDEX \"funding_calls_closes_on\" ON \"funding_calls\"  (\"closes_on\") ");
    await queryRunner.query("ALTER TABLE \"funding_calls\" ADD CONSTRAINT \"FK_4b0947b5793f3c2e526377062fb\" FOREIGN KEY (\"programme_id\") REFERENCES \"funding_programmes\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"funding_calls\" DROP CONSTRAINT \"FK_4b0947b5793f3c2e526377062fb\"");
    await queryRunner.query("DROP INDEX \"public\".\"funding_calls_closes_on\"");
    await queryRunner.query("DROP INDEX \"public\".\"funding_calls_programme\"");
    await queryRunner.query("DROP TABLE \"funding_calls\"");
    await queryRunner.query("DROP TYPE \"public\".\"funding_call_currency\"");
    await queryRunner.query("DROP TABLE \"funding_programmes\"");
    await queryRunner.query("DROP TYPE \"public\".\"funding_programme_currency\"");
    await queryRunner.query("DROP TYPE \"public\".\"funding_programme_kind\"");
  }
}
