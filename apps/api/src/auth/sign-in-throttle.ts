import { Injectable } from '@nestjs/common';
import { TooManyAttemptsException } from './auth.errors';
import { type AttemptCounts, SignInAttemptsRepository } from './sign-in-attempts.repository';

/** How far back the failures count. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** Failures allowed for one account from one address (since its last success from there), then 429 for that pair only. */
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
/** Failures allowed from one address, whatever the accounts. */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Failures of one account from all addresses (since its last success) after which the account is slowed… */
export const ACCOUNT_SLOWED_AFTER_FAILURES = 10;
/** …to this many tries a minute from every address it has not signed in from lately… */
export const SLOWED_ACCOUNT_TRIES_PER_MINUTE = 3;
/** …where "lately" is this long. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 3600_000;
const MINUTE_MS = 60_000;

/** An attempt reserved before the password or code is checked; settle it with the answer. */
export interface ReservedAttempt {
  id: string;
}

/**
 * Counts what proves who someone is — passwords, authenticator and recovery codes, one budget for
 * all of them — and refuses (429, Retry-After) an attempt beyond the limits:
 *
 * - an account from one address: a stranger who guesses wrong locks out only themselves;
 * - an address, whatever the accounts it tries;
 * - an account from everywhere, which slows it but does not lock it: once many tries failed,
 *   addresses it has not signed in from lately share a few tries a minute, while its owner's
 *   usual address is not slowed at all.
 *
 * Each attempt is reserved (and counted) before the password is checked, so parallel guesses
 * cannot pass the limit together, on one API instance or several.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly attempts: SignInAttemptsRepository) {}

  /** Throws 429 when a limit is reached; otherwise the attempt counts as a failure until settled. */
  async reserve(email: string, address: string): Promise<ReservedAttempt> {
    const reserved = await this.attempts.reserve(email, address, { windowSeconds: SIGN_IN_WINDOW_MS / 1000, knownAddressSeconds: KNOWN_ADDRESS_MS / 1000, recentSeconds: MINUTE_MS / 1000 }, secondsToWait);
    if ('retryAfterSeconds' in reserved) throw new TooManyAttemptsException(reserved.retryAfterSeconds);
    return reserved;
  }

  /** A success clears the failures before it, for the account and for the account from this address. */
  async settle(attempt: ReservedAttempt, succeeded: boolean): Promise<void> {
    await this.attempts.settle(attempt.id, succeeded);
  }

  /**
   * A proof of who someone is other than a password (a password reset link opened from this
   * address) counts as a success: the owner of a slowed account gets in from there at once.
   */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.attempts.insertSuccess(email, address);
  }

  /** Neither a failure nor a success: a right password whose second factor is still to come. */
  async release(attempt: ReservedAttempt): Promise<void> {
    await this.attempts.remove(attempt.id);
  }
}

/** Seconds until every limit reached frees a try; null when none is reached. */
function secondsToWait(counts: AttemptCounts): number | null {
  const freedAt = [
    counts.pairFailures >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS ? plus(counts.pairOldest, SIGN_IN_WINDOW_MS) : null,
    counts.addressFailures >= MAX_FAILURES_PER_ADDRESS ? plus(counts.addressOldest, SIGN_IN_WINDOW_MS) : null,
    !counts.knownAddress && counts.accountFailures >= ACCOUNT_SLOWED_AFTER_FAILURES && counts.accountRecentFailures >= SLOWED_ACCOUNT_TRIES_PER_MINUTE
      ? plus(counts.accountRecentOldest, MINUTE_MS)
      : null,
  ].filter((time): time is number => time !== null);
  if (freedAt.length === 0) return null;
  return Math.max(1, Math.ceil((Math.max(...freedAt) - counts.now.getTime()) / 1000));
}

function plus(time: Date | null, ms: number): number | null {
  return time ? time.getTime() + ms : null;
}
