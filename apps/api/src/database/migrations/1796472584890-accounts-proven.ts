import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AccountsProven1796472584890 implements MigrationInterface {
  name = 'AccountsProven1796472584890';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"account_token_purpose\" AS ENUM('email_confirmation', 'password_reset', 'sign_in_challenge', 'recovery_code')");
    await queryRunner.query("CREATE TABLE \"account_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" bytea NOT NULL, \"purpose\" \"public\".\"account_token_purpose\" NOT NULL, \"user_id\" uuid NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5e3640c493cc6206a44b885e6a9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"account_tokens_token_hash\" ON \"account_tokens\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"account_tokens_user_purpose\" ON \"account_tokens\" (\"user_id\", \"purpose\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"municipalities\" ADD \"email_domains\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"email_confirmed_at\" TIMESTAMP WITH TIME ZONE");
    // Accounts from before confirmation links count as proven: invited, created by an admin, or already in the queue.
    await queryRunner.query('UPDATE "users" SET "email_confirmed_at" = "created_at"');
    await queryRunner.query("ALTER TABLE \"users\" ADD \"totp_secret\" text");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"totp_enabled_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"totp_last_time_step\" integer");
    await queryRunner.query("ALTER TABLE \"account_tokens\" ADD CONSTRAINT \"FK_1b5fea09efc20c7f63c4a09b3d6\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"account_tokens\" DROP CONSTRAINT \"FK_1b5fea09efc20c7f63c4a09b3d6\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"totp_last_time_step\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"totp_enabled_at\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"totp_secret\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"email_confirmed_at\"");
    await queryRunner.query("ALTER TABLE \"municipalities\" DROP COLUMN \"email_domains\"");
    await queryRunner.query("DROP INDEX \"public\".\"account_tokens_user_purpose\"");
    await queryRunner.query("DROP INDEX \"public\".\"account_tokens_token_hash\"");
    await queryRunner.query("DROP TABLE \"account_tokens\"");
    await queryRunner.query("DROP TYPE \"public\".\"account_token_purpose\"");
  }
}
