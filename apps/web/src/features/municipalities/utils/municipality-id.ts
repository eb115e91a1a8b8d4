const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Towns are addressed by UUID; anything else is a broken link, so it is not worth a request. */
export function isMunicipalityId(value: string): boolean {
  return UUID_PATTERN.test(value);
}
