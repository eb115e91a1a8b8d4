import { createHash } from 'node:crypto';
import path from 'node:path';
import { type MapTileSource } from '@twinning/contracts';
import { firstClosedDirectory, ROOT_RUNTIME_DIR, runsAsRoot } from '../local-services/reachable';

/** Everything the API reads from its environment, parsed and checked once at boot. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** The address the portal listens on; absent (production's default): every interface, as containers need. */
  host?: string;
  /** Absent: an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl?: string;
  /** Absent: the packaged Meilisearch binary is started under `dataDir`. */
  meiliHost?: string;
  meiliMasterKey?: string;
  /** Prefixed to every Meilisearch index name, so several portals (or test files) can share one server. */
  searchIndexPrefix: string;
  /** Where the embedded services keep their data. */
  dataDir: string;
  /** Ports of the embedded PostgreSQL and the packaged Meilisearch, when they are started. */
  localPostgresPort: number;
  localMeilisearchPort: number;
  /** Load the starter municipalities and partnerships when the API starts. */
  seedOnStart: boolean;
  /** Directory of the built web client, served at `/`; absent when it has not been built. */
  webDistDir: string;
  /** Where people reach the portal; links in e-mails start with it. */
  publicUrl: string;
  /** `smtp://user:pass@host:587` or `smtps://…`; absent: e-mails are written to the log instead. */
  smtpUrl?: string;
  mailFrom: string;
  /** How often the search indexer looks for work when the outbox was empty, in milliseconds. */
  searchOutboxPollMs: number;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client address (rate limits). */
  trustProxy: boolean | number | string;
  /** The lowest level written to the JSON log. */
  logLevel: LogLevel;
  /** Origins allowed to call the API from another site's pages; empty: CORS stays closed. */
  corsOrigins: string[];
  /** Per client address and minute: writes (POST, PATCH, PUT, DELETE) and searches (search, export, similar). */
  rateLimitWritesPerMinute: number;
  rateLimitSearchPerMinute: number;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** An anonymous case study names its country (and kind of town) only while at least this many towns of the portal share them. */
  anonymityMinTowns: number;
  /** Admins and moderators must sign in with an authenticator code too (set it up at their first sign-in). */
  twoFactorRequiredForModerators: boolean;
  /** 32 bytes that seal the authenticator secrets in the database (AES-256-GCM); absent: stored as they are. */
  totpEncryptionKey?: Buffer;
  /** The map's background tiles, as the web client gets them from GET /api/v1/config. */
  mapTiles: MapTileSource;
  /** The address the accessibility statement gives for feedback (Directive (EU) 2016/2102); absent: the statement says none is given yet. */
  accessibilityContactEmail?: string;
  /** Where uploaded pictures and documents are kept: a folder under `dataDir`, or an S3-compatible bucket. */
  fileStorage: FileStorageConfig;
  /** How many bytes of stored files each town may have (its case studies' pictures and documents together). */
  fileQuotaBytesPerTown: number;
}

export type FileStorageConfig =
  | { driver: 'local'; directory: string }
  | { driver: 's3'; bucket: string; region: string; endpoint?: string; forcePathStyle: boolean; accessKeyId?: string; secretAccessKey?: string };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The configuration once the local services are started: both addresses are known, and whether
 * the database is the embedded one (the only one that gets demo accounts).
 */
export type ResolvedConfig = AppConfig & { databaseUrl: string; meiliHost: string; embeddedPostgres: boolean };

