import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PollingLoop } from '../common/polling-loop';
import { TransactionRunner } from '../database/transaction';
import { type MailMessage, MailTransport } from '../mail/mail.transport';
import { type NotificationEntity } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';

const BATCH_SIZE = 20;
const MAX_ATTEMPTS = 5;
const POLL_MS = 2_000;
/** The daily digest goes out at the first check after this hour (UTC), once a day for all instances. */
export const DIGEST_HOUR_UTC = 6;
const DIGEST_CHECK_MS = 5 * 60_000;

const FOOTER =
  `(You receive this because of your account's notification settings. / Bu e-postayı hesabınızın bildirim ayarları nedeniyle alıyorsunuz. / ` +
  `Sie erhalten diese E-Mail aufgrund der Benachrichtigungseinstellungen Ihres Kontos.)`;

/**
 * E-mails notifications when SMTP_URL is set. They are written "pending" (or "digest") in the
 * transaction of the change they announce, so a mail goes out only for what was committed; this
 * worker sends the pending ones after, and gives one up after several failed attempts (it stays
 * in the app either way). Once a day it sends each person who chose a digest one e-mail with
 * everything that waited for it.
 */
@Injectable()
export class NotificationMailerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationMail');
  private readonly loop: PollingLoop;
  private readonly digestLoop: PollingLoop;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly mail: MailTransport,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.loop = new PollingLoop(() => this.sendOnce(), POLL_MS, (error) => this.logger.warn(`Sending notification e-mails paused: ${String(error)}`));
    // Returns 0 whatever it did: one digest a day, so the loop always waits for the next check.
    this.digestLoop = new PollingLoop(() => this.sendDigest(new Date()).then(() => 0), DIGEST_CHECK_MS, (error) => this.logger.warn(`Sending the daily digest failed: ${String(error)}`));
  }

  onApplicationBootstrap(): void {
    if (this.config.smtpUrl) {
      this.loop.start();
      this.digestLoop.start();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.loop.stop(), this.digestLoop.stop()]);
  }

  /** One batch; how many notifications it took. */
  sendOnce(): Promise<number> {
    return this.transactions.run(async (transaction) => {
      const pending = await this.notifications.claimMailPending(BATCH_SIZE, transaction);
      for (const notification of pending) {
        const attempts = notification.mailAttempts + 1;
        try {
          await this.mail.send(this.message(notification));
          await this.notifications.setMailStatus([notification.id], 'sent', attempts, transaction);
        } catch (error) {
          this.logger.warn(`E-mail for notification ${notification.id} failed (attempt ${attempts}): ${String(error)}`);
          await this.notifications.setMailStatus([notification.id], attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', attempts, transaction);
        }
      }
      return pending.length;
    });
  }

  /**
   * The digest of `now`'s day, if it is due and no instance sent it yet: one e-mail per person
   * with everything that waited for it. How many people it went to; 0 when it was not due or
   * already sent. A failed e-mail leaves that person's notifications for the next day's digest.
   */
  sendDigest(now: Date): Promise<number> {
    if (now.getUTCHours() < DIGEST_HOUR_UTC) return Promise.resolve(0);
    const day = now.toISOString().slice(0, 10);
    return this.transactions.run(async (transaction) => {
      const waiting = await this.notifications.claimDigest(day, transaction);
      if (!waiting) return 0;
      const byUser = new Map<string, NotificationEntity[]>();
      for (const notification of waiting) byUser.set(notification.userId, [...(byUser.get(notification.userId) ?? []), notification]);
      let recipients = 0;
      for (const notifications of byUser.values()) {
        const ids = notifications.map((notification) => notification.id);
        try {
          await this.mail.send(this.digestMessage(notifications));
          await this.notifications.setMailStatus(ids, 'sent', 1, transaction);
          recipients += 1;
        } catch (error) {
          this.logger.warn(`The digest for ${notifications[0].userId} failed; it goes with the next one: ${String(error)}`);
        }
      }
      await this.notifications.recordDigestRecipients(day, recipients, transaction);
      return recipients;
    });
  }

  /** In every interface language (English, Turkish, German), since accounts have no language of their own. */
  private message(notification: NotificationEntity): MailMessage {
    const { en, tr, de, path } = describe(notification);
    return {
      to: notification.user.email,
      subject: `Twinning Exchange: ${en}`,
      text: `${en}\n${tr}\n${de}\n\n${this.mail.link(path)}\n\n— Twinning Exchange\n${FOOTER}`,
    };
  }

  private digestMessage(notifications: NotificationEntity[]): MailMessage {
    const items = notifications.map((notification) => {
      const { en, tr, de, path } = describe(notification);
      return `• ${en}\n  ${tr}\n  ${de}\n  ${this.mail.link(path)}`;
    });
    return {
      to: notifications[0].user.email,
      subject: `Twinning Exchange: your daily digest (${notifications.length}) / günlük özetiniz / Ihre tägliche Zusammenfassung`,
      text: `${items.join('\n\n')}\n\n${this.mail.link('/account/notifications')}\n\n— Twinning Exchange\n${FOOTER}`,
    };
  }
}

const DECISIONS = {
  approve: { en: 'approved', tr: 'onaylandı', de: 'freigegeben' },
  request_changes: { en: 'sent back for changes', tr: 'değişiklik için geri gönderildi', de: 'zur Überarbeitung zurückgegeben' },
  reject: { en: 'rejected', tr: 'reddedildi', de: 'abgelehnt' },
} as const;

