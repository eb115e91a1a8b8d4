import { type TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client';

/** A failed request in plain words: our own sentence for network and server failures, else the API's. */
export function describeError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError) || error.status === 0) return t('common.networkError');
  if (error.status >= 500) return t('common.unexpectedError');
  // A 4xx carries the API's own explanation, which is more useful than anything generic.
  return error.body.details?.map((detail) => `${detail.field}: ${detail.reason}`).join('; ') || error.body.message;
}
