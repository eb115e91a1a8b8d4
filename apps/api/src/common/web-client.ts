import { existsSync } from 'node:fs';
import path from 'node:path';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { API_PREFIX } from '@twinning/contracts';
import express, { type NextFunction, type Request, type Response } from 'express';
import { METRICS_PATH } from '../observability/metrics.service';

/** Vite names the files under assets/ by their content hash, so they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all) names the current hashed files: ask before reusing it. */
const REVALIDATE = 'no-cache';

/** The precompressed variants the build writes beside each text file (apps/web/precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type ContentEncoding = (typeof ENCODINGS)[number]['name'];

/** Files the build may have precompressed, with the Content-Type their variants must keep. */
const COMPRESSIBLE_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves the built web client from `dir`: its files as they are, and index.html for every other
 * GET outside /api, so client-side routes (/towns/…) load on refresh. Nothing happens when the
 * client has not been built. (Written here rather than with @nestjs/serve-static, whose error
 * handler turns every error under an excluded path, such as malformed JSON on /api, into a 404.)
 *
 * Text files go out as the brotli or gzip file the build wrote beside them, whichever the browser
 * accepts, so nothing is compressed per request.
 */
export function serveWebClient(app: NestExpressApplication, dir: string): void {
  if (!existsSync(path.join(dir, 'index.html'))) return;
  const isApi = (request: Request) => request.path === API_PREFIX || request.path.startsWith(`${API_PREFIX}/`) || request.path === METRICS_PATH;
  const isReadOf = (request: Request) => (request.method === 'GET' || request.method === 'HEAD') && !isApi(request);

  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!isReadOf(request)) return next();
    sendPrecompressed(dir, request.path, request, response, next);
  });
  // Only for the client's reads: a search must not cost a look on disk for a file named like it.
  const files = express.static(dir, {
    index: false,
    setHeaders: (response, file) => response.setHeader('Cache-Control', cacheControlOf(path.relative(dir, file))),
  });
  app.use((request: Request, response: Response, next: NextFunction) => (isReadOf(request) ? files(request, response, next) : next()));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!isReadOf(request)) return next();
    sendPrecompressed(dir, '/index.html', request, response, () => {
      response.setHeader('Cache-Control', REVALIDATE);
      response.sendFile(path.join(dir, 'index.html'));
    });
  });
}

/**
 * Sends the best precompressed variant of `urlPath` the request accepts, with the original's
 * Content-Type and `Vary: Accept-Encoding`; calls `next` when there is none (no such file, not
 * compressible, nothing accepted), so the plain file is served instead.
 */
function sendPrecompressed(dir: string, urlPath: string, request: Request, response: Response, next: () => void): void {
  const contentType = COMPRESSIBLE_TYPES[path.extname(urlPath).toLowerCase()];
  if (!contentType) return next();
  // Caches must keep the variants apart, the plain one included.
  response.vary('Accept-Encoding');
  const candidates = acceptedEncodings(request.get('accept-encoding'));
  const tryNext = (index: number): void => {
    const encoding = ENCODINGS.find((candidate) => candidate.name === candidates[index]);
    if (!encoding) return next();
    // `root` makes send decode the path and refuse any that climbs out of `dir` or names a dotfile.
    response.sendFile(
      `${urlPath}${encoding.suffix}`,
      {
        root: dir,
        cacheControl: false,
        headers: { 'Content-Type': contentType, 'Content-Encoding': encoding.name, 'Cache-Control': cacheControlOf(urlPath) },
      },
      (error?: Error) => {
        if (!error) return;
        // No such variant (none is written for a tiny file) or a malformed path: try the next one.
        if (!response.headersSent) tryNext(index + 1);
      },
    );
  };
  tryNext(0);
}

function cacheControlOf(relativePath: string): string {
  return /^\/?assets[/\\]/.test(relativePath) ? IMMUTABLE : REVALIDATE;
}

/**
 * The precompressed encodings `Accept-Encoding` allows, best first (br before gzip whatever the
 * header's order, since brotli files are smaller): a coding counts when named, or covered by `*`,
 * with a q-value above 0.
 */
export function acceptedEncodings(header: string | undefined): ContentEncoding[] {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (!coding) continue;
    const q = params.map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param)).find(Boolean);
    weights.set(coding.trim(), q ? Number(q[1]) : 1);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  return ENCODINGS.map((encoding) => encoding.name).filter((name) => weightOf(name) > 0);
}
