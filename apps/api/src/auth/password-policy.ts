import { HttpStatus } from '@nestjs/common';
import { AccountErrorCode, PASSWORD_MIN_LENGTH } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';
/**
 * The 10,000 most common passwords, lower case, most common first: the head of the frequency
 * list in @zxcvbn-ts/language-common 4.1.3 (MIT).
 */
import commonPasswordList from './data/common-passwords.json';

const commonPasswords = new Set<string>(commonPasswordList);

/** Why the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (commonPasswords.has(password.toLowerCase())) return 'is one of the 10,000 most common passwords; choose another';
  return null;
}

/** 400 with the reason when the password is refused. */
export function assertAcceptablePassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) {
    throw new AppException(HttpStatus.BAD_REQUEST, AccountErrorCode.PasswordTooCommon, `The password ${problem}.`, [{ field: 'password', reason: problem }]);
  }
}
