import { existsSync } from 'node:fs';
import path from 'node:path';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { API_PREFIX } from '@twinning/contracts';
import { type NextFunction, type Request, type Response } from 'express';
import { METRICS_PATH } from '../observability/metrics.service';

/**
 * Serves the built web client from `dir`: its files as they are, and index.html for every other
 * GET outside /api, so client-side routes (/towns/…) load on refresh. Nothing happens when the
 * client has not been built. (Written here rather than with @nestjs/serve-static, whose error
 * handler turns every error under an excluded path, such as malformed JSON on /api, into a 404.)
 */
export function serveWebClient(app: NestExpressApplication, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dir, {
    index: false,
    // Vite names the files under assets/ by their content hash, so they never change.
    setHeaders: (response, file) => {
      if (file.includes(`${path.sep}assets${path.sep}`)) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isApi = request.path === API_PREFIX || request.path.startsWith(`${API_PREFIX}/`) || request.path === METRICS_PATH;
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApi) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
