import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type HealthReport, type ServiceHealth } from '@twinning/contracts';
import { DataSource } from 'typeorm';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { SearchRepository } from '../search/search.repository';

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchRepository,
    private readonly outbox: SearchOutboxRepository,
  ) {}

  private readonly logger = new Logger('Health');
  private draining = false;
  /** Migrations are never taken back, so once this instance has found none pending it stops asking. */
  private migrationsApplied = false;

  /** From now on readiness says 503, so the load balancer sends new requests elsewhere while this instance stops. */
  beginDraining(): void {
    this.draining = true;
  }

  /**
   * Ready to take traffic: not stopping, PostgreSQL answers and no migration is pending.
   * Meilisearch is not required (search falls back to PostgreSQL); /api/health reports it.
   */
  async checkReadiness(): Promise<{ ready: boolean; reason?: string }> {
    if (this.draining) return { ready: false, reason: 'shutting down' };
    const postgres = await this.probe('PostgreSQL', () => this.dataSource.query('SELECT 1'));
    if (postgres.status === 'down') return { ready: false, reason: 'PostgreSQL is down' };
    this.migrationsApplied ||= !(await this.dataSource.showMigrations());
    if (!this.migrationsApplied) return { ready: false, reason: 'migrations pending' };
    return { ready: true };
  }

  async checkHealth(): Promise<HealthReport> {
    const [postgres, meilisearch, searchOutbox] = await Promise.all([
      this.probe('PostgreSQL', () => this.dataSource.query('SELECT 1')),
      this.probe('Meilisearch', () => this.search.checkHealth()),
      this.outbox.stats().catch(() => null),
    ]);
    const ok = postgres.status === 'up' && meilisearch.status === 'up' && searchOutbox?.parked === 0;
    return { status: ok ? 'ok' : 'degraded', services: { postgres, meilisearch }, searchOutbox };
  }

  /**
   * Runs one check with a deadline, so a hung service reports "down" instead of hanging the health
   * check. Visitors read only up or down: the error, which may name hosts, users or files, goes to
   * the log.
   */
  private async probe(service: string, check: () => Promise<unknown>): Promise<ServiceHealth> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
    });
    try {
      await Promise.race([check(), deadline]);
      return { status: 'up', latencyMs: elapsed(started) };
    } catch (error) {
      this.logger.warn(`Health check: ${service} is down: ${error instanceof Error ? error.message : String(error)}`);
      return { status: 'down', latencyMs: elapsed(started) };
    } finally {
      clearTimeout(timer);
    }
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
