import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class SignInAttemptsReserved1796483428979 implements MigrationInterface {
  name = 'SignInAttemptsReserved1796483428979';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sign_in_attempts\" ALTER COLUMN \"succeeded\" DROP NOT NULL");
    await queryRunner.query("CREATE INDEX \"sign_in_attempts_pair\" ON \"sign_in_attempts\" (\"email\", \"address\", \"attempted_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"sign_in_attempts_pair\"");
    await queryRunner.query("ALTER TABLE \"sign_in_attempts\" ALTER COLUMN \"succeeded\" SET NOT NULL");
  }
}
