import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { type ApiErrorBody, type ApiErrorCode, CommonErrorCode } from '@twinning/contracts';
import { type Response } from 'express';
import { AppException } from './app.exception';

const CODES_BY_STATUS: Partial<Record<number, ApiErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: CommonErrorCode.BadRequest,
  [HttpStatus.NOT_FOUND]: CommonErrorCode.NotFound,
  [HttpStatus.PAYLOAD_TOO_LARGE]: CommonErrorCode.PayloadTooLarge,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: CommonErrorCode.UnsupportedMediaType,
};

/** The one place errors become HTTP responses: every error body is `{ code, message, details? }`. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toResponse(exception);
    if (exception instanceof AppException) response.set(exception.headers ?? {});
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    response.status(status).json(body);
  }

  private toResponse(exception: unknown): { status: number; body: ApiErrorBody } {
    if (exception instanceof AppException) {
      return { status: exception.status, body: { code: exception.code, message: exception.message, details: exception.details } };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Body-parser errors (malformed JSON, too large) arrive as HttpExceptions too.
      return { status, body: { code: codeOf(status), message: exception.message } };
    }
    if (isClientHttpError(exception)) {
      // body-parser's own errors (a body over the limit, an unsupported charset) reach here as http-errors.
      return { status: exception.status, body: { code: codeOf(exception.status), message: exception.message } };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { code: CommonErrorCode.InternalError, message: 'Something went wrong on our side.' },
    };
  }
}

/** Every body carries one of the codes clients know (`API_ERROR_CODES`), whatever raised it. */
function codeOf(status: number): ApiErrorCode {
  return CODES_BY_STATUS[status] ?? (status >= 500 ? CommonErrorCode.InternalError : CommonErrorCode.BadRequest);
}

/** An error from the http-errors package (body-parser's): a 4xx status meant to be shown. */
function isClientHttpError(exception: unknown): exception is { status: number; message: string } {
  if (typeof exception !== 'object' || exception === null) return false;
  const { status, expose } = exception as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
}
