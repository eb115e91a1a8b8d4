import { CommonErrorCode } from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client';
import { describeDetail } from './describe-error';

/** One message per form field, shown under the field (Mantine's `error` prop). */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

export interface ServerFieldErrors<Field extends string> {
  fields: FieldErrors<Field>;
  /** The 400's details that name no field of this form, shown above it. */
  unmatched: string[];
}

/**
 * Spreads a 400 `validation_failed` answer over the form, in the reader's language: each detail goes
 * to the field it names (`aliases` maps the API's nested names, e.g. `municipalityIds.1`, to the form's fields).
 * Anything else gives no field errors, for the caller to handle by its code.
 */
export function serverFieldErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  t: TFunction,
  aliases: Readonly<Record<string, Field>> = {},
): ServerFieldErrors<Field> {
  const result: ServerFieldErrors<Field> = { fields: {}, unmatched: [] };
  if (!(error instanceof ApiError) || error.status !== 400 || error.code !== CommonErrorCode.ValidationFailed) {
    return result;
  }
  for (const detail of error.body.details ?? []) {
    const field = aliases[detail.field] ?? fields.find((candidate) => candidate === detail.field);
    const message = describeDetail(detail, t);
    if (field === undefined) {
      result.unmatched.push(`${detail.field}: ${message}`);
      continue;
    }
    const previous = result.fields[field];
    result.fields[field] = previous ? `${previous}; ${message}` : message;
  }
  return result;
}

export function hasFieldErrors<Field extends string>(errors: FieldErrors<Field>): boolean {
  return Object.values(errors).some(Boolean);
}

/** The form's own checks first (they are about what is typed now), then the server's. */
export function mergeFieldErrors<Field extends string>(
  client: FieldErrors<Field>,
  server: FieldErrors<Field>,
): FieldErrors<Field> {
  const merged: FieldErrors<Field> = { ...server };
  for (const [field, message] of Object.entries(client) as [Field, string | undefined][]) {
    if (message) merged[field] = message;
  }
  return merged;
}
