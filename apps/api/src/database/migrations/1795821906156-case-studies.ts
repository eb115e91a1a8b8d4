import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CaseStudies1795821906156 implements MigrationInterface {
  name = 'CaseStudies1795821906156';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"moderation_decision_kind\" AS ENUM('approve', 'request_changes', 'reject')");
    await queryRunner.query("CREATE TABLE \"moderation_decisions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"revision_id\" uuid NOT NULL, \"moderator_id\" uuid, \"decision\" \"public\".\"moderation_decision_kind\" NOT NULL, \"comment\" text NOT NULL DEFAULT '', \"section_comments\" jsonb NOT NULL DEFAULT '{}', \"decided_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_d4f0fcc95bb8d124787e2e9f0f0\" UNIQUE (\"revision_id\"), CONSTRAINT \"REL_d4f0fcc95bb8d124787e2e9f0f\" UNIQUE (\"revision_id\"), CONSTRAINT \"PK_2e82d086a52c4233bcb60bc5b67\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"case_study_status\" AS ENUM('draft', 'submitted', 'changes_requested', 'published', 'rejected', 'archived')");
    await queryRunner.query("CREATE TABLE \"case_studies\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"municipality_id\" uuid NOT NULL, \"status\" \"public\".\"case_study_status\" NOT NULL, \"content\" jsonb NOT NULL, \"version\" integer NOT NULL DEFAULT '1', \"publish_anonymously\" boolean NOT NULL DEFAULT false, \"featured\" boolean NOT NULL DEFAULT false, \"published_revision_id\" uuid, \"published_at\" TIMESTAMP WITH TIME ZONE, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_18a30cb83a1df4d8df5ddc6b39e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"case_studies_municipality\" ON \"case_studies\" (\"municipality_id\") ");
    await queryRunner.query("CREATE INDEX \"case_studies_status\" ON \"case_studies\" (\"status\") ");
    await queryRunner.query("CREATE TABLE \"case_study_revisions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_study_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"content\" jsonb NOT NULL, \"submitted_by_id\" uuid, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"case_study_revisions_number\" UNIQUE (\"case_study_id\", \"number\"), CONSTRAINT \"PK_9779e4b1ffce1d30e50207cf872\" PRIMARY KEY (\"id\"))");
    // Adjusted by hand: notifications share moderation_decision_kind with moderation_decisions; TypeORM created it twice.
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"case_study_id\" uuid NOT NULL, \"title\" text NOT NULL, \"decision\" \"public\".\"moderation_decision_kind\" NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"read_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"notifications_user\" ON \"notifications\" (\"user_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"moderation_decisions\" ADD CONSTRAINT \"FK_d4f0fcc95bb8d124787e2e9f0f0\" FOREIGN KEY (\"revision_id\") REFERENCES \"case_study_revisions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"moderation_decisions\" ADD CONSTRAINT \"FK_d3afdd7a7e43a2a132e57863055\" FOREIGN KEY (\"moderator_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_studies\" ADD CONSTRAINT \"FK_9df914ab511764391cdbad85af7\" FOREIGN KEY (\"municipality_id\") REFERENCES \"municipalities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_studies\" ADD CONSTRAINT \"FK_1e0d753c8d8ea63b5c6e6086642\" FOREIGN KEY (\"published_revision_id\") REFERENCES \"case_study_revisions\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_studies\" ADD CONSTRAINT \"FK_b5d39302afafcc0f947f58eb043\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" ADD CONSTRAINT \"FK_a1682f110ba1520ead0ea5fe03c\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" ADD CONSTRAINT \"FK_0058e5e0af3ed72136fdab6bccc\" FOREIGN KEY (\"submitted_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_9a8a82462cab47c73d25f49261f\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_d30ec542e7204a5ef7680086aef\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_d30ec542e7204a5ef7680086aef\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_9a8a82462cab47c73d25f49261f\"");
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" DROP CONSTRAINT \"FK_0058e5e0af3ed72136fdab6bccc\"");
    await queryRunner.query("ALTER TABLE \"case_study_revisions\" DROP CONSTRAINT \"FK_a1682f110ba1520ead0ea5fe03c\"");
    await queryRunner.query("ALTER TABLE \"case_studies\" DROP CONSTRAINT \"FK_b5d39302afafcc0f947f58eb043\"");
    await queryRunner.query("ALTER TABLE \"case_studies\" DROP CONSTRAINT \"FK_1e0d753c8d8ea63b5c6e6086642\"");
    await queryRunner.query("ALTER TABLE \"case_studies\" DROP CONSTRAINT \"FK_9df914ab511764391cdbad85af7\"");
    await queryRunner.query("ALTER TABLE \"moderation_decisions\" DROP CONSTRAINT \"FK_d3afdd7a7e43a2a132e57863055\"");
    await queryRunner.query("ALTER TABLE \"moderation_decisions\" DROP CONSTRAINT \"FK_d4f0fcc95bb8d124787e2e9f0f0\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_user\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("DROP TABLE \"case_study_revisions\"");
    await queryRunner.query("DROP INDEX \"public\".\"case_studies_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"case_studies_municipality\"");
    await queryRunner.query("DROP TABLE \"case_studies\"");
    await queryRunner.query("DROP TYPE \"public\".\"case_study_status\"");
    await queryRunner.query("DROP TABLE \"moderation_decisions\"");
    await queryRunner.query("DROP TYPE \"public\".\"moderation_decision_kind\"");
  }
}
