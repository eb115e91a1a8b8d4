import { existsSync } from 'node:fs';
import path from 'node:path';
import { findWorkspaceRoot } from '../config/app-config';
import { runWithDatabase } from '../database/run-with-database';
import { createFileStorage } from '../files/file-storage';
import { writeBackup } from './backup';
import { restoreBackup } from './restore';

/**
 * `backup [--out=<file>]`: writes the PostgreSQL data and the stored files (pictures, documents) to a file, by default
 * backups/twinning-<time>.jsonl.gz in the workspace. `restore --file=<file>` (or `restore <file>`):
 * loads one into an empty database. Uses DATABASE_URL, or the embedded PostgreSQL when it is
 * not set, without Meilisearch and without migrating first (a restore checks the backup's
 * migrations before it applies any). The search index is not in the backup: it is rebuilt from
 * PostgreSQL.
 */
const USAGE = 'usage: backup.cli backup [--out=<file>] | restore --file=<file>';

const [command, ...args] = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const positional = args.filter((arg) => !arg.startsWith('--'));
const known = (...names: string[]) => args.every((arg) => !arg.startsWith('--') || names.some((name) => arg.startsWith(`--${name}=`)));

if (command === 'backup' && positional.length === 0 && known('out')) {
  const file = path.resolve(option('out') || defaultBackupFile());
  runWithDatabase(
    async (dataSource, config) => {
      const started = Date.now();
      const { tables, rows, blobs, bytes } = await writeBackup(dataSource, file, createFileStorage(config.fileStorage));
      console.log(`Backed up ${tables} tables, ${rows} rows, ${blobs} stored files: ${formatBytes(bytes)} in ${seconds(started)} s to ${file}`);
    },
    { migrate: false, meilisearch: false },
  );
} else if (command === 'restore' && known('file') && [option('file'), ...positional].filter(Boolean).length === 1) {
  const file = path.resolve(option('file') || positional[0]);
  if (!existsSync(file)) {
    console.error(`No backup file at ${file}.`);
    process.exitCode = 1;
  } else {
    runWithDatabase(
      async (dataSource, config) => {
        const started = Date.now();
        const { migrationsApplied, tables, rows, sequences, blobs } = await restoreBackup(dataSource, file, createFileStorage(config.fileStorage));
        if (migrationsApplied > 0) console.log(`${migrationsApplied} migration(s) applied`);
        console.log(`Restored ${tables} tables, ${rows} rows, ${sequences} sequence(s) and ${blobs} stored files in ${seconds(started)} s from ${file}`);
        console.log('The search index is not in the backup: run `npm run search:reindex` to rebuild it from PostgreSQL.');
      },
      { migrate: false, meilisearch: false },
    );
  }
} else {
  console.error(USAGE);
  process.exitCode = 1;
}

function defaultBackupFile(): string {
  const time = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  return path.join(findWorkspaceRoot(), 'backups', `twinning-${time}.jsonl.gz`);
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
