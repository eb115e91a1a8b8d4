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

  static deactivated(): AuthException {
    return new AuthException(HttpStatus.FORBIDDEN, AccountErrorCode.Deactivated, 'This account has been deactivated.');
  }

  static csrfTokenInvalid(): AuthException {
    return new AuthException(HttpStatus.FORBIDDEN, AccountErrorCode.CsrfTokenInvalid, `A write while signed in needs the X-CSRF-Token header of the session.`);
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

