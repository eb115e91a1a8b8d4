import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What the sign-in limits read about one account and address, on the database's clock (one clock for every API instance). */
export interface AttemptCounts {
  now: Date;
  /** The account succeeded from this address within `knownAddressSeconds`. */
  knownAddress: boolean;
  /** Failures (and tries still being checked) of the account from this address in the window, since its last success from it. */
  pairFailures: number;
  pairOldest: Date | null;
  /** Failures from this address in the window, whatever the account. */
  addressFailures: number;
  addressOldest: Date | null;
  /** Failures of the account from every address in the window, since its last success. */
  accountFailures: number;
  /** Failures of the account from every address within `recentSeconds`. */
  accountRecentFailures: number;
  accountRecentOldest: Date | null;
}

export interface AttemptWindows {
  windowSeconds: number;
  knownAddressSeconds: number;
  recentSeconds: number;
}

/** The attempts of `sign_in_attempts`, shared by every API instance. */
@Injectable()
export class SignInAttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Reserves one attempt, or answers how long to wait: under locks on the account and on the
   * address, held until the attempt is inserted, `wait` reads the counts, and the attempt is
   * inserted in flight (counted as a failure until settled) unless it answers a wait. So of
   * parallel tries, on one instance or several, each counts the ones before it. Every instance
   * takes the two locks in the same order, so two tries never wait on each other.
   */
  async reserve(email: string, address: string, windows: AttemptWindows, wait: (counts: AttemptCounts) => number | null): Promise<{ id: string } | { retryAfterSeconds: number }> {
    return this.dataSource.transaction(async (transaction) => {
      for (const key of [lockKey(`account ${email}`), lockKey(`address ${address}`)].sort(compareBigInt)) {
        await transaction.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [key.toString()]);
      }
      const [row] = (await transaction.query(
        `WITH last_success AS (
           SELECT max(attempted_at) FILTER (WHERE address = $2) AS of_pair, max(attempted_at) AS of_account
           FROM sign_in_attempts WHERE email = $1 AND succeeded
         ), failures AS (
           SELECT email, address, attempted_at FROM sign_in_attempts
           WHERE (email = $1 OR address = $2) AND succeeded IS NOT TRUE AND attempted_at > now() - make_interval(secs => $3)
         ), pair AS (
           SELECT attempted_at FROM failures, last_success WHERE email = $1 AND address = $2 AND attempted_at > coalesce(of_pair, '-infinity')
         ), recent AS (
           SELECT attempted_at FROM failures WHERE email = $1 AND attempted_at > now() - make_interval(secs => $5)
         )
         SELECT now() AS now,
           coalesce((SELECT of_pair FROM last_success) > now() - make_interval(secs => $4), false) AS known_address,
           (SELECT count(*)::int FROM pair) AS pair_failures, (SELECT min(attempted_at) FROM pair) AS pair_oldest,
           (SELECT count(*)::int FROM failures WHERE address = $2) AS address_failures,
           (SELECT min(attempted_at) FROM failures WHERE address = $2) AS address_oldest,
           (SELECT count(*)::int FROM failures, last_success WHERE email = $1 AND attempted_at > coalesce(of_account, '-infinity')) AS account_failures,
           (SELECT count(*)::int FROM recent) AS account_recent_failures, (SELECT min(attempted_at) FROM recent) AS account_recent_oldest`,
        [email, address, windows.windowSeconds, windows.knownAddressSeconds, windows.recentSeconds],
      )) as Record<string, unknown>[];
      const retryAfterSeconds = wait({
        now: row.now as Date,
        knownAddress: row.known_address as boolean,
        pairFailures: row.pair_failures as number,
        pairOldest: row.pair_oldest as Date | null,
        addressFailures: row.address_failures as number,
        addressOldest: row.address_oldest as Date | null,
        accountFailures: row.account_failures as number,
        accountRecentFailures: row.account_recent_failures as number,
        accountRecentOldest: row.account_recent_oldest as Date | null,
      });
      if (retryAfterSeconds !== null) return { retryAfterSeconds };
      const [inserted] = (await transaction.query(`INSERT INTO sign_in_attempts (email, address, succeeded) VALUES ($1, $2, NULL) RETURNING id`, [email, address])) as { id: string }[];
      return { id: inserted.id };
    });
  }

  async settle(id: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query(`UPDATE sign_in_attempts SET succeeded = $2 WHERE id = $1`, [id, succeeded]);
  }

  async insertSuccess(email: string, address: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO sign_in_attempts (email, address, succeeded) VALUES ($1, $2, true)`, [email, address]);
  }

  /** Forgets an attempt that neither failed nor succeeded (a right password, with the code still to come). */
  async remove(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_attempts WHERE id = $1`, [id]);
  }
}

/** A 64-bit advisory-lock key for `name`; another lock sharing it by chance only makes one of them wait. */
function lockKey(name: string): bigint {
  return createHash('sha256').update(`sign-in ${name}`).digest().readBigInt64BE(0);
}

function compareBigInt(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
