import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { ApiRoutes } from '@twinning/contracts';
import { LoggerModule } from 'nestjs-pino';
import { type AppConfig } from '../config/app-config';
import { METRICS_PATH } from './metrics.service';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A request id from the proxy is kept when it looks like one; otherwise each request gets a new one. */
function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

/**
 * JSON lines on stdout through pino (nestjs-pino): one per request when it ends, and every log
 * line written while handling a request carries its `reqId`. Cookies, the CSRF token and
 * passwords never reach the log.
 */
export function loggingModule(config: Pick<AppConfig, 'logLevel'>) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      genReqId: requestId,
      // Lines logged while handling a request carry just its id, as `reqId`.
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'reqId' },
      customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (request: { id: string; method: string; url: string; remoteAddress?: string }) => ({ id: request.id, method: request.method, url: request.url, remoteAddress: request.remoteAddress }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', '*.password'], remove: true },
      // Health checks and scrapes every few seconds would drown the log.
      autoLogging: { ignore: (request) => request.url === METRICS_PATH || (request.url?.startsWith(ApiRoutes.health) ?? false) },
    },
  });
}
