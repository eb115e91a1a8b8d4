import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Accounts1795820698022 implements MigrationInterface {
  name = 'Accounts1795820698022';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('staff', 'moderator', 'admin')");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"display_name\" text NOT NULL, \"password_hash\" text NOT NULL, \"role\" \"public\".\"user_role\" NOT NULL, \"municipality_id\" uuid, \"verified_at\" TIMESTAMP WITH TIME ZONE, \"deactivated_at\" TIMESTAMP WITH TIME ZONE, \"last_sign_in_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_97672ac88f789774dd47f7c8be3\" UNIQUE (\"email\"), CONSTRAINT \"users_staff_have_municipality\" CHECK (role <> 'staff' OR municipality_id IS NOT NULL), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"audit_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"actor_id\" uuid, \"action\" text NOT NULL, \"entity_type\" text NOT NULL, \"entity_id\" uuid NOT NULL, \"before\" jsonb, \"after\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_910f64d901a5c3e9878f0d4a407\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"audit_events_created_at\" ON \"audit_events\" (\"created_at\") ");
    await queryRunner.query("CREATE INDEX \"audit_events_entity\" ON \"audit_events\" (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" bytea NOT NULL, \"user_id\" uuid NOT NULL, \"csrf_token\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_3238ef96f18b355b671619111bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"sessions_token_hash\" ON \"sessions\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"sessions_user\" ON \"sessions\" (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"sign_in_attempts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"address\" text NOT NULL, \"succeeded\" boolean NOT NULL, \"attempted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b5b5e9a98dbb74ada205a0084d8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"sign_in_attempts_address\" ON \"sign_in_attempts\" (\"address\", \"attempted_at\") ");
    await queryRunner.query("CREATE INDEX \"sign_in_attempts_email\" ON \"sign_in_attempts\" (\"email\", \"attempted_at\") ");
    await queryRunner.query("CREATE TABLE \"invitations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" bytea NOT NULL, \"email\" text NOT NULL, \"municipality_id\" uuid NOT NULL, \"invited_by_id\" uuid, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"accepted_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5dec98cfdfd562e4ad3648bbb07\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"invitations_token_hash\" ON \"invitations\" (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"users\" ADD CONSTRAINT \"FK_eda381454352c36551a7fb1947b\" FOREIGN KEY (\"municipality_id\") REFERENCES \"municipalities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"audit_events\" ADD CONSTRAINT \"FK_04c7c044146c6632491a370fc04\" FOREIGN KEY (\"actor_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD CONSTRAINT \"FK_085d540d9f418cfbdc7bd55bb19\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"FK_9b7e928ff1aaad74dd740246faa\" FOREIGN KEY (\"municipality_id\") REFERENCES \"municipalities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitations\" ADD CONSTRAINT \"FK_d4de0403dd012cf87b430af70ef\" FOREIGN KEY (\"invited_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"FK_d4de0403dd012cf87b430af70ef\"");
    await queryRunner.query("ALTER TABLE \"invitations\" DROP CONSTRAINT \"FK_9b7e928ff1aaad74dd740246faa\"");
    await queryRunner.query("ALTER TABLE \"sessions\" DROP CONSTRAINT \"FK_085d540d9f418cfbdc7bd55bb19\"");
    await queryRunner.query("ALTER TABLE \"audit_events\" DROP CONSTRAINT \"FK_04c7c044146c6632491a370fc04\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP CONSTRAINT \"FK_eda381454352c36551a7fb1947b\"");
    await queryRunner.query("DROP INDEX \"public\".\"invitations_token_hash\"");
    await queryRunner.query("DROP TABLE \"invitations\"");
    await queryRunner.query("DROP INDEX \"public\".\"sign_in_attempts_email\"");
    await queryRunner.query("DROP INDEX \"public\".\"sign_in_attempts_address\"");
    await queryRunner.query("DROP TABLE \"sign_in_attempts\"");
    await queryRunner.query("DROP INDEX \"public\".\"sessions_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"sessions_token_hash\"");
    await queryRunner.query("DROP TABLE \"sessions\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_events_entity\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_events_created_at\"");
    await queryRunner.query("DROP TABLE \"audit_events\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_role\"");
  }
}
