import { type Role } from '@twinning/contracts';
import { randomBytes } from 'node:crypto';
import { type DataSource, type EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/password-hasher';
import { ConfigError, type ResolvedConfig } from '../../config/app-config';

/** The password of every demo account (listed in the README): public, so never in production. */
export const DEMO_PASSWORD = 'twinning-demo-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  /** Starter-data key of the staff member's municipality. */
  municipality?: string;
  /** false: a self-registration still waiting in the verification queue. */
  verified: boolean;
}

/** Bursa and Darmstadt are twinned (since 1971), so their staff see each other as partners. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.twinning.test', displayName: 'Ada Admin', role: 'admin', verified: true },
  { email: 'moderator@demo.twinning.test', displayName: 'Mert Moderatör', role: 'moderator', verified: true },
  { email: 'bursa@demo.twinning.test', displayName: 'Burcu Yılmaz', role: 'staff', municipality: 'tr-bursa', verified: true },
  { email: 'darmstadt@demo.twinning.test', displayName: 'Dieter Schmidt', role: 'staff', municipality: 'de-darmstadt', verified: true },
  { email: 'izmir@demo.twinning.test', displayName: 'İpek Demir', role: 'staff', municipality: 'tr-izmir', verified: true },
  { email: 'pending@demo.twinning.test', displayName: 'Kaan Öztürk', role: 'staff', municipality: 'tr-istanbul-kadikoy', verified: false },
];

/** Creates the demo accounts that do not exist yet; an existing one is left as it is. Returns how many were created. */
export async function seedDemoAccounts(dataSource: DataSource): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const rows = (await dataSource.query(
      // Every demo address counts as proven: the pending one waits in the verification queue.
      `INSERT INTO users (email, display_name, password_hash, role, municipality_id, verified_at, email_confirmed_at)
       SELECT $1, $2, $3, $4, (SELECT id FROM municipalities WHERE slug = $5), CASE WHEN $6 THEN now() END, now()
       ON CONFLICT (email) DO NOTHING
       RETURNING id`,
      [account.email, account.displayName, passwordHash, account.role, account.municipality ?? null, account.verified],
    )) as { id: string }[];
    created += rows.length;
  }
  return created;
}

/** Names for the staff of towns that have demo content but no demo account, by country; other countries take `default`. */
const DEMO_STAFF_NAMES: Record<string, string[]> = {
  TR: ['Elif Kaya', 'Murat Şahin', 'Zeynep Aydın', 'Emre Çelik', 'Selin Arslan', 'Hakan Doğan', 'Ayşe Koç', 'Burak Yıldız'],
  DE: ['Anna Becker', 'Lukas Hoffmann', 'Julia Wagner', 'Stefan Richter', 'Katrin Wolf', 'Jan Neumann'],
  default: ['Maria Ionescu', 'Péter Nagy', 'Ingrid Lund', 'Elena Petrova', 'Tomas Novak', 'Laura García'],
};

/** A name for a town's staff member, the same for the same town on every run. */
export function demoStaffName(country: string, townKey: string): string {
  const names = DEMO_STAFF_NAMES[country] ?? DEMO_STAFF_NAMES.default;
  const seed = [...townKey].reduce((sum, character) => (sum * 31 + character.charCodeAt(0)) % 1_000_003, 7);
  return names[seed % names.length];
}

let unusablePasswordHash: Promise<string> | undefined;

/**
 * The staff member in whose name a town's demo content is written (submissions, adaptations,
 * check-ins): its first verified staff account, else one made for it under `name`, so that no
 * demo story reads "a former member of staff". Nobody can sign in to a made one: its password
 * is random and thrown away. Returns the account's id.
 */
export async function demoStaffOf(manager: EntityManager, municipalityId: string, name: string): Promise<string> {
  const [existing] = (await manager.query(
    `SELECT id FROM users WHERE municipality_id = $1 AND role = 'staff' AND verified_at IS NOT NULL ORDER BY created_at, id LIMIT 1`,
    [municipalityId],
  )) as { id: string }[];
  if (existing) return existing.id;
  unusablePasswordHash ??= hashPassword(randomBytes(32).toString('base64url'));
  const [created] = (await manager.query(
    `INSERT INTO users (email, display_name, password_hash, role, municipality_id, verified_at, email_confirmed_at)
     SELECT 'staff.' || slug || '@demo.twinning.test', $2, $3, 'staff', id, now(), now() FROM municipalities WHERE id = $1
     ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email
     RETURNING id`,
    [municipalityId, name, await unusablePasswordHash],
  )) as { id: string }[];
  return created.id;
}

/**
 * Demo data belongs to a development portal on its own embedded PostgreSQL: never production, and
 * never a database named by DATABASE_URL, which may be shared or become production's.
 */
export function demoDataAllowed(config: Pick<ResolvedConfig, 'nodeEnv' | 'embeddedPostgres'>): boolean {
  return config.nodeEnv !== 'production' && config.embeddedPostgres;
}

/** The demo accounts in the database, by e-mail address, however they got there (a seed, a restored backup). */
export async function findDemoAccounts(dataSource: DataSource): Promise<string[]> {
  const rows = (await dataSource.query(`SELECT email FROM users WHERE email = ANY($1) ORDER BY email`, [DEMO_ACCOUNTS.map((account) => account.email)])) as { email: string }[];
  return rows.map((row) => row.email);
}

/**
 * What the start says about demo accounts: a line for the log while any exists, or, in
 * production, a refusal to start (their password is public).
 */
export async function checkDemoAccounts(dataSource: DataSource, nodeEnv: ResolvedConfig['nodeEnv']): Promise<string | undefined> {
  const emails = await findDemoAccounts(dataSource);
  if (emails.length === 0) return undefined;
  if (nodeEnv === 'production') {
    throw new ConfigError('NODE_ENV', `is production, but the database holds demo accounts, whose password is public (${emails.join(', ')}): delete them, then start again`);
  }
  return `Demo accounts exist: ${emails.join(', ')} (password in the README); they are for local use only`;
}
