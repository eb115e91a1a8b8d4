import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ACCOUNT_EMAILS_PER_HOUR } from '@twinning/contracts';
import { type Transaction } from '../database/transaction';
import { MailTransport } from '../mail/mail.transport';
import { type UserEntity } from '../users/user.entity';
import { type AccountTokenPurpose } from './account-token.entity';
import { AccountTokensRepository } from './account-tokens.repository';
import { TooManyEmailsException } from './auth.errors';
import { hashToken } from './session.service';

const HOUR_MS = 3600_000;

export type LinkPurpose = Extract<AccountTokenPurpose, 'email_confirmation' | 'password_reset'>;

/** What each link's e-mail says, in every interface language of the portal, and the page it opens. */
const LINKS: Record<LinkPurpose, { path: string; subject: string; text: (link: string, hours: number) => string }> = {
  email_confirmation: {
    path: '/confirm-email/',
    subject: 'Twinning Exchange: confirm your e-mail address / e-posta adresinizi doğrulayın / bestätigen Sie Ihre E-Mail-Adresse',
    text: (link, hours) =>
      `Open this link to confirm your address; then a moderator verifies your account.\n` +
      `Adresinizi doğrulamak için bu bağlantıyı açın; ardından bir moderatör hesabınızı onaylar.\n` +
      `Öffnen Sie diesen Link, um Ihre Adresse zu bestätigen; danach schaltet die Moderation Ihr Konto frei.\n\n${link}\n\n` +
      `The link works once, for ${hours} hours. / Bağlantı bir kez ve ${hours} saat geçerlidir. / ` +
      `Der Link funktioniert einmal und ${hours} Stunden lang.`,
  },
  password_reset: {
    path: '/reset-password/',
    subject: 'Twinning Exchange: set a new password / yeni bir parola belirleyin / legen Sie ein neues Passwort fest',
    text: (link, hours) =>
      `Someone (we hope you) asked to set a new password for your account. Open this link to do it:\n` +
      `Hesabınız için yeni bir parola belirlenmesi istendi. Bunu yapmak için bağlantıyı açın:\n` +
      `Für Ihr Konto wurde ein neues Passwort angefordert (hoffentlich von Ihnen). Öffnen Sie dazu diesen Link:\n\n${link}\n\n` +
      `The link works once, for ${hours} hour(s). If you did not ask for it, ignore this e-mail.\n` +
      `Bağlantı bir kez ve ${hours} saat geçerlidir. Siz istemediyseniz bu e-postayı dikkate almayın.\n` +
      `Der Link funktioniert einmal und ${hours} Stunde(n) lang. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.`,
  },
};

/**
 * Single-use links sent by e-mail to prove the address or set a new password: a random token,
 * stored hashed, valid for a while; a new link ends the older ones, and an account gets at most
 * ACCOUNT_EMAILS_PER_HOUR of each kind an hour.
 */
@Injectable()
export class AccountLinksService {
  constructor(
    private readonly tokens: AccountTokensRepository,
    private readonly mail: MailTransport,
  ) {}

  /** Refuses (429) when the account had its share of this kind of e-mail within the hour. */
  async assertMaySend(user: UserEntity, purpose: LinkPurpose): Promise<void> {
    const issued = await this.tokens.countIssuedSince(user.id, purpose, new Date(Date.now() - HOUR_MS));
    if (issued.count >= ACCOUNT_EMAILS_PER_HOUR && issued.oldest) {
      throw new TooManyEmailsException(Math.max(1, Math.ceil((issued.oldest.getTime() + HOUR_MS - Date.now()) / 1000)));
    }
  }

  /** Stores a new link (ending the account's open ones of this kind) and returns its token. */
  async issue(user: UserEntity, purpose: LinkPurpose, lifetimeHours: number, transaction?: Transaction): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.tokens.revokeOpen(user.id, purpose, transaction);
    await this.tokens.insert([{ tokenHash: hashToken(token), purpose, userId: user.id, expiresAt: new Date(Date.now() + lifetimeHours * HOUR_MS) }], transaction);
    return token;
  }

  /** Through SMTP, or into the log without SMTP_URL. */
  async send(user: UserEntity, purpose: LinkPurpose, token: string, lifetimeHours: number): Promise<void> {
    const link = LINKS[purpose];
    await this.mail.send({ to: user.email, subject: link.subject, text: link.text(this.mail.link(`${link.path}${token}`), lifetimeHours) });
  }

  /** Marks the link used and returns the account's id; null when it is unknown, used or expired. */
  async consume(token: string, purpose: LinkPurpose, transaction: Transaction): Promise<string | null> {
    return (await this.tokens.consume(hashToken(token), purpose, transaction))?.userId ?? null;
  }
}
