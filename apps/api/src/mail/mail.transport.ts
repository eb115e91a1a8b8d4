import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Without SMTP_URL, each e-mail is a file here: `To:` and `Subject:` lines, a blank line, the text. */
export function mailFolder(config: Pick<AppConfig, 'dataDir'>): string {
  return path.join(config.dataDir, 'mail');
}

/**
 * The only code that sends e-mail: through SMTP when SMTP_URL is set, otherwise into a file of
 * the mail folder (readable by the owner only), so invitations work on a developer's machine.
 * Never into the log: the links carry tokens that sign people in or set their password.
 */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger('Mail');
  private readonly smtp: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.smtp = config.smtpUrl ? createTransport(config.smtpUrl) : undefined;
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.smtp) {
      const file = await this.writeToMailFolder(message);
      this.logger.log(`E-mail to ${message.to} (${message.subject}) written to ${file}, since SMTP_URL is not set`);
      return;
    }
    await this.smtp.sendMail({ from: this.config.mailFrom, ...message });
  }

  /** An absolute link into the web client. */
  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  private async writeToMailFolder(message: MailMessage): Promise<string> {
    const folder = mailFolder(this.config);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.txt`);
    await writeFile(file, `To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`, { mode: 0o600, flag: 'wx' });
    return file;
  }
}
