import { API_ERROR_CODES, type ApiErrorCode, type ApiErrorDetail, CommonErrorCode } from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client';
import { isOneOf } from './is-one-of';

/** Why the API refused one field, in the reader's language (the API's `reason` is English). */
export function describeDetail(detail: ApiErrorDetail, t: TFunction): string {
  return t(`apiRules.${detail.rule}`, { ...detail.params });
}

/**
 * A failed request in plain words, in the reader's language: our own sentence for network and
 * server failures, the field-by-field reasons of a 400, else the sentence for the API's code.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError) || error.status === 0) return t('common.networkError');
  if (error.status >= 500) return t('common.unexpectedError');
  const details = error.body.details ?? [];
  if (error.code === CommonErrorCode.ValidationFailed && details.length > 0) {
    return details.map((detail) => `${detail.field}: ${describeDetail(detail, t)}`).join('; ');
  }
  return describeCode(error, t);
}

/** The sentence for an error's code; the first detail's numbers (a size limit, a version) fill it in. */
export function describeCode(error: ApiError, t: TFunction): string {
  if (!isOneOf<ApiErrorCode>(error.code, API_ERROR_CODES)) return t('apiErrors.other', { status: error.status });
  return t(`apiErrors.${error.code}`, { ...error.body.details?.[0]?.params });
}
