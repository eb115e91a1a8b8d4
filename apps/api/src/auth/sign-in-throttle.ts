import { Injectable } from '@nestjs/common';
import { TooManyAttemptsException } from './auth.errors';
import { SessionsRepository } from './sessions.repository';

/** Failed sign-ins allowed per account (since its last success) and per address within the window. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * Counts what proves who someone is — passwords, authenticator and recovery codes — per account
 * and per address, and refuses (429) once too many were wrong: one budget for all of them, so
 * guessing a code costs the same as guessing a password.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly attempts: SessionsRepository) {}

  async refuseWhenLimited(email: string, address: string): Promise<void> {
    const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
    const [perAccount, perAddress] = await Promise.all([
      this.attempts.countRecentFailures({ email }, since),
      this.attempts.countRecentFailures({ address }, since),
    ]);
    const limited = [
      perAccount.count >= MAX_FAILURES_PER_ACCOUNT ? perAccount.oldest : null,
      perAddress.count >= MAX_FAILURES_PER_ADDRESS ? perAddress.oldest : null,
    ].filter((oldest): oldest is Date => oldest !== null);
    if (limited.length > 0) {
      const freedAt = Math.max(...limited.map((oldest) => oldest.getTime() + SIGN_IN_WINDOW_MS));
      throw new TooManyAttemptsException(Math.max(1, Math.ceil((freedAt - Date.now()) / 1000)));
    }
  }

  /** A success clears the account's count (failures before it no longer count). */
  async record(email: string, address: string, succeeded: boolean): Promise<void> {
    await this.attempts.recordAttempt({ email, address, succeeded });
  }
}
