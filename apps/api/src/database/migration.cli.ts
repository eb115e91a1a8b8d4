import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/app-config';
import { startLocalServices } from '../local-services/local-services';
import { createDataSource } from './data-source';
import { type SchemaDiff, type SchemaQuery, diffSchemaAgainstEntities } from './schema-diff';

/**
 * `run`: applies pending migrations. `generate <name>`: writes a migration with the SQL that
 * brings the database in line with the entities, to be read, adjusted if need be, and committed.
 * Uses DATABASE_URL, or the embedded PostgreSQL when it is not set.
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command !== 'run' && !(command === 'generate' && name && /^[a-z][a-z0-9-]*$/.test(name))) {
    throw new Error('usage: migration.cli run | generate <kebab-case-name>');
  }
  const services = await startLocalServices(loadConfig(), (message) => console.log(message));
  const dataSource = createDataSource(services.config.databaseUrl);
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations();
    console.log(`${applied.length} migration(s) applied`);
    if (command === 'generate') {
      const diff = await diffSchemaAgainstEntities(dataSource);
      if (diff.up.length === 0) {
        console.log('The schema already matches the entities: no migration written.');
      } else {
        console.log(`written: ${await writeMigration(name, diff)}`);
      }
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await services.stop();
  }
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
