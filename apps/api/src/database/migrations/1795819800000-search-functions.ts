import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Extensions and the text normalisation used by name search. Written by hand: TypeORM does not
 * model extensions or functions. unaccent() is only STABLE, so generated columns and indexes
 * need an IMMUTABLE wrapper that names its dictionary.
 */
export class SearchFunctions1795819800000 implements MigrationInterface {
  name = 'SearchFunctions1795819800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE FUNCTION search_normalize(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN lower(unaccent('unaccent'::regdictionary, input))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION search_normalize(text)`);
  }
}
