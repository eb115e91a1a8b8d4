import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ReportsAndNotificationPreferences1796515930285 implements MigrationInterface {
  name = 'ReportsAndNotificationPreferences1796515930285';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"content_reports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"target_kind\" text NOT NULL, \"target_id\" uuid NOT NULL, \"case_study_id\" uuid NOT NULL, \"adaptation_id\" uuid, \"check_in_id\" uuid, \"post_id\" uuid, \"reporter_id\" uuid, \"reason\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"resolved_by_id\" uuid, \"resolution\" text, CONSTRAINT \"PK_6c59a68146cdde8de564ee649c1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"content_reports_open\" ON \"content_reports\"  (\"created_at\") WHERE resolved_at IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"content_reports_open_per_reporter\" ON \"content_reports\"  (\"target_kind\", \"target_id\", \"reporter_id\") WHERE resolved_at IS NULL");
    await queryRunner.query("CREATE TABLE \"notification_digests\" (\"day\" date NOT NULL, \"sent_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"recipients\" integer NOT NULL, CONSTRAINT \"PK_6663d349c4ff5336b992e96ba54\" PRIMARY KEY (\"day\"))");
    await queryRunner.query("CREATE TABLE \"notification_preferences\" (\"user_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"channel\" text NOT NULL, CONSTRAINT \"PK_4beeeb46feaf58d75e124c8ba58\" PRIMARY KEY (\"user_id\", \"kind\"))");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_d30ec542e7204a5ef7680086aef\"");
    await queryRunner.query("ALTER TABLE \"notifications\" ALTER COLUMN \"case_study_id\" DROP NOT NULL");
    await queryRunner.query("CREATE INDEX \"notifications_digest_pending\" ON \"notifications\"  (\"user_id\", \"created_at\") WHERE mail_status = 'digest'");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_d30ec542e7204a5ef7680086aef\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"content_reports\" ADD CONSTRAINT \"FK_7e8783a82bbfcd653364e9f183a\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"content_reports\" ADD CONSTRAINT \"FK_e7f521c7a235ab9b576b911ea29\" FOREIGN KEY (\"adaptation_id\") REFERENCES \"adaptations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"content_reports\" ADD CONSTRAINT \"FK_a0a0b49b8a5665dfb9647e3bfb6\" FOREIGN KEY (\"check_in_id\") REFERENCES \"adaptation_check_ins\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"content_reports\" ADD CONSTRAINT \"FK_c867e5f93287d154cedfb03d3fa\" FOREIGN KEY (\"post_id\") REFERENCES \"discussion_posts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"content_reports\" ADD CONSTRAINT \"FK_0aababfebc5662624a4a66b639b\" FOREIGN KEY (\"reporter_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"content_reports\" ADD CONSTRAINT \"FK_5222eee50c8eb12d256c7d55360\" FOREIGN KEY (\"resolved_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification_preferences\" ADD CONSTRAINT \"FK_64c90edc7310c6be7c10c96f675\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Reports of questions and answers move into the one table for every kind of content, nothing lost.
    await queryRunner.query(
      `INSERT INTO content_reports (id, target_kind, target_id, case_study_id, post_id, reporter_id, reason, created_at, resolved_at, resolved_by_id, resolution)
       SELECT r.id, 'post', r.post_id, p.case_study_id, r.post_id, r.reporter_id, r.reason, r.created_at, r.resolved_at, r.resolved_by_id, r.resolution
       FROM post_reports r JOIN discussion_posts p ON p.id = r.post_id`,
    );
    await queryRunner.query('DROP TABLE "post_reports"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"post_reports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"post_id\" uuid NOT NULL REFERENCES \"discussion_posts\"(\"id\") ON DELETE CASCADE, \"reporter_id\" uuid REFERENCES \"users\"(\"id\") ON DELETE SET NULL, \"reason\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"resolved_by_id\" uuid REFERENCES \"users\"(\"id\") ON DELETE SET NULL, \"resolution\" text, PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"post_reports_open\" ON \"post_reports\" (\"created_at\") WHERE resolved_at IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"post_reports_open_per_reporter\" ON \"post_reports\" (\"post_id\", \"reporter_id\") WHERE resolved_at IS NULL");
    // The reports of other kinds have no place before this migration; a resolution the old table did not know reads as dismissed.
    await queryRunner.query(
      `INSERT INTO post_reports (id, post_id, reporter_id, reason, created_at, resolved_at, resolved_by_id, resolution)
       SELECT id, post_id, reporter_id, reason, created_at, resolved_at, resolved_by_id, CASE WHEN resolution = 'resolved' THEN 'dismissed' ELSE resolution END
       FROM content_reports WHERE target_kind = 'post'`,
    );
    await queryRunner.query("DELETE FROM notifications WHERE case_study_id IS NULL");
    await queryRunner.query("ALTER TABLE \"notification_preferences\" DROP CONSTRAINT \"FK_64c90edc7310c6be7c10c96f675\"");
    await queryRunner.query("ALTER TABLE \"content_reports\" DROP CONSTRAINT \"FK_5222eee50c8eb12d256c7d55360\"");
    await queryRunner.query("ALTER TABLE \"content_reports\" DROP CONSTRAINT \"FK_0aababfebc5662624a4a66b639b\"");
    await queryRunner.query("ALTER TABLE \"content_reports\" DROP CONSTRAINT \"FK_c867e5f93287d154cedfb03d3fa\"");
    await queryRunner.query("ALTER TABLE \"content_reports\" DROP CONSTRAINT \"FK_a0a0b49b8a5665dfb9647e3bfb6\"");
    await queryRunner.query("ALTER TABLE \"content_reports\" DROP CONSTRAINT \"FK_e7f521c7a235ab9b576b911ea29\"");
    await queryRunner.query("ALTER TABLE \"content_reports\" DROP CONSTRAINT \"FK_7e8783a82bbfcd653364e9f183a\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_d30ec542e7204a5ef7680086aef\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_digest_pending\"");
    await queryRunner.query("ALTER TABLE \"notifications\" ALTER COLUMN \"case_study_id\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_d30ec542e7204a5ef7680086aef\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("DROP TABLE \"notification_preferences\"");
    await queryRunner.query("DROP TABLE \"notification_digests\"");
    await queryRunner.query("DROP INDEX \"public\".\"content_reports_open_per_reporter\"");
    await queryRunner.query("DROP INDEX \"public\".\"content_reports_open\"");
    await queryRunner.query("DROP TABLE \"content_reports\"");
  }
}
