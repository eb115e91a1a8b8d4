import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { Logger } from 'nestjs-pino';
import { API_PREFIX } from '@twinning/contracts';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';
import { serveWebClient } from './common/web-client';
import { openApiDocument } from './common/openapi/openapi-document';
import { type AppConfig, type ResolvedConfig, tileOrigin } from './config/app-config';
import { METRICS_PATH, MetricsService } from './observability/metrics.service';
import { securityHeaders } from './observability/security-headers';

/** Builds the whole HTTP application; shared by main.ts and the integration tests. */
export async function createApp(config: ResolvedConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.use(app.get(MetricsService).measureRequests());
  app.use(securityHeaders({ tileOrigin: tileOrigin(config.mapTiles.urlTemplate) }));
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, credentials: true });
  app.useBodyParser('json', { limit: config.bodyLimitBytes });
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX.slice(1), { exclude: [METRICS_PATH.slice(1)] });
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  serveWebClient(app, config.webDistDir);
  SwaggerModule.setup(`${API_PREFIX.slice(1)}/docs`, app, () => openApiDocument(app));
  return app;
}

/**
 * Listens on the configured port and address (every interface when `host` is absent, as in
 * containers); shared by main.ts and the test that checks where a development portal listens.
 * Returns the address for the start log.
 */
export async function listenOnConfiguredAddress(app: INestApplication, config: Pick<AppConfig, 'port' | 'host'>): Promise<string> {
  await (config.host === undefined ? app.listen(config.port) : app.listen(config.port, config.host));
  const { address, port, family } = (app.getHttpServer() as Server).address() as AddressInfo;
  if (address === '::' || address === '0.0.0.0') return `http://localhost:${port} (every interface)`;
  return family === 'IPv6' ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}
