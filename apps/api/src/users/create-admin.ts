import { randomBytes } from 'node:crypto';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from '@twinning/contracts';
import { isEmail } from 'class-validator';
import { type DataSource } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { UserEntity } from './user.entity';

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
  const passwordHash = await new PasswordHasher().hash(password);
  return dataSource.transaction(async (transaction) => {
    if (await transaction.getRepository(UserEntity).exists({ where: { email: normalized } })) throw new Error(`An account with the e-mail ${normalized} exists already.`);
    const { identifiers } = await transaction.getRepository(UserEntity).insert({
      email: normalized,
      displayName: name,
      passwordHash,
      role: 'admin',
      municipalityId: null,
      verifiedAt: new Date(),
      deactivatedAt: null,
      lastSignInAt: null,
    });
    const id = identifiers[0].id as string;
    await transaction.getRepository(AuditEventEntity).insert({ actorId: null, action: 'user.admin_created_from_cli', entityType: 'user', entityId: id, before: null, after: { email: normalized, role: 'admin' } as object });
    return { id, password };
  });
}
