import { HttpStatus } from '@nestjs/common';
import { type ApiErrorDetail, CommonErrorCode, type ValidationRule } from '@twinning/contracts';
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
    return [...constraintDetails(error, field), ...flatten(error.children ?? [], field)];
  });
}

/** class-validator's constraint names (the keys of `ValidationError.constraints`) as our rules. */
export const RULE_BY_CONSTRAINT: Readonly<Record<string, ValidationRule>> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  unknownValue: 'not_object',
  whitelistValidation: 'unknown_field',
  isString: 'not_text',
  isNumber: 'not_number',
  isInt: 'not_whole_number',
  isBoolean: 'not_true_or_false',
  isArray: 'not_list',
  isObject: 'not_object',
  nestedValidation: 'not_object',
  isEmail: 'not_email',
  isUrl: 'not_url',
  isUuid: 'not_id',
  isDateString: 'not_date',
  isIso8601: 'not_date',
  matches: 'invalid_format',
  isIn: 'not_allowed_value',
  minLength: 'too_short',
  maxLength: 'too_long',
  min: 'too_small',
  max: 'too_large',
  arrayMinSize: 'too_few',
  arrayMaxSize: 'too_many',
  arrayUnique: 'repeated_entries',
};

/** The rules whose wording needs the limit, and its name. class-validator gives it only inside its English message. */
const LIMIT_PARAM: Partial<Record<ValidationRule, string>> = {
  too_short: 'min',
  too_long: 'max',
  too_small: 'min',
  too_large: 'max',
  too_few: 'min',
  too_many: 'max',
};

/** One detail per rule the field broke, its English reason without the leading property name. */
export function constraintDetails(error: ValidationError, field: string): ApiErrorDetail[] {
  return Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
    const reason = message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message;
    const rule = RULE_BY_CONSTRAINT[constraint] ?? 'invalid_format';
    const param = LIMIT_PARAM[rule];
    const limit = param ? /-?\d+(?:\.\d+)?/.exec(reason) : null;
    return { field, rule, reason, ...(param && limit ? { params: { [param]: Number(limit[0]) } } : {}) };
  });
}
