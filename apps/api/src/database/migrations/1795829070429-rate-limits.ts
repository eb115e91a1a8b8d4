import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class RateLimits1795829070429 implements MigrationInterface {
  name = 'RateLimits1795829070429';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Edited by hand: UNLOGGED, since the counts are disposable and written on every write or search.
    await queryRunner.query("CREATE UNLOGGED TABLE \"rate_limit_hits\" (\"key\" text NOT NULL, \"window_start\" TIMESTAMP WITH TIME ZONE NOT NULL, \"hits\" integer NOT NULL, CONSTRAINT \"PK_e1b7468131cdc8e84e1159c7ca9\" PRIMARY KEY (\"key\", \"window_start\"))");
    await queryRunner.query("CREATE INDEX \"rate_limit_hits_window\" ON \"rate_limit_hits\" (\"window_start\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"rate_limit_hits_window\"");
    await queryRunner.query("DROP TABLE \"rate_limit_hits\"");
  }
}
