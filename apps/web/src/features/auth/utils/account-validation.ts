import {
  AccountErrorCode,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SECOND_FACTOR_CODE_MAX_LENGTH,
} from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { serverFieldErrors, type ServerFieldErrors } from '../../../common/utils/field-errors';
import { ApiError } from '../../../lib/api-client';

// The same shape the API accepts; the server has the last word (it also refuses common passwords).
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function displayNameError(value: string, t: TFunction): string | undefined {
  const name = value.trim();
  if (name === '') return t('forms.required');
  if (name.length > DISPLAY_NAME_MAX_LENGTH) return t('forms.tooLong', { max: DISPLAY_NAME_MAX_LENGTH });
  return undefined;
}

export function emailError(value: string, t: TFunction): string | undefined {
  const email = value.trim();
  if (email === '') return t('forms.required');
  if (email.length > EMAIL_MAX_LENGTH) return t('forms.tooLong', { max: EMAIL_MAX_LENGTH });
  if (!isEmailAddress(email)) return t('forms.invalidEmail');
  return undefined;
}

/** Whether a trimmed, non-empty text has the shape of an e-mail address. */
export function isEmailAddress(value: string): boolean {
  return EMAIL_PATTERN.test(value);
}

/** A password the person already has (signing in, confirming a change): typed, and no longer than any password can be. */
export function currentPasswordError(value: string, t: TFunction): string | undefined {
  if (value === '') return t('forms.required');
  if (value.length > PASSWORD_MAX_LENGTH) return t('forms.tooLong', { max: PASSWORD_MAX_LENGTH });
  return undefined;
}

/** A code from the authenticator app or a recovery code, before the server checks it. */
export function secondFactorCodeError(value: string, t: TFunction): string | undefined {
  const code = value.trim();
  if (code === '') return t('forms.required');
  if (code.length > SECOND_FACTOR_CODE_MAX_LENGTH) return t('forms.tooLong', { max: SECOND_FACTOR_CODE_MAX_LENGTH });
  return undefined;
}

/** Rules of a new password. */
export function newPasswordError(value: string, t: TFunction): string | undefined {
  if (value === '') return t('forms.required');
  if (value.length < PASSWORD_MIN_LENGTH) return t('password.tooShort', { min: PASSWORD_MIN_LENGTH });
  if (value.length > PASSWORD_MAX_LENGTH) return t('forms.tooLong', { max: PASSWORD_MAX_LENGTH });
  return undefined;
}

/** The repeated new password, typed a second time to catch a slip the hidden characters hide. */
export function repeatedPasswordError(password: string, repeated: string, t: TFunction): string | undefined {
  if (repeated === '') return t('forms.required');
  if (repeated !== password) return t('changePassword.mismatch');
  return undefined;
}

/**
 * The server's objections to a new account or password, field by field: a 400's details, plus the
 * errors the API gives a code of their own though they concern one field (a common password, a
 * taken e-mail, a wrong current password).
 */
export function accountFieldErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  t: TFunction,
): ServerFieldErrors<Field> {
  const server = serverFieldErrors(error, fields, t);
  if (!(error instanceof ApiError)) return server;
  const password = fields.find((field) => field === 'password');
  const email = fields.find((field) => field === 'email');
  const currentPassword = fields.find((field) => field === 'currentPassword');
  if (error.code === AccountErrorCode.PasswordTooCommon && password) server.fields[password] = t('password.tooCommon');
  if (error.code === AccountErrorCode.EmailTaken && email) server.fields[email] = t('register.emailTaken');
  if (error.code === AccountErrorCode.WrongPassword && currentPassword) {
    server.fields[currentPassword] = t('changePassword.wrongPassword');
  }
  return server;
}
