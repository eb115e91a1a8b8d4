import { randomBytes } from 'node:crypto';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from '@twinning/contracts';
import { isEmail } from 'class-validator';
import { type DataSource } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AuditRepository } from '../audit/audit.repository';
import { hashPassword } from '../auth/password-hasher';
import { UserEntity } from './user.entity';
import { auditedUserFields } from './user.mapper';
import { UsersRepository } from './users.repository';

/**
 * The first admin of a new portal (or another, by whoever runs the server): created verified,
 * with a generated password shown once, to be changed on the account page after signing in.
 * Every later account comes through the portal: invitations, registration and verification.
 * Refuses an e-mail that already has an account.
 */
export async function createAdmin(dataSource: DataSource, email: string, displayName: string): Promise<{ id: string; password: string }> {
  const normalized = email.trim().toLowerCase();
  const name = displayName.trim();
  if (!isEmail(normalized) || normalized.length > EMAIL_MAX_LENGTH) throw new Error(`"${email}" is not an e-mail address.`);
  if (name.length === 0 || name.length > DISPLAY_NAME_MAX_LENGTH) throw new Error(`The name must have 1 to ${DISPLAY_NAME_MAX_LENGTH} characters.`);
  const password = randomBytes(18).toString('base64url');
  const passwordHash = await hashPassword(password);
  // Outside the Nest container (a command-line tool): the app's repositories, on this data source.
  const users = new UsersRepository(dataSource.getRepository(UserEntity));
  const audit = new AuditRepository(dataSource.getRepository(AuditEventEntity));
  return dataSource.transaction(async (transaction) => {
    if (await users.emailExists(normalized, transaction)) throw new Error(`An account with the e-mail ${normalized} exists already.`);
    const admin = await users.insert({ email: normalized, displayName: name, passwordHash, role: 'admin', municipalityId: null, verifiedAt: new Date(), emailConfirmedAt: new Date() }, transaction);
    await audit.record(transaction, { actorId: null, action: 'user.admin_created_from_cli', entityType: 'user', entityId: admin.id, after: auditedUserFields(admin) });
    return { id: admin.id, password };
  });
}
