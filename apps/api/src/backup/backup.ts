import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type DataSource } from 'typeorm';
import { appliedMigrations, excludedTables, listSequences, listTables, qualifiedTable, quoteIdentifier, useBackupTextForm } from './backup-catalog';
import { type FileStorage, storedContentType, storedKeys } from '../files/file-storage';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError, type BackupHeader, type BackupTrailer, type BlobLine } from './backup-format';

/** Owner read and write, nobody else (the umask can only take bits away). */
const BACKUP_FILE_MODE = 0o600;

/** Rows fetched from the cursor at a time: a big table is never held in memory whole. */
const FETCH_SIZE = 1_000;

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
  /** Stored files (each size of a photo counts once). */
  blobs: number;
  bytes: number;
}

/**
 * Writes every row of the public tables, as one consistent snapshot, and the stored files of
 * its case studies, to `file` (see backup-format.ts). The file appears only once it is complete: it is written beside it first.
 * It holds password hashes and every person's address, so it is created readable and writable by
 * its owner only (0600), from its first byte: never a moment readable by others before a chmod.
 */
export async function writeBackup(dataSource: DataSource, file: string, storage: FileStorage): Promise<BackupSummary> {
  if (existsSync(file)) throw new BackupError(`${file} already exists; choose another name.`);
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const counts = { tables: 0, rows: 0, blobs: 0 };
  try {
    await pipeline(Readable.from(backupChunks(dataSource, storage, counts)), createGzip(), createWriteStream(partial, { flags: 'wx', mode: BACKUP_FILE_MODE }));
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { file, ...counts, bytes: (await stat(file)).size };
}

/** The backup's text, a batch of lines at a time, read in one REPEATABLE READ, READ ONLY transaction. */
async function* backupChunks(dataSource: DataSource, storage: FileStorage, counts: { tables: number; rows: number; blobs: number }): AsyncGenerator<string> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  let open = false;
  try {
    await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    open = true;
    await useBackupTextForm(runner);

    const [{ now }] = (await runner.query('SELECT now()')) as { now: Date }[];
    const excluded = excludedTables(dataSource);
    const tables = await listTables(runner, excluded);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now.toISOString(),
      migrations: await appliedMigrations(runner, dataSource),
      tables,
    };
    yield `${JSON.stringify(header)}\n`;

    const rows: Record<string, number> = {};
    for (const table of tables) {
      yield `${JSON.stringify({ table: table.name })}\n`;
      const values = table.columns.map((column) => `${quoteIdentifier(column.name)}::text`).join(', ');
      await runner.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_json(ARRAY[${values}])::text AS line FROM ${qualifiedTable(table.name)}`);
      rows[table.name] = 0;
      for (;;) {
        const batch = (await runner.query(`FETCH FORWARD ${FETCH_SIZE} FROM backup_rows`)) as { line: string }[];
        if (batch.length === 0) break;
        rows[table.name] += batch.length;
        yield batch.map((row) => `${row.line}\n`).join('');
      }
      await runner.query('CLOSE backup_rows');
      counts.tables += 1;
      counts.rows += rows[table.name];
    }

    // The files of the rows in this snapshot, one at a time (a document is at most 25 MB). A file
    // removed since the snapshot began is gone from the storage too, and is left out.
    const files = (await runner.query('SELECT id, kind, content_type AS "contentType" FROM case_study_files ORDER BY id')) as { id: string; kind: string; contentType: string }[];
    for (const file of files) {
      for (const key of storedKeys(file)) {
        const body = await storage.get(key);
        if (!body) continue;
        counts.blobs += 1;
        const line: BlobLine = { blob: key, contentType: storedContentType(file), data: body.toString('base64') };
        yield `${JSON.stringify(line)}\n`;
      }
    }

    // Read last: sequences are outside transactions, so these values are at least those the rows used.
    const trailer: BackupTrailer = { end: true, rows, sequences: await listSequences(runner, excluded), blobs: counts.blobs };
    yield `${JSON.stringify(trailer)}\n`;
    await runner.query('COMMIT');
    open = false;
  } finally {
    // Also reached when writing the file failed and the stream stopped asking for more.
    if (open) await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}
