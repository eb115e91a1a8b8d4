import { type DataSource, type QueryRunner } from 'typeorm';
import { migrate } from '../database/data-source';
import { type ForeignKey, appliedMigrations, excludedTables, listForeignKeys, listTables, qualifiedTable, quoteIdentifier, useBackupTextForm } from './backup-catalog';
import { type FileStorage } from '../files/file-storage';
import { BackupError, type BackupHeader, type BackupTable, type BackupTrailer, type BlobLine, isRowLine, messageOf, parseControlLine, parseHeader, readBackupLines } from './backup-format';

/** Rows per INSERT, and a bound on the text sent at once for tables of long rows. */
const INSERT_BATCH_ROWS = 500;
const INSERT_BATCH_CHARS = 8_000_000;

export interface RestoreSummary {
  /** Migrations applied to the target first (none when it was migrated already). */
  migrationsApplied: number;
  tables: number;
  rows: number;
  sequences: number;
  /** Stored files written to the file storage. */
  blobs: number;
}

/**
 * Loads a backup into an empty database of the same schema. Refuses a backup made with other
 * migrations than this code's, a target with rows in any table, and a damaged or truncated
 * file. Everything is written in one transaction: when anything fails, nothing is (the files
 * already put into the storage are removed again).
 */
export async function restoreBackup(dataSource: DataSource, file: string, storage: FileStorage): Promise<RestoreSummary> {
  const lines = readBackupLines(file);
  const written: string[] = [];
  try {
    const first = await lines.next();
    const header = parseHeader(first.done ? undefined : first.value, file);
    assertSameMigrations(header.migrations, dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name), 'this code');
    const migrationsApplied = (await migrate(dataSource)).length;

    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      assertSameMigrations(header.migrations, await appliedMigrations(runner, dataSource), 'the target database');
      await runner.startTransaction();
      try {
        const summary = await restoreInTransaction(runner, dataSource, header, lines, file, async (blob) => {
          written.push(blob.blob);
          await storage.put(blob.blob, Buffer.from(blob.data, 'base64'), blob.contentType);
        });
        await runner.commitTransaction();
        return { migrationsApplied, ...summary };
      } catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    } finally {
      await runner.release();
    }
  } catch (error) {
    await storage.delete(written).catch(() => undefined);
    throw new BackupError(`${messageOf(error).trim()}\nNothing was restored.`, { cause: error });
  } finally {
    await lines.return();
  }
}

async function restoreInTransaction(
  runner: QueryRunner,
  dataSource: DataSource,
  header: BackupHeader,
  lines: AsyncGenerator<string>,
  file: string,
  putBlob: (blob: BlobLine) => Promise<void>,
): Promise<Omit<RestoreSummary, 'migrationsApplied'>> {
  await useBackupTextForm(runner);
  const targets = new Map((await listTables(runner, excludedTables(dataSource))).map((table) => [table.name, table]));
  assertSameTables(header.tables, targets);
  // Nothing may write to the tables between the check that they are empty and the commit.
  await runner.query(`LOCK TABLE ${[...targets.keys()].map(qualifiedTable).join(', ')} IN ACCESS EXCLUSIVE MODE`);
  await assertEmpty(runner, [...targets.keys()]);

  // Rows go in table by table, and the foreign keys are circular (a case study names its
  // published revision, which names its case study): drop them, and add them back at the end,
  // which checks every reference.
  const foreignKeys = await listForeignKeys(runner);
  for (const key of foreignKeys) await runner.query(`ALTER TABLE ${qualifiedTable(key.table)} DROP CONSTRAINT ${quoteIdentifier(key.name)}`);

  const damaged = (reason: string) => new BackupError(`${file} is damaged or truncated: ${reason}.`);
  const rowsRead = new Map<string, number>();
  let table: BackupTable | undefined;
  let batch: string[] = [];
  let batchChars = 0;
  const flush = async () => {
    if (table && batch.length > 0) await insertRows(runner, table, `[${batch.join(',')}]`);
    batch = [];
    batchChars = 0;
  };

  let trailer: BackupTrailer | undefined;
  let blobs = 0;
  while (!trailer) {
    const { value: line, done } = await lines.next();
    if (done) throw damaged(`it ends before its last line (after ${rowsRead.size} of ${header.tables.length} tables)`);
    if (line.startsWith('[')) {
      if (!table) throw damaged('a row comes before any table');
      if (!isRowLine(line, table.columns.length)) throw damaged(`a row of ${table.name} is malformed`);
      batch.push(line);
      batchChars += line.length;
      rowsRead.set(table.name, (rowsRead.get(table.name) ?? 0) + 1);
      if (batch.length >= INSERT_BATCH_ROWS || batchChars >= INSERT_BATCH_CHARS) await flush();
      continue;
    }
    await flush();
    const control = parseControlLine(line);
    if (control === null) throw damaged('a line is neither a row, a table nor the last line');
    if ('blob' in control) {
      if (rowsRead.size !== header.tables.length) throw damaged('a stored file comes before the last table');
      try {
        await putBlob(control);
      } catch (error) {
        throw new BackupError(`The stored file ${control.blob} could not be written (${messageOf(error)}).`, { cause: error });
      }
      blobs += 1;
    } else if ('table' in control) {
      const expected = header.tables[rowsRead.size]?.name;
      if (control.table !== expected) throw damaged(`table ${control.table} comes where ${expected ?? 'the end'} was expected`);
      // The target's definition, which assertSameTables found identical: no SQL from the file.
      table = targets.get(control.table);
      rowsRead.set(control.table, 0);
    } else {
      if (rowsRead.size !== header.tables.length) throw damaged(`it ends after ${rowsRead.size} of ${header.tables.length} tables`);
      trailer = control;
    }
  }
  if (!(await lines.next()).done) throw damaged('there is more after its last line');
  if ((trailer.blobs ?? 0) !== blobs) throw damaged(`${blobs} stored files read, ${trailer.blobs ?? 0} written`);
  for (const { name } of header.tables) {
    if ((rowsRead.get(name) ?? -1) !== trailer.rows[name]) throw damaged(`${rowsRead.get(name) ?? 0} rows of ${name} read, ${trailer.rows[name] ?? 0} written`);
  }

  for (const key of foreignKeys) await restoreForeignKey(runner, key);
  for (const sequence of trailer.sequences) {
    if (sequence.lastValue === null) await runner.query('SELECT setval(seqrelid, seqstart, false) FROM pg_sequence WHERE seqrelid = $1::regclass', [sequence.name]);
    else await runner.query('SELECT setval($1::regclass, $2::bigint, true)', [sequence.name, sequence.lastValue]);
  }
  const rows = [...rowsRead.values()].reduce((sum, count) => sum + count, 0);
  return { tables: rowsRead.size, rows, sequences: trailer.sequences.length, blobs };
}

