import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CASE_STUDY_STATUSES } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import { type BackupSummary, writeBackup } from '../src/backup/backup';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupTrailer } from '../src/backup/backup-format';
import { restoreBackup } from '../src/backup/restore';
import { createDataSource } from '../src/database/data-source';
import { type FileStorage, LocalFileStorage } from '../src/files/file-storage';
import { DEMO_ACCOUNTS } from '../src/database/seed/demo-accounts';
import { runSeed } from '../src/database/seed/seed';
import { pdfBytes } from './factories/file.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { createIsolatedDatabase } from './support/test-app';

interface TestDatabase {
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** TypeORM's own tables, which the migrations fill and the backup leaves out. */
const TYPEORM_TABLES = ['migrations', 'typeorm_metadata'];

describe('backup and restore', () => {
  const opened: TestDatabase[] = [];
  let dir: string;
  let source: DataSource;
  let target: DataSource;
  let file: string;
  let summary: BackupSummary;
  /** Where the source's files are, and where the restores put theirs. */
  let sourceFiles: LocalFileStorage;
  const targetFiles = () => new LocalFileStorage(path.join(dir, `files-${randomBytes(4).toString('hex')}`));
  let restoredFiles: LocalFileStorage;

  /** A new database on the test server; `migrated: false` leaves it without tables, as createdb would. */
  async function openDatabase(migrated: boolean): Promise<DataSource> {
    const database = await createIsolatedDatabase();
    const dataSource = await createDataSource(database.databaseUrl).initialize();
    opened.push({ dataSource, drop: database.drop });
    if (migrated) await dataSource.runMigrations();
    return dataSource;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'backup-spec-'));
    sourceFiles = new LocalFileStorage(path.join(dir, 'source-files'));
    source = await openDatabase(true);
    await runSeed(source, { nodeEnv: 'development', embeddedPostgres: true }, sourceFiles);
    await addRowsTheSeedLeavesOut(source, sourceFiles);
    file = path.join(dir, 'twinning.jsonl.gz');
    summary = await writeBackup(source, file, sourceFiles);
    target = await openDatabase(false);
    restoredFiles = targetFiles();
    await restoreBackup(target, file, restoredFiles);
  });

  afterAll(async () => {
    for (const { dataSource, drop } of opened) {
      await dataSource.destroy();
      await drop();
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('backs up a database with rows in every table', async () => {
    const snapshot = await snapshotOf(source);
    // A new table needs a row in addRowsTheSeedLeavesOut (below), or its values are not proven to come back.
    const emptyTables = Object.entries(snapshot.tables).filter(([, rows]) => rows.length === 0).map(([table]) => table);
    expect({ emptyTables }).toEqual({ emptyTables: [] });
    expect(summary).toMatchObject({ file, tables: Object.keys(snapshot.tables).length, rows: Object.values(snapshot.tables).flat().length });
    expect(summary.bytes).toBeGreaterThan(0);
  });

  it('is readable and writable by its owner only, created so even under a umask that takes nothing away', async () => {
    expect(((await stat(file)).mode & 0o777).toString(8)).toBe('600');
    const open = path.join(dir, 'umask-0.jsonl.gz');
    const umask = process.umask(0);
    try {
      await writeBackup(source, open, sourceFiles);
    } finally {
      process.umask(umask);
    }
    expect(((await stat(open)).mode & 0o777).toString(8)).toBe('600');
  });

  it('names the applied migrations and the tables, without TypeORM’s own, in its first line', async () => {
    const lines = readLines(await readFile(file));
    const header = lines[0] as unknown as BackupHeader;
    expect(header).toMatchObject({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, migrations: source.migrations.map((migration) => migration.name) });
    expect(header.tables.map((table) => table.name)).toEqual(Object.keys((await snapshotOf(source)).tables));
    const revisions = header.tables.find((table) => table.name === 'case_study_revisions');
    expect(revisions?.columns.map((column) => column.name)).not.toContain('search_vector');
    const { sequences } = lines.at(-1) as BackupTrailer;
    expect(sequences.map((sequence) => sequence.name)).toContain('public.search_outbox_id_seq');
    expect(sequences.map((sequence) => sequence.name)).not.toContain('public.migrations_id_seq');
  });

  it('restores every row of every table exactly, generated columns and sequences included', async () => {
    expect(await snapshotOf(target)).toEqual(await snapshotOf(source));
  });

  it('restores every case study, revision and account', async () => {
    const ids = (dataSource: DataSource, table: string) => dataSource.query(`SELECT id FROM ${table} ORDER BY id`);
    for (const table of ['case_studies', 'case_study_revisions', 'moderation_decisions', 'users', 'adaptations', 'adaptation_check_ins']) {
      expect([table, await ids(target, table)]).toEqual([table, await ids(source, table)]);
    }
    const statuses = (await target.query(`SELECT DISTINCT status::text AS status FROM case_studies`)) as { status: string }[];
    expect(statuses.map((row) => row.status).sort()).toEqual([...CASE_STUDY_STATUSES].sort());
    const emails = ((await target.query(`SELECT email FROM users`)) as { email: string }[]).map((row) => row.email);
    expect(emails).toEqual(expect.arrayContaining(DEMO_ACCOUNTS.map((account) => account.email)));
  });

  it('restores the stored files of the case studies, byte for byte', async () => {
    const keys = await sourceFiles.list();
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(summary.blobs).toBe(keys.length);
    expect((await restoredFiles.list()).sort()).toEqual([...keys].sort());
    for (const key of keys) expect((await restoredFiles.get(key))?.equals((await sourceFiles.get(key))!)).toBe(true);
  });

  it('refuses to restore into a database that has rows, and changes nothing in it', async () => {
    const before = await snapshotOf(target);
    await expect(restoreBackup(target, file, targetFiles())).rejects.toThrow(/The target database is not empty \(rows in .*case_studies.*\)[^]*Nothing was restored/);
    expect(await snapshotOf(target)).toEqual(before);
  });

  it('refuses a damaged or truncated file and writes nothing', async () => {
    const bytes = await readFile(file);
    const lines = readLines(bytes).map((line) => JSON.stringify(line));
    const rowIndex = lines.findIndex((line, index) => index > 0 && line.startsWith('[') && lines[index + 1].startsWith('['));
    const blobIndex = lines.findIndex((line) => line.startsWith('{"blob"'));
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(flipped.length / 2)] ^= 0xff;
    const damaged: [string, Buffer, RegExp][] = [
      ['cut in the middle', bytes.subarray(0, Math.floor(bytes.length * 0.6)), /is damaged or truncated: unexpected end of file/],
      // Where the flip lands decides which check sees it first: zlib, a row's shape or its values.
      ['a flipped byte', flipped, /Nothing was restored/],
      ['without its last line', gzipLines(lines.slice(0, -1)), /is damaged or truncated: it ends before its last line/],
      ['a row left out', gzipLines(lines.filter((_, index) => index !== rowIndex)), /is damaged or truncated: \d+ rows of \w+ read, \d+ written/],
      ['a malformed row', gzipLines(lines.map((line, index) => (index === rowIndex ? '["only one value"]' : line))), /is damaged or truncated: a row of \w+ is malformed/],
      ['not a backup', gzipLines(['{"hello":"world"}']), /is not a Twinning Exchange backup/],
      ['a stored file left out', gzipLines(lines.filter((_, index) => index !== blobIndex)), /is damaged or truncated: \d+ stored files read, \d+ written/],
    ];
    const empty = await openDatabase(true);
    const files = targetFiles();
    for (const [name, content, reason] of damaged) {
      const damagedFile = path.join(dir, `${name.replace(/ /g, '-')}.jsonl.gz`);
      await writeFile(damagedFile, content);
      await expect(restoreBackup(empty, damagedFile, files).then(() => name)).rejects.toThrow(reason);
      expect([name, await countRows(empty), await files.list()]).toEqual([name, 0, []]);
    }
    // And the same database then takes the intact file.
    await restoreBackup(empty, file, files);
    expect(await snapshotOf(empty)).toEqual(await snapshotOf(source));
  });

  it('refuses a backup made with other migrations, naming both lists', async () => {
    const lines = readLines(await readFile(file));
    const header = lines[0] as unknown as BackupHeader;
    const newer = path.join(dir, 'newer.jsonl.gz');
    await writeFile(newer, gzipLines([JSON.stringify({ ...header, migrations: [...header.migrations, 'FromTheFuture1999999999999'] }), ...lines.slice(1).map((line) => JSON.stringify(line))]));
    const empty = await openDatabase(false);
    await expect(restoreBackup(empty, newer, targetFiles())).rejects.toThrow(/other migrations than this code has[^]*backup: .*FromTheFuture1999999999999[^]*this code: /);
    expect(await countRows(empty)).toBe(0);
  });
});

