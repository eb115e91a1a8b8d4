import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class TextVariants1796506009945 implements MigrationInterface {
  name = 'TextVariants1796506009945';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"municipalities\" ADD \"region_variants\" jsonb NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD \"description_variants\" jsonb NOT NULL DEFAULT '{}'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP COLUMN \"description_variants\"");
    await queryRunner.query("ALTER TABLE \"municipalities\" DROP COLUMN \"region_variants\"");
  }
}
