import { Transform } from 'class-transformer';

/** Strings arrive trimmed; anything else is left for the validators to refuse. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** E-mail addresses are compared trimmed and lower case. */
export const NormalizeEmail = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));
