import { HttpStatus } from '@nestjs/common';
import { AccountErrorCode, type ApiErrorDetail, PASSWORD_MIN_LENGTH } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';
/**
 * The 10,000 most common passwords, lower case, most common first: the head of the frequency
 * list in @zxcvbn-ts/language-common 4.1.3 (MIT).
 */
import commonPasswordList from './data/common-passwords.json';

const commonPasswords = new Set<string>(commonPasswordList);

/** Why the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): Omit<ApiErrorDetail, 'field'> | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return { rule: 'too_short', reason: `must be at least ${PASSWORD_MIN_LENGTH} characters`, params: { min: PASSWORD_MIN_LENGTH } };
  }
  if (commonPasswords.has(password.toLowerCase())) return { rule: 'password_too_common', reason: 'is one of the 10,000 most common passwords; choose another' };
  return null;
}

/** 400 with the reason when the password is refused. */
export function assertAcceptablePassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) {
    throw new AppException(HttpStatus.BAD_REQUEST, AccountErrorCode.PasswordTooCommon, `The password ${problem.reason}.`, [{ field: 'password', ...problem }]);
  }
}
