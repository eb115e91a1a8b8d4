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
 * A whole path segment or query value of 40 or more URL-safe base64 characters: an invitation,
 * confirmation or reset token (43 of them), or any such secret. A UUID (36) stays readable.
 */
const TOKEN_LIKE = /(?<=[/=])[A-Za-z0-9_-]{40,}(?=[/?&#]|$)/g;

/**
 * The URL as the log may keep it: every token-like path segment or query value replaced by
 * `[token]`. Masking by shape rather than by route covers every route that takes a
 * token, any spelling of it that Express accepts, and tokens in query strings.
 */
export function withoutTokens(url: string): string {
  return url.replace(TOKEN_LIKE, '[token]');
}

/**
 * JSON lines on stdout through pino (nestjs-pino): one per request when it ends, and every log
 * line written while handling a request carries its `reqId`. Cookies, the CSRF token,
 * passwords, request bodies and the tokens of account links never reach the log.
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
        req: (request: { id: string; method: string; url: string; remoteAddress?: string }) => ({ id: request.id, method: request.method, url: withoutTokens(request.url), remoteAddress: request.remoteAddress }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', '*.password'], remove: true },
      // Health checks and scrapes every few seconds would drown the log.
      autoLogging: { ignore: (request) => request.url === METRICS_PATH || (request.url?.startsWith(ApiRoutes.health) ?? false) },
    },
  });
}
