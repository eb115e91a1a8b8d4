import { type DataSource, type QueryRunner } from 'typeorm';
import { type BackupSequence, type BackupTable } from './backup-format';

/**
 * TypeORM's own tables are left out: the migrations table is rebuilt by running the migrations
 * on restore (and the backup's list is checked against it), and typeorm_metadata is written by
 * those migrations, with the database's own name in it.
 */
export function excludedTables(dataSource: DataSource): string[] {
  return [dataSource.options.migrationsTableName ?? 'migrations', dataSource.options.metadataTableName ?? 'typeorm_metadata'];
}

/**
 * Values travel in PostgreSQL's text form: the settings that shape it, applied (SET LOCAL) by the
 * backup that prints them and by the restore that reads them back, so both agree.
 */
export async function useBackupTextForm(runner: QueryRunner): Promise<void> {
  await runner.query(`SET LOCAL DateStyle = 'ISO, YMD'`);
  await runner.query(`SET LOCAL IntervalStyle = 'postgres'`);
  await runner.query(`SET LOCAL TimeZone = 'UTC'`);
  await runner.query(`SET LOCAL extra_float_digits = 1`);
  await runner.query(`SET LOCAL bytea_output = 'hex'`);
}

/** `"name"`, for table and column names in SQL. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualifiedTable(name: string): string {
  return `public.${quoteIdentifier(name)}`;
}

/**
 * The tables of the public schema and their stored columns in order. Generated columns
 * (attgenerated, information_schema's is_generated <> 'NEVER') are left out: PostgreSQL
 * computes them again on insert and refuses values for them.
 */
export async function listTables(runner: QueryRunner, excluded: string[]): Promise<BackupTable[]> {
  return (await runner.query(
    `SELECT c.relname AS name,
            json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod)) ORDER BY a.attnum) AS columns
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> ALL($1)
     GROUP BY c.relname
     ORDER BY c.relname`,
    [excluded],
  )) as BackupTable[];
}

export interface ForeignKey {
  table: string;
  name: string;
  /** pg_get_constraintdef(): `FOREIGN KEY (…) REFERENCES …(…) ON DELETE …`. */
  definition: string;
}

export async function listForeignKeys(runner: QueryRunner): Promise<ForeignKey[]> {
  return (await runner.query(
    `SELECT c.relname AS table, con.conname AS name, pg_get_constraintdef(con.oid) AS definition
     FROM pg_constraint con
     JOIN pg_class c ON c.oid = con.conrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE con.contype = 'f' AND n.nspname = 'public'
     ORDER BY c.relname, con.conname`,
  )) as ForeignKey[];
}

/**
 * Sequences of the public schema (serial and identity columns), but those of the excluded
 * tables; values as text, they are bigints.
 */
export async function listSequences(runner: QueryRunner, excluded: string[]): Promise<BackupSequence[]> {
  return (await runner.query(
    `SELECT format('%I.%I', s.schemaname, s.sequencename) AS name, s.last_value::text AS "lastValue"
     FROM pg_sequences s
     WHERE s.schemaname = 'public'
       AND NOT EXISTS (
         SELECT 1 FROM pg_depend d JOIN pg_class owner ON owner.oid = d.refobjid
         WHERE d.classid = 'pg_class'::regclass AND d.objid = format('%I.%I', s.schemaname, s.sequencename)::regclass
           AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') AND owner.relname = ANY($1))
     ORDER BY s.sequencename`,
    [excluded],
  )) as BackupSequence[];
}

/** Names of the migrations applied to this database, in the order they ran. */
export async function appliedMigrations(runner: QueryRunner, dataSource: DataSource): Promise<string[]> {
  const table = qualifiedTable(dataSource.options.migrationsTableName ?? 'migrations');
  return ((await runner.query(`SELECT name FROM ${table} ORDER BY id`)) as { name: string }[]).map((row) => row.name);
}