/** Rows of the kinds the demo seed does not write, with values that a lossy copy would change; and a photo and a document with their bytes. */
async function addRowsTheSeedLeavesOut(dataSource: DataSource, files: FileStorage): Promise<void> {
  const [caseStudy] = (await dataSource.query(`SELECT id FROM case_studies WHERE status = 'published' ORDER BY id LIMIT 1`)) as { id: string }[];
  // Not the one the seed wrote a practice up from: a second write-up from it breaks case_studies_adapted_from.
  const [adaptation] = (await dataSource.query(
    `SELECT id FROM adaptations a WHERE NOT EXISTS (SELECT 1 FROM case_studies w WHERE w.adapted_from_id = a.id) ORDER BY id LIMIT 1`,
  )) as { id: string }[];
  const town = await insertMunicipality(dataSource, { nameLocal: 'Çanakkale "İç" \\ 🚲\nyeni satır', latitude: 0.1 + 0.2, longitude: -179.99999999999997, website: null });
  const user = await insertUser(dataSource, { municipalityId: town.id, verified: false, deactivated: true });
  await dataSource.query(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, '2026-01-02 03:04:05.123456+03', now(), 'infinity')`,
    [Buffer.from([0, 255, 92, 39, 10, ...randomBytes(8)]), user.id, randomBytes(16).toString('hex')],
  );
  await dataSource.query(`INSERT INTO sign_in_attempts (email, address, succeeded, attempted_at) VALUES ($1, '::1', false, '0044-03-15 12:00:00.000001+00 BC')`, [user.email]);
  // More rows than one cursor fetch (1,000) and one insert (500) take.
  await dataSource.query(
    `INSERT INTO sign_in_attempts (email, address, succeeded, attempted_at)
     SELECT $1, '192.0.2.' || (n % 250), n % 3 = 0, now() - n * interval '1 minute 0.000001 second' FROM generate_series(1, 2500) AS n`,
    [user.email],
  );
  await dataSource.query(
    `INSERT INTO invitations (token_hash, email, municipality_id, invited_by_id, expires_at) VALUES ($1, 'invited@example.org', $2, $3, now() + interval '7 days')`,
    [randomBytes(32), town.id, user.id],
  );
  // A used link with an expiry, and a recovery code without one; and the columns of a two-factor account.
  await dataSource.query(
    `INSERT INTO account_tokens (token_hash, purpose, user_id, expires_at, used_at) VALUES
       ($1, 'email_confirmation', $3, now() + interval '1 day', now()),
       ($2, 'recovery_code', $3, NULL, NULL)`,
    [randomBytes(32), randomBytes(32), user.id],
  );
  await dataSource.query(`UPDATE users SET totp_secret = 'JBSWY3DPEHPK3PXP', totp_enabled_at = now(), totp_last_time_step = 59882411 WHERE id = $1`, [user.id]);
  // A published translation: it and its revision point at each other, which a restore must re-link.
  const [translation] = (await dataSource.query(`INSERT INTO case_study_translations (case_study_id, language) VALUES ($1, 'de') RETURNING id`, [caseStudy.id])) as { id: string }[];
  const [translationRevision] = (await dataSource.query(
    `INSERT INTO case_study_translation_revisions (translation_id, number, texts, source_revision_id, municipality_id, submitted_by_id, status, decided_at, decision_comment)
     SELECT $1, 1, jsonb_build_object('title', 'Übersetzt: ' || (r.content->>'title'), 'summary', 'Zusammenfassung „ß“'), r.id, $2, $3, 'approved', now(), 'Treu.'
     FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id WHERE cs.id = $4 RETURNING id`,
    [translation.id, town.id, user.id, caseStudy.id],
  )) as { id: string }[];
  await dataSource.query(`UPDATE case_study_translations SET published_revision_id = $1 WHERE id = $2`, [translationRevision.id, translation.id]);
  const photoId = randomUUID();
  const documentId = randomUUID();
  const document = pdfBytes();
  await dataSource.query(
    `INSERT INTO case_study_files (id, case_study_id, kind, content_type, byte_size, alt_text, caption, title, width, height) VALUES
       ($1, $3, 'photo', 'image/jpeg', 300, 'A tram stop', 'Ş "quoted"', '', 480, 320),
       ($2, $3, 'document', 'application/pdf', $4, '', '', 'Minutes', NULL, NULL)`,
    [photoId, documentId, caseStudy.id, document.length],
  );
  await dataSource.query(`UPDATE case_studies SET cover_file_id = $1 WHERE id = $2`, [photoId, caseStudy.id]);
  await files.put(`${photoId}/small`, randomBytes(100), 'image/webp');
  await files.put(`${photoId}/large`, randomBytes(200), 'image/webp');
  await files.put(`${documentId}/original`, document, 'application/pdf');
  await dataSource.query(`UPDATE municipalities SET email_domains = ARRAY['canakkale.bel.tr', 'ç.example'] WHERE id = $1`, [town.id]);
  await dataSource.query(
    `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after) VALUES
       ($1, 'user.deactivated', 'user', $1, 'null'::jsonb, $2::jsonb),
       (NULL, 'case_study.created', 'case_study', $3, NULL, '{}'::jsonb)`,
    [user.id, '{"big": 12345678901234567890.123456789, "tiny": 1e-7, "text": "a\\nb \\"c\\" ş", "list": [1, null, true, []]}', caseStudy.id],
  );
  await dataSource.query(
    `INSERT INTO notifications (user_id, kind, case_study_id, title, decision, adaptation_id, read_at) VALUES
       ($1, 'decision', $2, 'Approved', 'approve', NULL, NULL),
       ($1, 'adaptation', $2, 'Adapted', NULL, $3, now())`,
    [user.id, caseStudy.id, adaptation.id],
  );
  // A question with a hidden answer and an open report (discussion_posts refers to itself).
  const [question] = (await dataSource.query(`INSERT INTO discussion_posts (case_study_id, author_id, body) VALUES ($1, $2, 'How did you fund it?') RETURNING id`, [caseStudy.id, user.id])) as {
    id: string;
  }[];
  const [answer] = (await dataSource.query(
    `INSERT INTO discussion_posts (case_study_id, question_id, author_id, body, hidden_at, hidden_by_id) VALUES ($1, $2, $3, 'From the EU programme.', now(), $3) RETURNING id`,
    [caseStudy.id, question.id, user.id],
  )) as { id: string }[];
  await dataSource.query(`INSERT INTO content_reports (target_kind, target_id, case_study_id, post_id, reporter_id, reason) VALUES ('post', $1, $2, $1, $3, 'Off topic')`, [
    answer.id,
    caseStudy.id,
    user.id,
  ]);
  await dataSource.query(`INSERT INTO notification_preferences (user_id, kind, channel) VALUES ($1, 'question_asked', 'digest')`, [user.id]);
  await dataSource.query(`INSERT INTO notification_digests (day, sent_at, recipients) VALUES (current_date - 1, now(), 2)`);
  const [collection] = (await dataSource.query(
    `INSERT INTO collections (title, text, featured) VALUES ('{"en": "Low-cost ideas", "tr": "Düşük maliyetli fikirler"}', '{"en": "Cheap to copy."}', true) RETURNING id`,
  )) as { id: string }[];
  await dataSource.query(`INSERT INTO collection_case_studies (collection_id, case_study_id, position) VALUES ($1, $2, 0)`, [collection.id, caseStudy.id]);
  // A practice written up from an adaptation of another: case_studies → adaptations → case_studies.
  await dataSource.query(`UPDATE case_studies SET adapted_from_id = $1 WHERE id = (SELECT id FROM case_studies WHERE status = 'draft' ORDER BY id LIMIT 1)`, [adaptation.id]);
  await dataSource.query(`INSERT INTO rate_limit_hits (key, window_start, hits) VALUES ('sign-in:192.0.2.7', date_trunc('minute', now()), 3)`);
  // A parked outbox row, and sequence values used by rows that are gone since.
  await dataSource.query(`INSERT INTO search_outbox (case_study_id, attempts, last_error, parked_at) VALUES ($1, 8, 'line one\nline two', now())`, [caseStudy.id]);
  await dataSource.query(`SELECT nextval('search_outbox_id_seq') FROM generate_series(1, 5)`);
}

interface Snapshot {
  /**
   * Every row of every table (TypeORM's aside), generated columns included, in the row's text
   * form: unlike to_jsonb(), it tells a jsonb 'null' from SQL NULL.
   */
  tables: Record<string, string[]>;
  sequences: { name: string; lastValue: string | null }[];
}

async function snapshotOf(dataSource: DataSource): Promise<Snapshot> {
  const tables: Record<string, string[]> = {};
  for (const { name } of await userTables(dataSource)) {
    const rows = (await dataSource.query(`SELECT t::text AS row FROM public."${name}" t ORDER BY 1`)) as { row: string }[];
    tables[name] = rows.map((row) => row.row);
  }
  const sequences = (await dataSource.query(`SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`)) as Snapshot['sequences'];
  return { tables, sequences };
}

async function countRows(dataSource: DataSource): Promise<number> {
  let count = 0;
  for (const { name } of await userTables(dataSource)) {
    const [row] = (await dataSource.query(`SELECT count(*)::int AS count FROM public."${name}"`)) as { count: number }[];
    count += row.count;
  }
  return count;
}

function userTables(dataSource: DataSource): Promise<{ name: string }[]> {
  return dataSource.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL($1) ORDER BY 1`, [TYPEORM_TABLES]);
}

function readLines(gzipped: Buffer): unknown[] {
  return gunzipSync(gzipped)
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

function gzipLines(lines: string[]): Buffer {
  return gzipSync(lines.map((line) => `${line}\n`).join(''));
}
