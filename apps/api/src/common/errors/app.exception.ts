import { HttpStatus } from '@nestjs/common';
import { type ApiErrorCode, type ApiErrorDetail } from '@twinning/contracts';

/**
 * The base of every error the API raises on purpose. Each feature has its own subclass with its
 * codes; the exception filter turns any of them into `{ code, message, details }` with `status`.
 */
export class AppException extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: ApiErrorDetail[],
    /** Extra response headers, such as Retry-After. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
