import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class PartnerRequests1796516016256 implements MigrationInterface {
  name = 'PartnerRequests1796516016256';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"partner_answer_status\" AS ENUM('interested', 'shortlisted', 'accepted', 'confirmed')");
    await queryRunner.query("CREATE TABLE \"partner_answers\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"request_id\" uuid NOT NULL, \"municipality_id\" uuid NOT NULL, \"created_by_id\" uuid, \"message\" text NOT NULL, \"status\" \"public\".\"partner_answer_status\" NOT NULL DEFAULT 'interested', \"partnership_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"partner_answers_request_town\" UNIQUE (\"request_id\", \"municipality_id\"), CONSTRAINT \"PK_c7efe94eaf3529f2faf37c30ff3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"partner_answers_municipality\" ON \"partner_answers\"  (\"municipality_id\") ");
    await queryRunner.query("CREATE INDEX \"partner_answers_waiting\" ON \"partner_answers\"  (\"updated_at\") WHERE status = 'accepted'");
    await queryRunner.query("CREATE TABLE \"partner_requests\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"seed_key\" text, \"municipality_id\" uuid NOT NULL, \"created_by_id\" uuid, \"title\" text NOT NULL, \"description\" text NOT NULL, \"themes\" text array NOT NULL DEFAULT '{}', \"sdgs\" smallint array NOT NULL DEFAULT '{}', \"funding_programme_id\" uuid, \"funding_call_id\" uuid, \"deadline\" date NOT NULL, \"offers\" text NOT NULL, \"seeks\" text NOT NULL, \"languages\" text array NOT NULL DEFAULT '{}', \"partner_countries\" text array NOT NULL DEFAULT '{}', \"partner_population_bands\" text array NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_14969efe351e8da8f97b219db7b\" UNIQUE (\"seed_key\"), CONSTRAINT \"PK_fd71d017be37b179be76c7cd5f0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"partner_requests_municipality\" ON \"partner_requests\"  (\"municipality_id\") ");
    await queryRunner.query("CREATE INDEX \"partner_requests_deadline\" ON \"partner_requests\"  (\"deadline\") ");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"partner_request_id\" uuid");
    await queryRunner.query("ALTER TABLE \"search_outbox\" ADD \"partner_request_id\" uuid");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_d30ec542e7204a5ef7680086aef\"");
    await queryRunner.query("ALTER TABLE \"notifications\" ALTER COLUMN \"case_study_id\" DROP NOT NULL");
    await queryRunner.query("ALTER TABLE \"search_outbox\" ALTER COLUMN \"case_study_id\" DROP NOT NULL");
    await queryRunner.query("ALTER TABLE \"search_outbox\" ADD CONSTRAINT \"search_outbox_one_subject\" CHECK (num_nonnulls(\"case_study_id\", \"partner_request_id\") = 1)");
    await queryRunner.query("ALTER TABLE \"partner_answers\" ADD CONSTRAINT \"FK_2853f351d286f1bbe54cb9795d8\" FOREIGN KEY (\"request_id\") REFERENCES \"partner_requests\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partner_answers\" ADD CONSTRAINT \"FK_d75dccd056126e5204bcf606071\" FOREIGN KEY (\"municipality_id\") REFERENCES \"municipalities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partner_answers\" ADD CONSTRAINT \"FK_6ea88cd2ab12bef7b339d37ba0a\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partner_answers\" ADD CONSTRAINT \"FK_958a912274c2e0178377548c190\" FOREIGN KEY (\"partnership_id\") REFERENCES \"partnerships\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partner_requests\" ADD CONSTRAINT \"FK_728ee3219db752190c87d78366c\" FOREIGN KEY (\"municipality_id\") REFERENCES \"municipalities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partner_requests\" ADD CONSTRAINT \"FK_63cfc08684ba374a0f8121dc171\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partner_requests\" ADD CONSTRAINT \"FK_d5559e159b32da7ccb6aecb676c\" FOREIGN KEY (\"funding_programme_id\") REFERENCES \"funding_programmes\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partner_requests\" ADD CONSTRAINT \"FK_43ec6028e81389868173dd782f7\" FOREIGN KEY (\"funding_call_id\") REFERENCES \"funding_calls\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_d30ec542e7204a5ef7680086aef\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_1a5e28bb1dce12f69013b1ebc49\" FOREIGN KEY (\"partner_request_id\") REFERENCES \"partner_requests\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_1a5e28bb1dce12f69013b1ebc49\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_d30ec542e7204a5ef7680086aef\"");
    await queryRunner.query("ALTER TABLE \"partner_requests\" DROP CONSTRAINT \"FK_43ec6028e81389868173dd782f7\"");
    await queryRunner.query("ALTER TABLE \"partner_requests\" DROP CONSTRAINT \"FK_d5559e159b32da7ccb6aecb676c\"");
    await queryRunner.query("ALTER TABLE \"partner_requests\" DROP CONSTRAINT \"FK_63cfc08684ba374a0f8121dc171\"");
    await queryRunner.query("ALTER TABLE \"partner_requests\" DROP CONSTRAINT \"FK_728ee3219db752190c87d78366c\"");
    await queryRunner.query("ALTER TABLE \"partner_answers\" DROP CONSTRAINT \"FK_958a912274c2e0178377548c190\"");
    await queryRunner.query("ALTER TABLE \"partner_answers\" DROP CONSTRAINT \"FK_6ea88cd2ab12bef7b339d37ba0a\"");
    await queryRunner.query("ALTER TABLE \"partner_answers\" DROP CONSTRAINT \"FK_d75dccd056126e5204bcf606071\"");
    await queryRunner.query("ALTER TABLE \"partner_answers\" DROP CONSTRAINT \"FK_2853f351d286f1bbe54cb9795d8\"");
    await queryRunner.query("ALTER TABLE \"search_outbox\" DROP CONSTRAINT \"search_outbox_one_subject\"");
    await queryRunner.query("ALTER TABLE \"search_outbox\" ALTER COLUMN \"case_study_id\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"notifications\" ALTER COLUMN \"case_study_id\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_d30ec542e7204a5ef7680086aef\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"search_outbox\" DROP COLUMN \"partner_request_id\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"partner_request_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"partner_requests_deadline\"");
    await queryRunner.query("DROP INDEX \"public\".\"partner_requests_municipality\"");
    await queryRunner.query("DROP TABLE \"partner_requests\"");
    await queryRunner.query("DROP INDEX \"public\".\"partner_answers_waiting\"");
    await queryRunner.query("DROP INDEX \"public\".\"partner_answers_municipality\"");
    await queryRunner.query("DROP TABLE \"partner_answers\"");
    await queryRunner.query("DROP TYPE \"public\".\"partner_answer_status\"");
  }
}
