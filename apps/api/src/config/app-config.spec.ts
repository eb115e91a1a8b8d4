import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, defaultDataDir, loadConfig, OPENSTREETMAP_TILES, tileOrigin } from './app-config';

const root = '/srv/portal';

describe('loadConfig', () => {
  it('gives development defaults when nothing is set', () => {
    const config = loadConfig({}, root);
    expect(config).toEqual({
      nodeEnv: 'development',
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      meiliHost: undefined,
      meiliMasterKey: undefined,
      searchIndexPrefix: '',
      dataDir: path.join(root, '.data'),
      localPostgresPort: 54329,
      localMeilisearchPort: 7719,
      seedOnStart: true,
      webDistDir: path.join(root, 'dist/apps/web'),
      publicUrl: 'http://localhost:3000',
      smtpUrl: undefined,
      mailFrom: 'Twinning Exchange <no-reply@localhost>',
      trustProxy: false,
      searchOutboxPollMs: 200,
      logLevel: 'info',
      corsOrigins: [],
      rateLimitWritesPerMinute: 300,
      rateLimitSearchPerMinute: 300,
      bodyLimitBytes: 1024 * 1024,
      anonymityMinTowns: 5,
      twoFactorRequiredForModerators: false,
      mapTiles: OPENSTREETMAP_TILES,
      fileStorage: { driver: 'local', directory: path.join(root, '.data', 'files') },
      fileQuotaBytesPerTown: 500 * 1024 * 1024,
    });
  });

  it('reads the accessibility statement\'s contact address, and refuses one that is not an e-mail address', () => {
    expect(loadConfig({}, root).accessibilityContactEmail).toBeUndefined();
    expect(loadConfig({ ACCESSIBILITY_CONTACT_EMAIL: ' access@town.example ' }, root).accessibilityContactEmail).toBe('access@town.example');
    expect(() => loadConfig({ ACCESSIBILITY_CONTACT_EMAIL: 'the town hall' }, root)).toThrow('ACCESSIBILITY_CONTACT_EMAIL must be an e-mail address');
  });

  it('reads a tile source for the map, and refuses a URL Leaflet could not fill in', () => {
    const config = loadConfig({ MAP_TILE_URL: 'https://tiles.town.example/osm/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© OpenStreetMap contributors', MAP_TILE_MAX_ZOOM: '17' }, root);
    expect(config.mapTiles).toEqual({ urlTemplate: 'https://tiles.town.example/osm/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors', maxZoom: 17 });
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tiles.town.example/osm.png' }, root)).toThrow('MAP_TILE_URL must hold {z}, {x} and {y}');
    expect(() => loadConfig({ MAP_TILE_URL: 'ftp://tiles.town.example/{z}/{x}/{y}.png' }, root)).toThrow(ConfigError);
    expect(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(tileOrigin('http://localhost:8080/tiles/{z}/{x}/{y}.png')).toBe('http://localhost:8080');
  });

  it('keeps the default data where the "postgres" user can reach it when root runs a checkout it cannot enter', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'closed-home-')); // mode 700, like /root
    try {
      const checkout = path.join(home, 'twinning');
      expect(defaultDataDir(checkout, false)).toBe('.data');
      expect(defaultDataDir(root, true)).toBe('.data');
      const dataDir = defaultDataDir(checkout, true);
      expect(dataDir).toMatch(/^\/var\/lib\/twinning-exchange\/data-twinning-[0-9a-f]{10}$/);
      expect(defaultDataDir(path.join(home, 'other', 'twinning'), true)).not.toBe(dataDir);
      expect(loadConfig({ DATA_DIR: '/srv/data' }, checkout).dataDir).toBe('/srv/data');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('reads the origins allowed cross-origin and the body limit', () => {
    const config = loadConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:5173', BODY_LIMIT: '512kb', LOG_LEVEL: 'debug' }, root);
    expect(config).toMatchObject({ corsOrigins: ['https://a.example.org', 'http://localhost:5173'], bodyLimitBytes: 512 * 1024, logLevel: 'debug' });
  });

  it('requires two-factor sign-in of admins and moderators in production unless told otherwise, and reads the key of the authenticator secrets', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', MEILI_HOST: 'http://meili:7700', MEILI_MASTER_KEY: 'k' };
    expect(loadConfig(production, root).twoFactorRequiredForModerators).toBe(true);
    expect(loadConfig({ ...production, TWO_FACTOR_REQUIRED_FOR_MODERATORS: 'false' }, root).twoFactorRequiredForModerators).toBe(false);
    expect(loadConfig({ TWO_FACTOR_REQUIRED_FOR_MODERATORS: 'true' }, root).twoFactorRequiredForModerators).toBe(true);
    expect(loadConfig({ TOTP_ENCRYPTION_KEY: 'ab'.repeat(32) }, root).totpEncryptionKey).toEqual(Buffer.alloc(32, 0xab));
  });

  it.each([
    [{ TOTP_ENCRYPTION_KEY: 'too-short' }, 'Configuration error: TOTP_ENCRYPTION_KEY must be 64 hexadecimal digits (32 bytes), such as the output of `openssl rand -hex 32`'],
    [{ PORT: 'abc' }, 'Configuration error: PORT must be an integer from 1 to 65535, got "abc"'],
    [{ CORS_ORIGINS: 'https://a.example.org/path' }, 'Configuration error: CORS_ORIGINS holds "https://a.example.org/path", which is not an origin like https://example.org'],
    [{ BODY_LIMIT: 'lots' }, 'Configuration error: BODY_LIMIT must be a size from 1kb to 100mb such as "512kb" or "1mb", got "lots"'],
    [{ LOG_LEVEL: 'loud' }, 'Configuration error: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"'],
    [{ RATE_LIMIT_SEARCH_PER_MINUTE: '0' }, 'Configuration error: RATE_LIMIT_SEARCH_PER_MINUTE must be an integer from 1 to 1000000, got "0"'],
    [{ PORT: '70000' }, 'Configuration error: PORT must be an integer from 1 to 65535, got "70000"'],
    [{ DATABASE_URL: 'not a url' }, 'Configuration error: DATABASE_URL is not a valid URL'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'Configuration error: DATABASE_URL must start with postgres:// or postgresql://'],
    [{ MEILI_HOST: 'ftp://x' }, 'Configuration error: MEILI_HOST must start with http:// or https://'],
    [{ MEILI_MASTER_KEY: 'k' }, 'Configuration error: MEILI_HOST is required when MEILI_MASTER_KEY is set'],
    [{ NODE_ENV: 'staging' }, 'Configuration error: NODE_ENV must be one of development, production, test, got "staging"'],
    [{ SEED_ON_START: 'yes' }, 'Configuration error: SEED_ON_START must be "true" or "false", got "yes"'],
    [{ SMTP_URL: 'http://mail' }, 'Configuration error: SMTP_URL must start with smtp:// or smtps://'],
    [{ SEARCH_INDEX_PREFIX: 'a b' }, 'Configuration error: SEARCH_INDEX_PREFIX may contain only letters, digits, "-" and "_"'],
    [{ NODE_ENV: 'production', MEILI_HOST: 'http://m:7700' }, 'Configuration error: DATABASE_URL is required in production (the embedded PostgreSQL is for development)'],
  ])('rejects %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env, root)).toThrow(ConfigError);
    expect(() => loadConfig(env, root)).toThrow(message);
  });

  it('requires a master key with an external Meilisearch in production', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', MEILI_HOST: 'http://m:7700' }, root),
    ).toThrow('Configuration error: MEILI_MASTER_KEY is required with MEILI_HOST in production');
  });

  describe('in production, with the placeholder secrets of docker/.env.example', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://twinning:s3cr3t@db/x', MEILI_HOST: 'http://m:7700', MEILI_MASTER_KEY: 'a-real-key-of-its-own' };
    /** `NAME=value` lines of the example file whose value is a placeholder. */
    const placeholders: Record<string, string> = Object.fromEntries(
      readFileSync(path.join(__dirname, '../../../../docker/.env.example'), 'utf8')
        .split('\n')
        .flatMap((line) => {
          const match = /^([A-Z_]+)=(change-me\S*)$/.exec(line);
          return match ? [[match[1], match[2]]] : [];
        }),
    );
    /** How the compose files hand each variable of the example file to the API. */
    const asApiSees: Record<string, (value: string) => Record<string, string>> = {
      MEILI_MASTER_KEY: (value) => ({ MEILI_MASTER_KEY: value }),
      POSTGRES_PASSWORD: (value) => ({ DATABASE_URL: `postgres://twinning:${value}@postgres:5432/twinning` }),
      // The compose files pass MinIO's root password as the S3 secret key.
      MINIO_ROOT_PASSWORD: (value) => ({ S3_SECRET_ACCESS_KEY: value, S3_ACCESS_KEY_ID: 'twinning', S3_BUCKET: 'twinning-files', S3_ENDPOINT: 'http://minio:9000' }),
    };

    it('finds the placeholders in the example file, each of which the API receives', () => {
      expect(Object.keys(placeholders).sort()).toEqual(Object.keys(asApiSees).sort());
    });

    it.each(Object.entries(asApiSees))('refuses to start while %s is its placeholder, naming the variable on one line', (name, apiEnv) => {
      const passed = apiEnv(placeholders[name]);
      const variable = Object.keys(passed)[0];
      const message = `Configuration error: ${variable} holds the placeholder "${placeholders[name]}" of docker/.env.example`;
      expect(() => loadConfig({ ...production, ...passed }, root)).toThrow(ConfigError);
      expect(() => loadConfig({ ...production, ...passed }, root)).toThrow(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^\n]*$`));
      expect(() => loadConfig({ ...production, NODE_ENV: 'development', ...passed }, root)).not.toThrow();
    });

    it('refuses a placeholder as the password of SMTP_URL too, and starts with real secrets', () => {
      expect(() => loadConfig({ ...production, SMTP_URL: 'smtp://mailer:change-me-openssl-rand-hex-32@smtp.example.org:587' }, root)).toThrow(
        /^Configuration error: SMTP_URL holds the placeholder "change-me-openssl-rand-hex-32" of docker\/\.env\.example as its password/,
      );
      expect(loadConfig(production, root).nodeEnv).toBe('production');
    });
  });

  it('never seeds on start in production unless asked', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', MEILI_HOST: 'http://m:7700', MEILI_MASTER_KEY: 'k' };
    expect(loadConfig(production, root).seedOnStart).toBe(false);
    expect(loadConfig({ ...production, SEED_ON_START: 'true' }, root).seedOnStart).toBe(true);
  });

  it('listens on 127.0.0.1 outside production and on every interface in production, unless HOST says otherwise', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', MEILI_HOST: 'http://m:7700', MEILI_MASTER_KEY: 'k' };
    expect(loadConfig({ NODE_ENV: 'test' }, root).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }, root).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::' }, root).host).toBe('::');
    expect(loadConfig(production, root).host).toBeUndefined();
    expect(loadConfig({ ...production, HOST: '127.0.0.1' }, root).host).toBe('127.0.0.1');
    expect(() => loadConfig({ HOST: 'http://0.0.0.0' }, root)).toThrow('Configuration error: HOST must be an address such as 127.0.0.1, 0.0.0.0 or ::, got "http://0.0.0.0"');
  });
});
