import { type TFunction } from 'i18next';
import { AccountErrorCode } from '@twinning/contracts';
import { ApiError } from '../../../lib/api-client';

/**
 * How long to wait after too many wrong passwords (a 429, from signing in or from changing the
 * password, which count against the same limits); null for any other error.
 */
export function tooManyAttemptsMessage(error: unknown, t: TFunction): string | null {
  if (!(error instanceof ApiError) || error.status !== 429) return null;
  if (error.retryAfterSeconds === null) return t('password.tooManyAttemptsLater');
  // Rounded up: "in 0 minutes" would invite a try that is still refused.
  const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
  return t('password.tooManyAttempts', { count: minutes });
}

/** How long to wait before another e-mail to the account (429 `too_many_emails`); null for any other error. */
export function tooManyEmailsMessage(error: unknown, t: TFunction): string | null {
  if (!(error instanceof ApiError) || error.code !== AccountErrorCode.TooManyEmails) return null;
  return t('accountSecurity.tooManyEmails', { count: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 3600) / 60)) });
}
