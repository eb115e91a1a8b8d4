import { HttpStatus } from '@nestjs/common';
import { type ApiErrorDetail, CommonErrorCode } from '@twinning/contracts';
import { type ValidationError } from 'class-validator';
import { AppException } from './app.exception';

/** A request body, query or parameter that breaks its rules: 400 with each field and its reason. */
export class ValidationException extends AppException {
  constructor(details: ApiErrorDetail[]) {
    const summary = details.map((detail) => `${detail.field} ${detail.reason}`).join('; ');
    super(HttpStatus.BAD_REQUEST, CommonErrorCode.ValidationFailed, `Invalid request: ${summary}`, details);
  }

  /** Flattens class-validator's nested errors into one detail per failing field path. */
  static fromValidationErrors(errors: ValidationError[]): ValidationException {
    return new ValidationException(flatten(errors, ''));
  }
}

function flatten(errors: ValidationError[], parentPath: string): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason: stripFieldName(reason, error.property) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator's messages start with the property name ("page must be an integer"); the field is already given. */
function stripFieldName(reason: string, property: string): string {
  return reason.startsWith(`${property} `) ? reason.slice(property.length + 1) : reason;
}
