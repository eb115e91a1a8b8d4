import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * The only code that sends e-mail: through SMTP when SMTP_URL is set, otherwise into the log
 * (with its links), so invitations work on a developer's machine.
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
      this.logger.log(`E-mail (SMTP_URL not set, so logged instead) to ${message.to}: ${message.subject}\n${message.text}`);
      return;
    }
    await this.smtp.sendMail({ from: this.config.mailFrom, ...message });
  }

  /** An absolute link into the web client. */
  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }
}
