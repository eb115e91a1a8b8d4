import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Adaptations1795826511882 implements MigrationInterface {
  name = 'Adaptations1795826511882';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"adaptation_status\" AS ENUM('exploring', 'planning', 'piloting', 'implemented', 'discontinued')");
    await queryRunner.query("CREATE TABLE \"adaptations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_study_id\" uuid NOT NULL, \"municipality_id\" uuid NOT NULL, \"status\" \"public\".\"adaptation_status\" NOT NULL DEFAULT 'exploring', \"local_context\" text NOT NULL, \"changes\" text NOT NULL, \"planned_steps\" text NOT NULL, \"discontinued_reason\" text, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"adaptations_town_practice\" UNIQUE (\"case_study_id\", \"municipality_id\"), CONSTRAINT \"PK_5a61194023f369d0afb38350d81\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"adaptations_case_study\" ON \"adaptations\" (\"case_study_id\") ");
    // Adjusted by hand: check-ins share adaptation_status with adaptations; TypeORM created it twice.
    await queryRunner.query("CREATE TABLE \"adaptation_check_ins\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"adaptation_id\" uuid NOT NULL, \"status\" \"public\".\"adaptation_status\" NOT NULL, \"note\" text NOT NULL, \"results\" text NOT NULL DEFAULT '', \"author_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8f42af2c3a6b30891983fafdace\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"adaptation_check_ins_adaptation\" ON \"adaptation_check_ins\" (\"adaptation_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"adaptation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"notifications\" ALTER COLUMN \"decision\" DROP NOT NULL");
    await queryRunner.query("ALTER TABLE \"adaptations\" ADD CONSTRAINT \"FK_fe1625613ccf4e942a7938368b4\" FOREIGN KEY (\"case_study_id\") REFERENCES \"case_studies\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"adaptations\" ADD CONSTRAINT \"FK_0460a19c407c82fcca20db04c7d\" FOREIGN KEY (\"municipality_id\") REFERENCES \"municipalities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"adaptations\" ADD CONSTRAINT \"FK_6bbc213dc06c6378f755e88e138\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"adaptation_check_ins\" ADD CONSTRAINT \"FK_48dab60c2e9111fa2610da7b467\" FOREIGN KEY (\"adaptation_id\") REFERENCES \"adaptations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"adaptation_check_ins\" ADD CONSTRAINT \"FK_d1f044efa5c3fe555499e45766e\" FOREIGN KEY (\"author_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_ceb72c2c40d6b2a7213f74b5448\" FOREIGN KEY (\"adaptation_id\") REFERENCES \"adaptations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_ceb72c2c40d6b2a7213f74b5448\"");
    await queryRunner.query("ALTER TABLE \"adaptation_check_ins\" DROP CONSTRAINT \"FK_d1f044efa5c3fe555499e45766e\"");
    await queryRunner.query("ALTER TABLE \"adaptation_check_ins\" DROP CONSTRAINT \"FK_48dab60c2e9111fa2610da7b467\"");
    await queryRunner.query("ALTER TABLE \"adaptations\" DROP CONSTRAINT \"FK_6bbc213dc06c6378f755e88e138\"");
    await queryRunner.query("ALTER TABLE \"adaptations\" DROP CONSTRAINT \"FK_0460a19c407c82fcca20db04c7d\"");
    await queryRunner.query("ALTER TABLE \"adaptations\" DROP CONSTRAINT \"FK_fe1625613ccf4e942a7938368b4\"");
    await queryRunner.query("ALTER TABLE \"notifications\" ALTER COLUMN \"decision\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"adaptation_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"adaptation_check_ins_adaptation\"");
    await queryRunner.query("DROP TABLE \"adaptation_check_ins\"");
    await queryRunner.query("DROP INDEX \"public\".\"adaptations_case_study\"");
    await queryRunner.query("DROP TABLE \"adaptations\"");
    await queryRunner.query("DROP TYPE \"public\".\"adaptation_status\"");
  }
}