/** Each value is the column's text form: cast it back to the column's type, as COPY would read it. */
async function insertRows(runner: QueryRunner, table: BackupTable, rowsJson: string): Promise<void> {
  const columns = table.columns.map((column) => quoteIdentifier(column.name)).join(', ');
  const values = table.columns.map((column, index) => `(backup_row->>${index})::${column.type}`).join(', ');
  try {
    // OVERRIDING SYSTEM VALUE: identity columns GENERATED ALWAYS take the backed-up values too.
    await runner.query(`INSERT INTO ${qualifiedTable(table.name)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${values} FROM json_array_elements($1::json) AS backup_row`, [rowsJson]);
  } catch (error) {
    throw new BackupError(`Rows of ${table.name} could not be inserted (${messageOf(error)}).`, { cause: error });
  }
}

async function restoreForeignKey(runner: QueryRunner, key: ForeignKey): Promise<void> {
  try {
    await runner.query(`ALTER TABLE ${qualifiedTable(key.table)} ADD CONSTRAINT ${quoteIdentifier(key.name)} ${key.definition}`);
  } catch (error) {
    throw new BackupError(`The restored rows break the foreign key ${key.name} of ${key.table} (${messageOf(error)}).`, { cause: error });
  }
}

function assertSameMigrations(backup: string[], other: string[], otherName: string): void {
  if (backup.length === other.length && backup.every((name, index) => name === other[index])) return;
  throw new BackupError(
    `The backup was made with other migrations than ${otherName} has; restore it with the version of the code that made it.\n` +
      `  backup: ${backup.join(', ') || '(none)'}\n` +
      `  ${otherName}: ${other.join(', ') || '(none)'}`,
  );
}

function assertSameTables(backup: BackupTable[], targets: Map<string, BackupTable>): void {
  const describe = (table: BackupTable) => `${table.name}(${table.columns.map((column) => `${column.name} ${column.type}`).join(', ')})`;
  const inBackup = new Set(backup.map(describe));
  const inTarget = new Set([...targets.values()].map(describe));
  const differences = [
    ...[...inBackup].filter((table) => !inTarget.has(table)).map((table) => `backup: ${table}`),
    ...[...inTarget].filter((table) => !inBackup.has(table)).map((table) => `target: ${table}`),
  ];
  if (inBackup.size !== backup.length) differences.push('backup: a table is listed twice');
  if (differences.length > 0) throw new BackupError(`The backup's tables differ from the target database's:\n  ${differences.join('\n  ')}`);
}

async function assertEmpty(runner: QueryRunner, tables: string[]): Promise<void> {
  const checks = tables.map((name) => `SELECT ${quoteLiteral(name)} AS name WHERE EXISTS (SELECT 1 FROM ${qualifiedTable(name)})`).join(' UNION ALL ');
  const filled = ((await runner.query(checks)) as { name: string }[]).map((row) => row.name);
  if (filled.length > 0) {
    throw new BackupError(
      `The target database is not empty (rows in ${filled.sort().join(', ')}). ` +
        'Restore only into a new, empty database: create one, point DATABASE_URL at it, and run the restore again.',
    );
  }
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
