import { ValidateIf } from 'class-validator';
import { Transform } from 'class-transformer';

/** Strings arrive trimmed; anything else is left for the validators to refuse. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** E-mail addresses are compared trimmed and lower case. */
export const NormalizeEmail = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/**
 * A field a request may leave out, but not send as null (class-validator's IsOptional lets null
 * through, which a NOT NULL column then refuses with a 500). For fields that may be null, add
 * their own `ValidateIf((_, value) => value !== null)`.
 */
export const Omittable = () => ValidateIf((_, value) => value !== undefined);

/** A query string carries text: its `true` / `false` as a boolean; anything else stays text and is refused. */
export const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
