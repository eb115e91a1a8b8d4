import { HttpStatus, Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommonErrorCode } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';
import { PollingLoop } from '../common/polling-loop';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MetricsService } from '../observability/metrics.service';
import { type RateLimitBucket } from './rate-limit.decorator';
import { RateLimitRepository } from './rate-limit.repository';

const WINDOW_MS = 60_000;
/** How often an instance adds its counts to the shared ones and learns the other instances' counts. */
export const RATE_LIMIT_FLUSH_MS = 1_000;

interface WindowCount {
  windowStart: number;
  /** Every instance's hits in PostgreSQL, as of this instance's last flush (its own included). */
  shared: number;
  /** Hits being added to PostgreSQL right now. */
  flushing: number;
  /** Hits let through here and not yet sent to PostgreSQL. */
  pending: number;
}

/**
 * Fixed one-minute windows per bucket and client address, counted in this instance's memory and
 * added to the shared counts in PostgreSQL (`rate_limit_hits`) once a second in one statement.
 * A request never waits for the database: an upsert per search was most of what the API added
 * to Meilisearch's median (docs/benchmarks.md).
 *
 * Tolerance: within one instance the limit is exact. Across instances each learns the others'
 * counts at its next flush, so a client spreading its requests over N instances can get through,
 * beyond the limit, at most what it sent to the other N − 1 instances during the last second.
 */
@Injectable()
export class RateLimiter implements OnApplicationBootstrap, OnApplicationShutdown {
  /** The clock of the windows; a test fixes it so that no window ends in the middle of the test. */
  now: () => number = Date.now;
  private readonly counts = new Map<string, WindowCount>();
  private readonly logger = new Logger('RateLimiter');
  private readonly loop = new PollingLoop(() => this.flush().then(() => 0), RATE_LIMIT_FLUSH_MS, (error) => this.logger.warn(`Rate-limit flush failed: ${String(error)}`));

  constructor(
    private readonly repository: RateLimitRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    await this.flush();
  }

  /** Counts `cost` requests of `bucket` from `address`, or throws 429 with Retry-After when they would go over the limit. */
  charge(bucket: RateLimitBucket, address: string, cost = 1): void {
    const now = this.now();
    const windowStart = now - (now % WINDOW_MS);
    const key = `${bucket}:${address}`;
    let count = this.counts.get(key);
    // A new minute starts from zero; what the last one had not flushed yet no longer matters.
    if (!count || count.windowStart !== windowStart) {
      count = { windowStart, shared: 0, flushing: 0, pending: 0 };
      this.counts.set(key, count);
    }
    const limit = bucket === 'write' ? this.config.rateLimitWritesPerMinute : this.config.rateLimitSearchPerMinute;
    if (count.shared + count.flushing + count.pending + cost <= limit) {
      count.pending += cost;
      return;
    }
    this.metrics.rateLimited.inc({ bucket });
    const retryAfter = Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
    throw new AppException(
      HttpStatus.TOO_MANY_REQUESTS,
      CommonErrorCode.TooManyRequests,
      `Too many ${bucket === 'write' ? 'changes' : 'searches'} from your address: at most ${limit} a minute. Try again in ${retryAfter} s.`,
      undefined,
      { 'Retry-After': String(retryAfter) },
    );
  }

  /** Adds the pending counts to PostgreSQL and takes back the totals of every instance; forgets past windows. */
  async flush(): Promise<void> {
    const current = this.now() - (this.now() % WINDOW_MS);
    const batch = [...this.counts].filter(([, count]) => count.pending > 0);
    for (const [key, count] of this.counts) {
      if (count.windowStart < current && count.pending === 0 && count.flushing === 0) this.counts.delete(key);
    }
    if (batch.length === 0) return;
    for (const [, count] of batch) {
      count.flushing = count.pending;
      count.pending = 0;
    }
    try {
      const totals = await this.repository.addHits(batch.map(([key, count]) => ({ key, windowStart: new Date(count.windowStart), hits: count.flushing })));
      const byKey = new Map(totals.map((total) => [`${total.key}@${total.windowStart.getTime()}`, total.hits]));
      for (const [key, count] of batch) count.shared = byKey.get(`${key}@${count.windowStart}`) ?? count.shared + count.flushing;
    } catch (error) {
      for (const [, count] of batch) count.pending += count.flushing;
      throw error;
    } finally {
      for (const [, count] of batch) count.flushing = 0;
    }
  }
}
