import { ParseUUIDPipe, ValidationPipe } from '@nestjs/common';
import { ValidationException } from './errors/validation.exception';

/** The one validation pipe: unknown fields are refused, values are converted to their declared types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => ValidationException.fromValidationErrors(errors),
  });
}

/** Parses a UUID route parameter; anything else is a 400 naming the parameter. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    version: undefined,
    exceptionFactory: () => new ValidationException([{ field: name, rule: 'not_id', reason: 'must be a UUID' }]),
  });
}