function describe(notification: NotificationEntity): { en: string; tr: string; de: string; path: string } {
  const title = `“${notification.title}”`;
  if (notification.kind === 'account_verified' || !notification.caseStudyId) {
    return {
      en: `Your account is verified: you can now share ${title}'s practices.`,
      tr: `Hesabınız doğrulandı: artık ${title} uygulamalarını paylaşabilirsiniz.`,
      de: `Ihr Konto ist freigeschaltet: Sie können jetzt die Praxisbeispiele von ${title} teilen.`,
      path: '/account',
    };
  }
  const caseStudy = `/case-studies/${notification.caseStudyId}`;
  const adaptation = `/adaptations/${notification.adaptationId}`;
  const partnerRequest = `/partner-requests/${notification.partnerRequestId}`;
  switch (notification.kind) {
    case 'moderation_decision': {
      const decision = DECISIONS[notification.decision ?? 'approve'];
      return {
        en: `${title} was ${decision.en} by a moderator.`,
        tr: `${title} bir moderatör tarafından ${decision.tr}.`,
        de: `${title} wurde von der Moderation ${decision.de}.`,
        path: caseStudy,
      };
    }
    case 'adaptation_started':
      return {
        en: `Another town started adapting ${title}.`,
        tr: `Başka bir belediye ${title} uygulamasını uyarlamaya başladı.`,
        de: `Eine andere Kommune hat begonnen, ${title} zu übernehmen.`,
        path: adaptation,
      };
    case 'adaptation_check_in':
      return {
        en: `An adaptation of ${title} has a new check-in.`,
        tr: `${title} uyarlamasında yeni bir gelişme kaydedildi.`,
        de: `Eine Übernahme von ${title} hat einen neuen Zwischenstand.`,
        path: adaptation,
      };
    case 'question_asked':
      return {
        en: `Someone asked a question on ${title}.`,
        tr: `${title} hakkında bir soru soruldu.`,
        de: `Zu ${title} wurde eine Frage gestellt.`,
        path: `${caseStudy}#questions`,
      };
    case 'question_answered':
      return {
        en: `Your question on ${title} has an answer.`,
        tr: `${title} hakkındaki sorunuz yanıtlandı.`,
        de: `Ihre Frage zu ${title} wurde beantwortet.`,
        path: `${caseStudy}#questions`,
      };
    case 'translation_requested':
      return {
        en: `Someone asks for ${title} in another language (${notification.language}).`,
        tr: `${title} için başka bir dilde (${notification.language}) çeviri isteniyor.`,
        de: `Jemand bittet um ${title} in einer anderen Sprache (${notification.language}).`,
        path: caseStudy,
      };
    case 'translation_decision': {
      const decision = DECISIONS[notification.decision ?? 'approve'];
      return {
        en: `Your translation (${notification.language}) of ${title} was ${decision.en} by a moderator.`,
        tr: `${title} çeviriniz (${notification.language}) bir moderatör tarafından ${decision.tr}.`,
        de: `Ihre Übersetzung (${notification.language}) von ${title} wurde von der Moderation ${decision.de}.`,
        path: `${caseStudy}?lang=${notification.language}`,
      };
    }
    case 'submission_waiting':
      return {
        en: `${title} was submitted and waits for a moderator.`,
        tr: `${title} gönderildi ve bir moderatörü bekliyor.`,
        de: `${title} wurde eingereicht und wartet auf die Moderation.`,
        path: '/moderation',
      };
    case 'report_waiting':
      return {
        en: `Someone reported content on ${title}.`,
        tr: `${title} ile ilgili bir içerik bildirildi.`,
        de: `Zu ${title} wurde ein Inhalt gemeldet.`,
        path: '/moderation/reports',
      };
    case 'partner_request_answered':
      return {
        en: `Another town answered your partner request ${title}.`,
        tr: `Başka bir belediye ${title} ortak arayışınıza yanıt verdi.`,
        de: `Eine andere Kommune hat auf Ihre Partnersuche ${title} geantwortet.`,
        path: partnerRequest,
      };
    case 'partner_answer_shortlisted':
      return {
        en: `Your town's answer to ${title} was shortlisted.`,
        tr: `Belediyenizin ${title} için verdiği yanıt kısa listeye alındı.`,
        de: `Die Antwort Ihrer Kommune auf ${title} kam in die engere Wahl.`,
        path: partnerRequest,
      };
    case 'partner_answer_accepted':
      return {
        en: `Your town was accepted as a partner for ${title}; a moderator confirms the partnership.`,
        tr: `Belediyeniz ${title} için ortak olarak kabul edildi; ortaklığı bir moderatör onaylayacak.`,
        de: `Ihre Kommune wurde als Partnerin für ${title} angenommen; die Moderation bestätigt die Partnerschaft.`,
        path: partnerRequest,
      };
    case 'partner_pair_awaiting_confirmation':
      return {
        en: `An accepted partner pair for ${title} waits for confirmation.`,
        tr: `${title} için kabul edilen bir ortaklık onay bekliyor.`,
        de: `Ein angenommenes Partnerpaar für ${title} wartet auf Bestätigung.`,
        path: '/moderation/partner-pairs',
      };
    case 'partner_pair_confirmed':
      return {
        en: `The project partnership for ${title} was confirmed.`,
        tr: `${title} için proje ortaklığı onaylandı.`,
        de: `Die Projektpartnerschaft für ${title} wurde bestätigt.`,
        path: partnerRequest,
      };
    case 'partner_request_matches':
      return {
        en: `A town looks for partners on your themes: ${title}.`,
        tr: `Bir belediye sizin konularınızda ortak arıyor: ${title}.`,
        de: `Eine Kommune sucht Partner zu Ihren Themen: ${title}.`,
        path: partnerRequest,
      };
  }
}
