import { type CanActivate, type ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonErrorCode } from '@twinning/contracts';
import { type Request } from 'express';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app.exception';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MetricsService } from '../observability/metrics.service';

export type RateLimitBucket = 'write' | 'search';

/** Searches cost the most (Meilisearch, or PostgreSQL's fallback); they have their own limit. */
const SEARCH_PATHS = [/^\/api\/v1\/search(\/export)?$/, /^\/api\/v1\/case-studies\/[^/]+\/similar$/];
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function bucketOf(method: string, path: string): RateLimitBucket | null {
  if (WRITE_METHODS.has(method)) return 'write';
  if (SEARCH_PATHS.some((pattern) => pattern.test(path))) return 'search';
  return null;
}

/**
 * Per client address and minute, writes and searches beyond the configured limits get 429 with
 * Retry-After (the seconds left in the minute). A fixed window counted in PostgreSQL with one
 * upsert, so it holds across API instances. Reads of pages stay unlimited.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const bucket = bucketOf(request.method, request.path);
    if (!bucket) return true;
    const limit = bucket === 'write' ? this.config.rateLimitWritesPerMinute : this.config.rateLimitSearchPerMinute;
    const [{ hits, retry_after }] = (await this.dataSource.query(
      `INSERT INTO rate_limit_hits (key, window_start, hits) VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
       RETURNING hits, ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS retry_after`,
      [`${bucket}:${request.ip ?? 'unknown'}`],
    )) as { hits: number; retry_after: number }[];
    if (hits <= limit) return true;
    this.metrics.rateLimited.inc({ bucket });
    const retryAfter = Math.max(1, retry_after);
    throw new AppException(
      HttpStatus.TOO_MANY_REQUESTS,
      CommonErrorCode.TooManyRequests,
      `Too many ${bucket === 'write' ? 'changes' : 'searches'} from your address: at most ${limit} a minute. Try again in ${retryAfter} s.`,
      undefined,
      { 'Retry-After': String(retryAfter) },
    );
  }
}
