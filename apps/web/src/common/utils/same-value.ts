/**
 * Whether two JSON values hold the same data. Key order does not count: PostgreSQL's jsonb gives
 * an object's keys back in its own order, so JSON.stringify of what was sent and what came back differ.
 */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && isSameValue(left[key], right[key]));
}
