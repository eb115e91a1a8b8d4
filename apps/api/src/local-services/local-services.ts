import path from 'node:path';
import { type AppConfig, type ResolvedConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { type LocalService, type ServiceLog } from './local-service';
import { startPackagedMeilisearch } from './packaged-meilisearch';

export interface ResolvedServices {
  /** The configuration with the local servers' addresses filled in. */
  config: ResolvedConfig;
  /** Stops what was started here (nothing, when both services were given). */
  stop(): Promise<void>;
}

/**
 * Starts an embedded PostgreSQL when DATABASE_URL is not set and the packaged Meilisearch when
 * MEILI_HOST is not set (and `meilisearch` is wanted), with their data under `config.dataDir`.
 */
export async function startLocalServices(config: AppConfig, log: ServiceLog, { meilisearch: wantsMeilisearch = true } = {}): Promise<ResolvedServices> {
  const started: LocalService[] = [];
  const stop = async () => {
    for (const service of started.reverse()) await service.stop();
    started.length = 0;
  };
  try {
    let { databaseUrl, meiliHost, meiliMasterKey } = config;
    if (!databaseUrl || (!meiliHost && wantsMeilisearch)) log(`local data under ${config.dataDir}`);
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({
        databaseDir: path.join(config.dataDir, 'postgres'),
        port: config.localPostgresPort,
        database: 'twinning',
        persistent: true,
        log,
      });
      started.push(postgres);
      databaseUrl = postgres.databaseUrl;
    }
    if (!meiliHost && wantsMeilisearch) {
      const meilisearch = await startPackagedMeilisearch({
        dataDir: path.join(config.dataDir, 'meilisearch'),
        port: config.localMeilisearchPort,
        log,
      });
      started.push(meilisearch);
      meiliHost = meilisearch.host;
      meiliMasterKey = meilisearch.masterKey;
    }
    // Without Meilisearch (tools that need only PostgreSQL) the address stays empty.
    return { config: { ...config, databaseUrl, meiliHost: meiliHost ?? '', meiliMasterKey, embeddedPostgres: !config.databaseUrl }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
