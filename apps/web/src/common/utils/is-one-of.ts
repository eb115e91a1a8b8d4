/**
 * Whether a value from outside the code (the URL, a Select, the API) is one of a fixed set of
 * strings, typed as that set's member when it is.
 */
export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
