import { readFileSync } from 'node:fs';

/** Set by the global setup: the file the portal logs to (and so, without SMTP_URL, its e-mails). */
export const PORTAL_LOG_VARIABLE = 'E2E_PORTAL_LOG';

/**
 * The path of the newest link to `linkPath` (`/confirm-email/`, `/reset-password/`) in an e-mail
 * the portal logged for `email`, waiting for it to be written.
 */
export async function linkFromMailLog(email: string, linkPath: string, timeoutMs = 10_000): Promise<string> {
  const file = process.env[PORTAL_LOG_VARIABLE];
  if (!file) throw new Error(`${PORTAL_LOG_VARIABLE} is not set: the e2e global setup did not run.`);
  const pattern = new RegExp(`${linkPath}[A-Za-z0-9_-]+`, 'g');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.includes(`to ${email}:`));
    const links = lines.flatMap((line) => line.match(pattern) ?? []);
    if (links.length > 0) return links[links.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no e-mail to ${email} with a ${linkPath} link in the portal's log within ${timeoutMs} ms`);
}
