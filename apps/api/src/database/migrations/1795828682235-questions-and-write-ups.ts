import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class QuestionsAndWriteUps1795828682235 implements MigrationInterface {
  name = 'QuestionsAndWriteUps1795828682235';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"discussion_posts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_study_id\" uuid NOT NULL, \"question_id\" uuid, \"author_id\" uuid, \"body\" text NOT NULL, \"hidden_at\" TIMESTAMP WITH TIME ZONE, \"hidden_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1bfc0860cd9175674a2b7983833\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"discussion_posts_question\" ON \"discussion_posts\" (\"question_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"discussion_posts_case_study\" ON \"discussion_posts\" (\"case_study_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"post_reports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"post_id\" uuid NOT NULL, \"reporter_id\" uuid, \"reason\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"resolved_by_id\" uuid, \"resolution\" text, CONSTRAINT \"PK_afa7cad2bd08b113aeb519c37b7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"post_reports_open\" ON \"post_reports\" (\"created_at\") WHERE resolved_at IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"post_reports_open_per_reporter\" ON \"post_reports\" (\"post_id\", \"reporter_id\") WHERE resolved_at IS NULL");
    await queryRunner.query("ALTER TABLE \"case_studies\" ADD \"adapted_from_id\" uuid");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"question_id\" uuid");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"mail_status\" text");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"mail_attempts\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("CREATE UNIQUE INDEX \"case_studies_adapted_from\" ON \"case_studies\" (\"adapted_from_id\") ");
    await queryRunner.query("CREATE INDEX \"notifications_mail_pending\" ON \"notifications\" (\"created_at\") WHERE mail_status = 'pending'");
    await queryRunner.query("ALTER TABLE \"case_studies\" ADD CONSTRAINT \"FK_dbb017b0fed32c157e39720ea57\" FOREIGN KEY (\"adapted_from_id\") REFERENCES \"adaptations\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_posts\" ADD CONSTRAINT \"FK_5d3bd92fba3f21e5a7be8f3cda0\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_posts\" ADD CONSTRAINT \"FK_81caf31c00305eec90fa220b88a\" FOREIGN KEY (\"question_id\") REFERENCES \"discussion_posts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_posts\" ADD CONSTRAINT \"FK_5861d03c3859af8f7b40032ef08\" FOREIGN KEY (\"author_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_posts\" ADD CONSTRAINT \"FK_9d691d1e46016398d01cb3acec8\" FOREIGN KEY (\"hidden_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_d518881d7805b17165edf439a01\" FOREIGN KEY (\"question_id\") REFERENCES \"discussion_posts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"post_reports\" ADD CONSTRAINT \"FK_611b70ef1c1e75943221918b846\" FOREIGN KEY (\"post_id\") REFERENCES \"discussion_posts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"post_reports\" ADD CONSTRAINT \"FK_2f5dd8c4bd4db94e6da3c5833e2\" FOREIGN KEY (\"reporter_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"post_reports\" ADD CONSTRAINT \"FK_39e000846ea29c3aef23e997a4b\" FOREIGN KEY (\"resolved_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"post_reports\" DROP CONSTRAINT \"FK_39e000846ea29c3aef23e997a4b\"");
    await queryRunner.query("ALTER TABLE \"post_reports\" DROP CONSTRAINT \"FK_2f5dd8c4bd4db94e6da3c5833e2\"");
    await queryRunner.query("ALTER TABLE \"post_reports\" DROP CONSTRAINT \"FK_611b70ef1c1e75943221918b846\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_d518881d7805b17165edf439a01\"");
    await queryRunner.query("ALTER TABLE \"discussion_posts\" DROP CONSTRAINT \"FK_9d691d1e46016398d01cb3acec8\"");
    await queryRunner.query("ALTER TABLE \"discussion_posts\" DROP CONSTRAINT \"FK_5861d03c3859af8f7b40032ef08\"");
    await queryRunner.query("ALTER TABLE \"discussion_posts\" DROP CONSTRAINT \"FK_81caf31c00305eec90fa220b88a\"");
    await queryRunner.query("ALTER TABLE \"discussion_posts\" DROP CONSTRAINT \"FK_5d3bd92fba3f21e5a7be8f3cda0\"");
    await queryRunner.query("ALTER TABLE \"case_studies\" DROP CONSTRAINT \"FK_dbb017b0fed32c157e39720ea57\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_mail_pending\"");
    await queryRunner.query("DROP INDEX \"public\".\"case_studies_adapted_from\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"mail_attempts\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"mail_status\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"question_id\"");
    await queryRunner.query("ALTER TABLE \"case_studies\" DROP COLUMN \"adapted_from_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"post_reports_open_per_reporter\"");
    await queryRunner.query("DROP INDEX \"public\".\"post_reports_open\"");
    await queryRunner.query("DROP TABLE \"post_reports\"");
    await queryRunner.query("DROP INDEX \"public\".\"discussion_posts_case_study\"");
    await queryRunner.query("DROP INDEX \"public\".\"discussion_posts_question\"");
    await queryRunner.query("DROP TABLE \"discussion_posts\"");
  }
}
