import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type NextFunction, type Request, type Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { SearchOutboxRepository } from '../search/search-outbox.repository';

/** Where Prometheus scrapes each instance; outside /api, and to be kept from the public by the proxy. */
export const METRICS_PATH = '/metrics';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The Prometheus metrics of one API instance, in a registry of its own (so test apps in one
 * process don't collide). Gauges about shared state (outbox, moderation queue) are read from
 * PostgreSQL at scrape time, so every instance reports the same truth.
 */
@Injectable()
export class MetricsService {
  private readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by route pattern, method and status, in seconds.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly searchDuration = new Histogram({
    name: 'search_duration_seconds',
    help: 'Case study searches by the engine that answered (meilisearch, or postgres while degraded), in seconds.',
    labelNames: ['engine'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly searchOutboxFailures = new Counter({
    name: 'search_outbox_failures_total',
    help: 'Outbox batches this instance failed to write to Meilisearch (retried with backoff).',
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'rate_limited_requests_total',
    help: 'Requests refused with 429 by the per-address rate limits.',
    labelNames: ['bucket'] as const,
    registers: [this.registry],
  });

  /** Read from PostgreSQL by `scrape()`, once per scrape. */
  private readonly outboxPending = this.gauge('search_outbox_pending', 'Changes waiting to reach the search index.');
  private readonly outboxOldestPending = this.gauge('search_outbox_oldest_pending_seconds', 'Age of the oldest change waiting to reach the search index: the indexing lag.');
  private readonly outboxParked = this.gauge('search_outbox_parked', 'Changes given up after repeated failures; `npm run search:reindex` recovers them.');
  private readonly moderationQueueLength = this.gauge('moderation_queue_length', 'Case studies waiting for a moderator’s decision.');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: SearchOutboxRepository,
  ) {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The Prometheus text of every metric, the shared-state gauges read fresh (one query each, not one per gauge). */
  async scrape(): Promise<string> {
    const [outbox, [{ count: moderationQueueLength }]] = await Promise.all([
      this.outbox.stats(),
      this.dataSource.query(`SELECT count(*)::int AS count FROM case_studies WHERE status = 'submitted'`) as Promise<{ count: number }[]>,
    ]);
    this.outboxPending.set(outbox.pending);
    this.outboxOldestPending.set(outbox.oldestPendingSeconds ?? 0);
    this.outboxParked.set(outbox.parked);
    this.moderationQueueLength.set(moderationQueueLength);
    return this.registry.metrics();
  }

  /** Express middleware timing every request by its route pattern (never the raw URL, which would explode the label set). */
  measureRequests() {
    return (request: Request, response: Response, next: NextFunction) => {
      const stop = this.httpRequestDuration.startTimer();
      response.on('finish', () => {
        const route = (request.route as { path?: string } | undefined)?.path;
        stop({ method: request.method, route: route ?? (request.path.startsWith('/api') ? 'unmatched' : 'web client'), status_code: String(response.statusCode) });
      });
      next();
    };
  }

  /** Times a search and counts it under the engine it reports. */
  async timeSearch<T extends { degraded: boolean }>(search: () => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    const result = await search();
    this.searchDuration.observe({ engine: result.degraded ? 'postgres' : 'meilisearch' }, Number(process.hrtime.bigint() - started) / 1e9);
    return result;
  }

  private gauge(name: string, help: string): Gauge {
    return new Gauge({ name, help, registers: [this.registry] });
  }
}
