import { HttpStatus } from '@nestjs/common';
import { AccountErrorCode } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';

export class AuthException extends AppException {
  static invalidCredentials(): AuthException {
    return new AuthException(HttpStatus.UNAUTHORIZED, AccountErrorCode.InvalidCredentials, 'The e-mail or the password is not right.');
  }

  static notSignedIn(): AuthException {
    return new AuthException(HttpStatus.UNAUTHORIZED, AccountErrorCode.NotSignedIn, 'Sign in to do this.');
  }

  static forbidden(): AuthException {
    return new AuthException(HttpStatus.FORBIDDEN, AccountErrorCode.Forbidden, 'Your role does not allow this.');
  }

  static notVerified(): AuthException {
    return new AuthException(HttpStatus.FORBIDDEN, AccountErrorCode.NotVerified, 'Your account is waiting for an admin or moderator to verify it.');
  }

  static emailNotConfirmed(): AuthException {
    return new AuthException(HttpStatus.FORBIDDEN, AccountErrorCode.EmailNotConfirmed, 'Confirm your e-mail address first: open the link we sent to it.');
  }

  static twoFactorSetupRequired(): AuthException {
    return new AuthException(HttpStatus.FORBIDDEN, AccountErrorCode.TwoFactorSetupRequired, 'Admins and moderators must turn on two-factor sign-in before anything else (account page).');
  }

  static linkInvalid(): AuthException {
    return new AuthException(HttpStatus.NOT_FOUND, AccountErrorCode.LinkInvalid, 'This link is unknown, already used, or expired. Ask for a new one.');
  }

  static emailAlreadyConfirmed(): AuthException {
    return new AuthException(HttpStatus.CONFLICT, AccountErrorCode.EmailAlreadyConfirmed, 'Your e-mail address is already confirmed.');
  }

  static wrongPassword(field = 'currentPassword'): AuthException {
    return new AuthException(HttpStatus.BAD_REQUEST, AccountErrorCode.WrongPassword, 'The current password is not right.', [{ field, rule: 'wrong_password', reason: 'is not your current password' }]);
  }

  static wrongCode(): AuthException {
    return new AuthException(HttpStatus.BAD_REQUEST, AccountErrorCode.WrongCode, 'The code is not right, or was used already.', [{ field: 'code', rule: 'wrong_code', reason: 'is not a current code or an unused recovery code' }]);
  }

  static signInChallengeInvalid(): AuthException {
    return new AuthException(HttpStatus.UNAUTHORIZED, AccountErrorCode.SignInChallengeInvalid, 'This sign-in has expired. Enter your e-mail and password again.');
  }

  static twoFactorAlreadyEnabled(): AuthException {
    return new AuthException(HttpStatus.CONFLICT, AccountErrorCode.TwoFactorAlreadyEnabled, 'Two-factor sign-in is already on.');
  }

  static twoFactorNotEnabled(): AuthException {
    return new AuthException(HttpStatus.CONFLICT, AccountErrorCode.TwoFactorNotEnabled, 'Two-factor sign-in is not on (or its set-up was not started).');
  }

  static twoFactorRequired(): AuthException {
    return new AuthException(HttpStatus.CONFLICT, AccountErrorCode.TwoFactorRequired, 'Admins and moderators cannot turn two-factor sign-in off.');
  }

  static deactivated(): AuthException {
    return new AuthException(HttpStatus.FORBIDDEN, AccountErrorCode.Deactivated, 'This account has been deactivated.');
  }

  static csrfTokenInvalid(): AuthException {
    return new AuthException(HttpStatus.FORBIDDEN, AccountErrorCode.CsrfTokenInvalid, `A write while signed in needs the X-CSRF-Token header of the session.`);
  }
}

/** 429: too many e-mails asked for the account within the hour, with how long to wait. */
export class TooManyEmailsException extends AppException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      AccountErrorCode.TooManyEmails,
      `Too many e-mails were sent to this address. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      undefined,
      { 'Retry-After': String(retryAfterSeconds) },
    );
  }
}

/** 429, with how long to wait. */
export class TooManyAttemptsException extends AppException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      AccountErrorCode.TooManyAttempts,
      `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      undefined,
      { 'Retry-After': String(retryAfterSeconds) },
    );
  }
}