/** A variable that is missing or malformed; its message is the one line printed before exiting. */
export class ConfigError extends Error {
  constructor(variable: string, reason: string) {
    super(`Configuration error: ${variable} ${reason}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const NODE_ENVS = ['development', 'production', 'test'] as const;

export function loadConfig(env: Env = process.env, workspaceRoot = findWorkspaceRoot()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const databaseUrl = optionalUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const meiliHost = optionalUrl(env, 'MEILI_HOST', ['http:', 'https:']);
  const meiliMasterKey = optional(env, 'MEILI_MASTER_KEY');
  if (meiliMasterKey && !meiliHost) {
    throw new ConfigError('MEILI_HOST', 'is required when MEILI_MASTER_KEY is set');
  }
  if (nodeEnv === 'production' && !databaseUrl) {
    throw new ConfigError('DATABASE_URL', 'is required in production (the embedded PostgreSQL is for development)');
  }
  if (nodeEnv === 'production' && !meiliHost) {
    throw new ConfigError('MEILI_HOST', 'is required in production (the packaged Meilisearch is for development)');
  }
  if (meiliHost && nodeEnv === 'production' && !meiliMasterKey) {
    throw new ConfigError('MEILI_MASTER_KEY', 'is required with MEILI_HOST in production');
  }
  if (nodeEnv === 'production') refusePlaceholderSecrets(env);
  const port = integer(env, 'PORT', 3000, 1, 65535);
  const searchIndexPrefix = optional(env, 'SEARCH_INDEX_PREFIX') ?? '';
  if (!/^[a-zA-Z0-9_-]*$/.test(searchIndexPrefix)) {
    throw new ConfigError('SEARCH_INDEX_PREFIX', 'may contain only letters, digits, "-" and "_"');
  }
  const dataDir = path.resolve(workspaceRoot, optional(env, 'DATA_DIR') ?? defaultDataDir(workspaceRoot));
  return {
    nodeEnv,
    port,
    // Outside production a laptop's portal (with its demo accounts) stays off the café's network.
    host: hostAddress(env, 'HOST') ?? (nodeEnv === 'production' ? undefined : '127.0.0.1'),
    databaseUrl,
    meiliHost,
    meiliMasterKey,
    searchIndexPrefix,
    dataDir,
    localPostgresPort: integer(env, 'LOCAL_POSTGRES_PORT', 54329, 1, 65535),
    localMeilisearchPort: integer(env, 'LOCAL_MEILISEARCH_PORT', 7719, 1, 65535),
    seedOnStart: boolean(env, 'SEED_ON_START', nodeEnv !== 'production'),
    webDistDir: path.resolve(workspaceRoot, optional(env, 'WEB_DIST_DIR') ?? 'dist/apps/web'),
    publicUrl: (optionalUrl(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    smtpUrl: optionalUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: optional(env, 'MAIL_FROM') ?? 'Twinning Exchange <no-reply@localhost>',
    trustProxy: trustProxy(optional(env, 'TRUST_PROXY')),
    searchOutboxPollMs: integer(env, 'SEARCH_OUTBOX_POLL_MS', 200, 10, 60_000),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    rateLimitWritesPerMinute: integer(env, 'RATE_LIMIT_WRITES_PER_MINUTE', 300, 1, 1_000_000),
    rateLimitSearchPerMinute: integer(env, 'RATE_LIMIT_SEARCH_PER_MINUTE', 300, 1, 1_000_000),
    bodyLimitBytes: byteSize(env, 'BODY_LIMIT', 1024 * 1024),
    anonymityMinTowns: integer(env, 'ANONYMITY_MIN_TOWNS', 5, 2, 1000),
    twoFactorRequiredForModerators: boolean(env, 'TWO_FACTOR_REQUIRED_FOR_MODERATORS', nodeEnv === 'production'),
    totpEncryptionKey: key32(env, 'TOTP_ENCRYPTION_KEY'),
    mapTiles: {
      urlTemplate: tileUrlTemplate(env, 'MAP_TILE_URL') ?? OPENSTREETMAP_TILES.urlTemplate,
      attribution: optional(env, 'MAP_TILE_ATTRIBUTION') ?? OPENSTREETMAP_TILES.attribution,
      maxZoom: integer(env, 'MAP_TILE_MAX_ZOOM', OPENSTREETMAP_TILES.maxZoom, 1, 24),
    },
    accessibilityContactEmail: emailAddress(env, 'ACCESSIBILITY_CONTACT_EMAIL'),
    fileStorage: fileStorage(env, dataDir),
    fileQuotaBytesPerTown: integer(env, 'FILE_QUOTA_MB_PER_TOWN', 500, 1, 1_000_000) * 1024 * 1024,
  };
}

/** S3 when S3_BUCKET is set (AWS, or MinIO and the like through S3_ENDPOINT); otherwise `files` under DATA_DIR. */
function fileStorage(env: Env, dataDir: string): FileStorageConfig {
  const bucket = optional(env, 'S3_BUCKET');
  if (bucket === undefined) return { driver: 'local', directory: path.join(dataDir, 'files') };
  const endpoint = optionalUrl(env, 'S3_ENDPOINT', ['http:', 'https:']);
  const accessKeyId = optional(env, 'S3_ACCESS_KEY_ID');
  const secretAccessKey = optional(env, 'S3_SECRET_ACCESS_KEY');
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigError(accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID', 'is required with the other one (or leave both out to use the SDK\'s default credentials)');
  }
  return {
    driver: 's3',
    bucket,
    region: optional(env, 'S3_REGION') ?? 'us-east-1',
    endpoint,
    // MinIO and most self-hosted stores address buckets by path, not by host name.
    forcePathStyle: boolean(env, 'S3_FORCE_PATH_STYLE', endpoint !== undefined),
    accessKeyId,
    secretAccessKey,
  };
}

/**
 * `.data` in the checkout, except as root in a checkout the "postgres" user cannot enter (under
 * /root): the embedded PostgreSQL runs as that user, so the data then lives under /var/lib, in a
 * directory of this checkout's own (named after it, with a hash of its path), and the start log
 * says where.
 */
export function defaultDataDir(workspaceRoot: string, asRoot = runsAsRoot()): string {
  if (!asRoot || firstClosedDirectory(workspaceRoot) === null) return '.data';
  const checkout = path.resolve(workspaceRoot);
  const hash = createHash('sha256').update(checkout).digest('hex').slice(0, 10);
  return path.join(ROOT_RUNTIME_DIR, `data-${path.basename(checkout)}-${hash}`);
}

/** The directory holding the workspace's package.json: relative paths in the config start there. */
export function findWorkspaceRoot(): string {
  // Compiled: dist/apps/api/config; from source (tests): apps/api/src/config. Both are four levels down.
  return path.resolve(__dirname, '../../../..');
}

/**
 * docker/.env.example gives every secret a placeholder starting with "change-me" (such as
 * `change-me-openssl-rand-hex-32`). Anyone who has read the repository knows them, so production
 * does not start while one is in use, and says which variable holds it.
 */
const PLACEHOLDER_SECRET = /^change-me/i;

function refusePlaceholderSecrets(env: Env): void {
  const secrets: [variable: string, secret: string | undefined, where: string][] = [
    ['MEILI_MASTER_KEY', optional(env, 'MEILI_MASTER_KEY'), ''],
    ['TOTP_ENCRYPTION_KEY', optional(env, 'TOTP_ENCRYPTION_KEY'), ''],
    // docker/compose.yaml builds it from POSTGRES_PASSWORD.
    ['DATABASE_URL', urlPassword(optional(env, 'DATABASE_URL')), ' as its password (POSTGRES_PASSWORD in docker/.env)'],
    ['SMTP_URL', urlPassword(optional(env, 'SMTP_URL')), ' as its password'],
    ['S3_SECRET_ACCESS_KEY', optional(env, 'S3_SECRET_ACCESS_KEY'), ''],
  ];
  for (const [variable, secret, where] of secrets) {
    if (secret !== undefined && PLACEHOLDER_SECRET.test(secret)) {
      throw new ConfigError(variable, `holds the placeholder "${secret}" of docker/.env.example${where}; production needs a secret of its own, such as the output of \`openssl rand -hex 32\``);
    }
  }
}

