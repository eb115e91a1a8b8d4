import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Set by the global setup: the portal's mail folder, where its e-mails are written without SMTP_URL. */
export const MAIL_FOLDER_VARIABLE = 'E2E_MAIL_FOLDER';

/**
 * The path of the newest link to `linkPath` (`/confirm-email/`, `/reset-password/`) in an e-mail
 * the portal wrote for `email`, waiting for it to be written. Each e-mail is one file, named by
 * the time it was written, that starts with a `To:` line.
 */
export async function linkFromMailFolder(email: string, linkPath: string, timeoutMs = 10_000): Promise<string> {
  const folder = process.env[MAIL_FOLDER_VARIABLE];
  if (!folder) throw new Error(`${MAIL_FOLDER_VARIABLE} is not set: the e2e global setup did not run.`);
  const pattern = new RegExp(`${linkPath}[A-Za-z0-9_-]+`, 'g');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = existsSync(folder) ? readdirSync(folder).sort() : [];
    const links = files
      .map((file) => readFileSync(path.join(folder, file), 'utf8'))
      .filter((text) => text.startsWith(`To: ${email}\n`))
      .flatMap((text) => text.match(pattern) ?? []);
    if (links.length > 0) return links[links.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no e-mail to ${email} with a ${linkPath} link in ${folder} within ${timeoutMs} ms`);
}
