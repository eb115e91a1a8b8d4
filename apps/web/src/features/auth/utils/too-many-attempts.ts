import { type TFunction } from 'i18next';
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