/** The decoded password of a URL that loadConfig has already checked; undefined without one. */
function urlPassword(url: string | undefined): string | undefined {
  const password = url === undefined ? '' : new URL(url).password;
  return password ? decodeURIComponent(password) : undefined;
}

/** OpenStreetMap's own tiles, with the attribution its tile usage policy asks for. */
export const OPENSTREETMAP_TILES: MapTileSource = {
  urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 19,
};

/** An http(s) URL template with the {z}, {x} and {y} that Leaflet fills in. */
function tileUrlTemplate(env: Env, name: string): string | undefined {
  const value = optionalUrl(env, name, ['http:', 'https:']);
  if (value !== undefined && !['{z}', '{x}', '{y}'].every((part) => value.includes(part))) {
    throw new ConfigError(name, `must hold {z}, {x} and {y}, such as https://tiles.example.org/{z}/{x}/{y}.png, got "${value}"`);
  }
  return value;
}

/** The origin a browser loads tiles from, for the Content-Security-Policy; a `{s}` subdomain becomes a wildcard. */
export function tileOrigin(urlTemplate: string): string {
  return /^https?:\/\/[^/]+/.exec(urlTemplate)![0].replace('{s}', '*');
}

/** An IP address or a host name, as Node's `server.listen` takes it. */
function hostAddress(env: Env, name: string): string | undefined {
  const value = optional(env, name);
  if (value !== undefined && !/^[a-zA-Z0-9.:-]+$/.test(value)) {
    throw new ConfigError(name, `must be an address such as 127.0.0.1, 0.0.0.0 or ::, got "${value}"`);
  }
  return value;
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** A comma-separated list of origins such as `https://town.example.org`. */
function origins(env: Env, name: string): string[] {
  const value = optional(env, name);
  if (value === undefined) return [];
  return value.split(',').map((entry) => {
    const origin = entry.trim();
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(name, `holds "${origin}", which is not an origin like https://example.org`);
    }
    if (url.origin !== origin) throw new ConfigError(name, `holds "${origin}", which is not an origin like https://example.org`);
    return origin;
  });
}

/** `512kb`, `1mb` or a number of bytes. */
function byteSize(env: Env, name: string, fallback: number): number {
  const value = optional(env, name);
  if (value === undefined) return fallback;
  const match = /^(\d+)(b|kb|mb)?$/i.exec(value);
  const bytes = match ? Number(match[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[(match[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb'] : NaN;
  if (!(bytes >= 1024 && bytes <= 100 * 1024 * 1024)) throw new ConfigError(name, `must be a size from 1kb to 100mb such as "512kb" or "1mb", got "${value}"`);
  return bytes;
}

/** 32 random bytes, written as 64 hexadecimal digits (`openssl rand -hex 32`). */
function key32(env: Env, name: string): Buffer | undefined {
  const value = optional(env, name);
  if (value === undefined) return undefined;
  if (!/^[0-9a-fA-F]{64}$/.test(value)) throw new ConfigError(name, 'must be 64 hexadecimal digits (32 bytes), such as the output of `openssl rand -hex 32`');
  return Buffer.from(value, 'hex');
}

function emailAddress(env: Env, name: string): string | undefined {
  const value = optional(env, name);
  if (value !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw new ConfigError(name, `must be an e-mail address such as accessibility@town.example, got "${value}"`);
  return value;
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function optionalUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const value = optional(env, name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = optional(env, name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max}, got "${value}"`);
  }
  return parsed;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = optional(env, name);
  if (value === undefined) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(name, `must be "true" or "false", got "${value}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = optional(env, name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}
