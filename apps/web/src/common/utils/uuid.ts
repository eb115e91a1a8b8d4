const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Towns, case studies and revisions are addressed by UUID; anything else is a broken link, not worth a request. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
