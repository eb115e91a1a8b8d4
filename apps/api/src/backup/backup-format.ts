import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/**
 * A backup is one gzip-compressed file of JSON lines:
 *
 *   {"format":"twinning-backup","formatVersion":1,"createdAt":…,"migrations":[…],"tables":[{"name":…,"columns":[{"name":…,"type":…}]}]}
 *   {"table":"municipalities"}
 *   ["4f0c…","tr-bursa","Bursa",…]            one line per row: each column's PostgreSQL text form, or null
 *   {"table":"partnerships"}
 *   …
 *   {"blob":"3f2a…/large","contentType":"image/webp","data":"UklGR…"}   after the tables: each stored file, base64
 *   …
 *   {"end":true,"rows":{"municipalities":105,…},"sequences":[{"name":"public.search_outbox_id_seq","lastValue":"42"}],"blobs":12}
 *
 * Rows are arrays and every other line is an object, so the two never mix up. Values are the
 * text PostgreSQL itself prints and reads (as COPY does), never JSON numbers or nested JSON: a
 * bigint, a numeric, a float, a jsonb `null` or a bytea come back exactly as they were.
 */
export const BACKUP_FORMAT = 'twinning-backup';
/** 2 added the stored files (blob lines); a version 1 backup has none and is still read. */
export const BACKUP_FORMAT_VERSION = 2;
const READABLE_FORMAT_VERSIONS = [1, 2];

export interface BackupColumn {
  name: string;
  /** As format_type() prints it, e.g. `timestamp with time zone`, `case_study_status`. */
  type: string;
}

export interface BackupTable {
  name: string;
  /** The stored columns; generated ones are computed again on restore. */
  columns: BackupColumn[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** Names of the migrations applied to the database backed up, in order. */
  migrations: string[];
  tables: BackupTable[];
}

export interface BackupSequence {
  /** Schema-qualified and quoted where needed, ready for setval(). */
  name: string;
  /** null: the sequence was never used. */
  lastValue: string | null;
}

export interface BackupTrailer {
  end: true;
  rows: Record<string, number>;
  sequences: BackupSequence[];
  /** How many blob lines came before (absent in version 1). */
  blobs?: number;
}

/** One stored file (a photo's size, or a document), by its storage key. */
export interface BlobLine {
  blob: string;
  contentType: string;
  /** Base64. */
  data: string;
}

export interface TableMarker {
  table: string;
}

/** A backup that is refused: damaged, from another schema, or a target that is not empty. */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

export function parseHeader(line: string | undefined, file: string): BackupHeader {
  const header = parseObject(line ?? '');
  if (header?.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a Twinning Exchange backup.`);
  if (!READABLE_FORMAT_VERSIONS.includes(header.formatVersion as number)) {
    throw new BackupError(`${file} has backup format version ${String(header.formatVersion)}; this code reads version ${BACKUP_FORMAT_VERSION}.`);
  }
  const valid =
    typeof header.createdAt === 'string' &&
    isStringArray(header.migrations) &&
    Array.isArray(header.tables) &&
    header.tables.every(
      (table: unknown) =>
        isRecord(table) &&
        typeof table.name === 'string' &&
        Array.isArray(table.columns) &&
        table.columns.every((column: unknown) => isRecord(column) && typeof column.name === 'string' && typeof column.type === 'string'),
    );
  if (!valid) throw new BackupError(`${file} has a malformed header line.`);
  return header as unknown as BackupHeader;
}

/** A line that is not a row: the start of a table's rows, a stored file, or the last line. */
export function parseControlLine(line: string): TableMarker | BlobLine | BackupTrailer | null {
  const value = parseObject(line);
  if (typeof value?.table === 'string') return { table: value.table };
  if (typeof value?.blob === 'string' && typeof value.contentType === 'string' && typeof value.data === 'string') return { blob: value.blob, contentType: value.contentType, data: value.data };
  const valid =
    value?.end === true &&
    isRecord(value.rows) &&
    Object.values(value.rows).every((count) => Number.isInteger(count)) &&
    Array.isArray(value.sequences) &&
    value.sequences.every((sequence: unknown) => isRecord(sequence) && typeof sequence.name === 'string' && (sequence.lastValue === null || typeof sequence.lastValue === 'string')) &&
    (value.blobs === undefined || Number.isInteger(value.blobs));
  return valid ? (value as unknown as BackupTrailer) : null;
}

/** True when the line is a row of `columns` values, each a string or null. */
export function isRowLine(line: string, columns: number): boolean {
  try {
    const values: unknown = JSON.parse(line);
    return Array.isArray(values) && values.length === columns && values.every((value) => value === null || typeof value === 'string');
  } catch {
    return false;
  }
}

/**
 * The file's lines, decompressed as they are read. A damaged or truncated file fails here
 * (gzip checks a CRC and the length at its end) with a BackupError.
 */
export async function* readBackupLines(file: string): AsyncGenerator<string, void, undefined> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip).setEncoding('utf8');
  let pending = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      yield* lines;
    }
  } catch (error) {
    throw new BackupError(`${file} cannot be read, or is damaged or truncated: ${messageOf(error)}.`, { cause: error });
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  if (pending !== '') yield pending;
}

/** The message of an error from anywhere (Node's own errors are not always `instanceof Error` under Jest). */
export function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

function parseObject(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
