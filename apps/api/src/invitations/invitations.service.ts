import { randomBytes } from 'node:crypto';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { AccountErrorCode, CommonErrorCode, type AcceptInvitationRequest, type CreateInvitationRequest, type Invitation, type InvitationPreview } from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { emailTaken, rethrowEmailTaken } from '../auth/auth.service';
import { assertAcceptablePassword } from '../auth/password-policy';
import { PasswordHasher } from '../auth/password-hasher';
import { hashToken, SessionService, type SignedIn } from '../auth/session.service';
import { AppException } from '../common/errors/app.exception';
import { ValidationException } from '../common/errors/validation.exception';
import { TransactionRunner } from '../database/transaction';
import { MailTransport } from '../mail/mail.transport';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { type UserEntity } from '../users/user.entity';
import { auditedUserFields } from '../users/user.mapper';
import { UsersRepository } from '../users/users.repository';
import { toInvitation, toInvitationPreview } from './invitation.mapper';
import { InvitationsRepository } from './invitations.repository';

const INVITATION_LIFETIME_MS = 7 * 24 * 3600_000;

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
    private readonly mail: MailTransport,
  ) {}

  async invite(request: CreateInvitationRequest, admin: UserEntity): Promise<Invitation> {
    if (!(await this.municipalities.findById(request.municipalityId))) {
      throw new ValidationException([{ field: 'municipalityId', rule: 'unknown_municipality', reason: 'is not a known municipality' }]);
    }
    if (await this.users.emailExists(request.email)) throw emailTaken();
    const token = randomBytes(32).toString('base64url');
    const invitation = await this.transactions.run(async (transaction) => {
      const created = await this.invitations.insert(
        { tokenHash: hashToken(token), email: request.email, municipalityId: request.municipalityId, invitedById: admin.id, expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS) },
        transaction,
      );
      await this.audit.record(transaction, {
        actorId: admin.id,
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: created.id,
        after: { email: created.email, municipalityId: created.municipalityId, expiresAt: created.expiresAt.toISOString() },
      });
      return created;
    });
    const municipalityName = invitation.municipality.nameLocal;
    try {
      await this.mail.send({
        to: invitation.email,
        subject: `Twinning Exchange: join ${municipalityName} / ${municipalityName} ekibine katılın / Einladung zum Team von ${municipalityName}`,
        text:
          `${admin.displayName} invites you to share ${municipalityName}'s practices on Twinning Exchange.\n` +
          `${admin.displayName} sizi Twinning Exchange'te ${municipalityName} adına uygulamaları paylaşmaya davet ediyor.\n` +
          `${admin.displayName} lädt Sie ein, auf Twinning Exchange die Praxisbeispiele von ${municipalityName} zu teilen.\n\n` +
          `${this.mail.link(`/invitations/${token}`)}\n\n` +
          `The link works once, until ${invitation.expiresAt.toISOString().slice(0, 10)}. / Bağlantı bir kez ve bu tarihe kadar geçerlidir. / ` +
          `Der Link funktioniert einmal, bis zu diesem Datum.`,
      });
    } catch (error) {
      this.logger.error(`The invitation ${invitation.id} was saved but its e-mail was not sent: ${String(error)}`);
      throw new AppException(HttpStatus.BAD_GATEWAY, CommonErrorCode.MailNotSent, 'The invitation was saved, but its e-mail could not be sent. Invite the address again.');
    }
    return toInvitation(invitation);
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.invitations.findOpen(hashToken(token));
    if (!invitation) throw invitationInvalid();
    return toInvitationPreview(invitation);
  }

  async accept(token: string, request: AcceptInvitationRequest): Promise<SignedIn> {
    assertAcceptablePassword(request.password);
    const passwordHash = await this.passwords.hash(request.password);
    return this.transactions.run(async (transaction) => {
      const invitation = await this.invitations.findOpenForUpdate(hashToken(token), transaction);
      if (!invitation) throw invitationInvalid();
      if (await this.users.emailExists(invitation.email, transaction)) throw emailTaken();
      const user = await this.users
        .insert(
          { email: invitation.email, displayName: request.displayName, passwordHash, role: 'staff', municipalityId: invitation.municipalityId, verifiedAt: new Date(), emailConfirmedAt: new Date() },
          transaction,
        )
        .catch(rethrowEmailTaken);
      await this.invitations.markAccepted(invitation.id, transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'invitation.accepted', entityType: 'invitation', entityId: invitation.id, after: { userId: user.id } });
      await this.audit.record(transaction, { actorId: user.id, action: 'user.created', entityType: 'user', entityId: user.id, after: auditedUserFields(user) });
      return this.sessions.startSessionFor(user, transaction);
    });
  }
}

function invitationInvalid(): AppException {
  return new AppException(HttpStatus.NOT_FOUND, AccountErrorCode.InvitationInvalid, 'This invitation link is unknown, already used, or expired. Ask an admin for a new one.');
}
