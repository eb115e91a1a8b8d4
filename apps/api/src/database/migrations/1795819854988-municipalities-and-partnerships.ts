import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class MunicipalitiesAndPartnerships1795819854988 implements MigrationInterface {
  name = 'MunicipalitiesAndPartnerships1795819854988';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"municipality_kind\" AS ENUM('metropolitan', 'district', 'town', 'village')");
    // Adjusted by hand: current_database() instead of the generating database's name, so the
    // migration is right in any database (each test file has its own).
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), $1, $2, $3, $4, $5)", ["public","municipalities","GENERATED_COLUMN","search_name","search_normalize(name_local || ' ' || name_en)"]);
    await queryRunner.query("CREATE TABLE \"municipalities\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" text NOT NULL, \"name_local\" text NOT NULL, \"name_en\" text NOT NULL, \"country\" character(2) NOT NULL, \"region\" text NOT NULL, \"population\" integer NOT NULL, \"population_year\" smallint NOT NULL, \"kind\" \"public\".\"municipality_kind\" NOT NULL, \"latitude\" double precision NOT NULL, \"longitude\" double precision NOT NULL, \"website\" text, \"search_name\" text GENERATED ALWAYS AS (search_normalize(name_local || ' ' || name_en)) STORED NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_69b63b81836ddc1c3e9c31a50f3\" UNIQUE (\"slug\"), CONSTRAINT \"PK_9c4573349577306f221dda4d924\" PRIMARY KEY (\"id\"))");
    // Added by hand: the trigram index that makes substring name search fast.
    await queryRunner.query("CREATE INDEX \"municipalities_search_name_trgm\" ON \"municipalities\" USING gin (\"search_name\" gin_trgm_ops)");
    await queryRunner.query("CREATE INDEX \"municipalities_country\" ON \"municipalities\" (\"country\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"partnership_status\" AS ENUM('active', 'ended')");
    await queryRunner.query("CREATE TABLE \"partnerships\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"municipality_a_id\" uuid NOT NULL, \"municipality_b_id\" uuid NOT NULL, \"since_year\" smallint NOT NULL, \"status\" \"public\".\"partnership_status\" NOT NULL DEFAULT 'active', \"programme\" text, \"description\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"partnerships_pair\" UNIQUE (\"municipality_a_id\", \"municipality_b_id\"), CONSTRAINT \"partnerships_ordered_pair\" CHECK (\"municipality_a_id\" < \"municipality_b_id\"), CONSTRAINT \"PK_55de3c169ff0d5d88e9a7cb0cd6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"partnerships_municipality_b\" ON \"partnerships\" (\"municipality_b_id\") ");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD CONSTRAINT \"FK_e29eba25cdff1ceedc264bafe0d\" FOREIGN KEY (\"municipality_a_id\") REFERENCES \"municipalities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD CONSTRAINT \"FK_a72a115c300ae228fc7bf55d313\" FOREIGN KEY (\"municipality_b_id\") REFERENCES \"municipalities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP CONSTRAINT \"FK_a72a115c300ae228fc7bf55d313\"");
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP CONSTRAINT \"FK_e29eba25cdff1ceedc264bafe0d\"");
    await queryRunner.query("DROP INDEX \"public\".\"partnerships_municipality_b\"");
    await queryRunner.query("DROP TABLE \"partnerships\"");
    await queryRunner.query("DROP TYPE \"public\".\"partnership_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"municipalities_country\"");
    await queryRunner.query("DROP INDEX \"public\".\"municipalities_search_name_trgm\"");
    await queryRunner.query("DROP TABLE \"municipalities\"");
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = $3 AND \"table\" = $4", ["GENERATED_COLUMN","search_name","public","municipalities"]);
    await queryRunner.query("DROP TYPE \"public\".\"municipality_kind\"");
  }
}
