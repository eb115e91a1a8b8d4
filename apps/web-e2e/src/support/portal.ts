/** Set by the global setup: where the portal under test answers. */
export const PORTAL_URL_VARIABLE = 'E2E_PORTAL_URL';

export function portalUrl(path = '/'): string {
  const base = process.env[PORTAL_URL_VARIABLE];
  if (!base) throw new Error(`${PORTAL_URL_VARIABLE} is not set: the e2e global setup did not run.`);
  return new URL(path, base).toString();
}
