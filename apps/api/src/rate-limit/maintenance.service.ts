import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KNOWN_ADDRESS_MS } from '../auth/sign-in-throttle';
import { PollingLoop } from '../common/polling-loop';
import { RateLimitRepository } from './rate-limit.repository';

const EVERY_MS = 10 * 60_000;

/**
 * Deletes what has run out, so that no table behind a limit grows without end: expired sessions;
 * failed sign-in attempts older than a day (the limits look back 15 minutes), and successful ones
 * once a newer success of the same account and address exists or after 30 days (the newest says
 * the address is known); rate-limit counts older than an hour; e-mailed links and sign-in
 * challenges a day after they expired. Idempotent, so every instance may run it.
 */
@Injectable()
export class MaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Maintenance');
  private readonly loop = new PollingLoop(() => this.cleanUp().then(() => 0), EVERY_MS, (error) => this.logger.warn(`Clean-up failed: ${String(error)}`));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rateLimits: RateLimitRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  async cleanUp(): Promise<{ sessions: number; signInAttempts: number; rateLimitHits: number; accountTokens: number }> {
    const deleted = async (sql: string) => ((await this.dataSource.query(sql)) as [unknown, number])[1];
    const result = {
      sessions: await deleted(`DELETE FROM sessions WHERE expires_at < now()`),
      signInAttempts: await deleted(
        `DELETE FROM sign_in_attempts a
         WHERE (a.succeeded IS NOT TRUE AND a.attempted_at < now() - interval '1 day')
            OR (a.succeeded AND (a.attempted_at < now() - make_interval(secs => ${KNOWN_ADDRESS_MS / 1000})
                 OR EXISTS (SELECT 1 FROM sign_in_attempts b WHERE b.email = a.email AND b.address = a.address AND b.succeeded AND b.attempted_at > a.attempted_at)))`,
      ),
      rateLimitHits: await this.rateLimits.deleteOlderThan(new Date(Date.now() - 3600_000)),
      // A day after expiry: the limit on e-mails per hour counts the links of the last hour. Recovery codes never expire.
      accountTokens: await deleted(`DELETE FROM account_tokens WHERE expires_at < now() - interval '1 day'`),
    };
    if (result.sessions + result.signInAttempts + result.rateLimitHits + result.accountTokens > 0) this.logger.log(`Deleted ${JSON.stringify(result)}`);
    return result;
  }
}
