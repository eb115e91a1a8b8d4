import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runWithDatabase } from './run-with-database';
import { type SchemaDiff, type SchemaQuery, diffSchemaAgainstEntities } from './schema-diff';

/**
 * `run`: applies pending migrations. `generate <name>`: writes a migration with the SQL that
 * brings the database in line with the entities, to be read, adjusted if need be, and committed.
 * Uses DATABASE_URL, or the embedded PostgreSQL when it is not set.
 */
const [command, name] = process.argv.slice(2);
if (command !== 'run' && !(command === 'generate' && name && /^[a-z][a-z0-9-]*$/.test(name))) {
  console.error('usage: migration.cli run | generate <kebab-case-name>');
  process.exitCode = 1;
} else {
  // Pending migrations are applied first; `generate` then writes what the entities still need.
  runWithDatabase(async (dataSource) => {
    if (command !== 'generate') return;
    const diff = await diffSchemaAgainstEntities(dataSource);
    console.log(diff.up.length === 0 ? 'The schema already matches the entities: no migration written.' : `written: ${await writeMigration(name, diff)}`);
  });
}

async function writeMigration(name: string, diff: SchemaDiff): Promise<string> {
  const timestamp = Date.now();
  const className = name.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase()) + timestamp;
  const lines = (queries: SchemaQuery[]) =>
    queries
      .map(({ query, parameters }) => `    await queryRunner.query(${[query, ...(parameters ? [parameters] : [])].map((v) => JSON.stringify(v)).join(', ')});`)
      .join('\n');
  const file = path.resolve(__dirname, '../../../../apps/api/src/database/migrations', `${timestamp}-${name}.ts`);
  await writeFile(
    file,
    `import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(diff.up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(diff.down)}
  }
}
`,
  );
  return file;
}
