import { type Account, type AccountStatus, type AdminUser } from '@twinning/contracts';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type UserEntity } from './user.entity';

export function accountStatusOf(user: Pick<UserEntity, 'verifiedAt' | 'deactivatedAt' | 'emailConfirmedAt'>): AccountStatus {
  if (user.deactivatedAt) return 'deactivated';
  if (user.verifiedAt) return 'active';
  return user.emailConfirmedAt ? 'pending' : 'unconfirmed';
}

/** Whether the address ends in one of the municipality's domains; null when there is nothing to compare with. */
export function emailDomainMatches(email: string, domains: string[] | undefined): boolean | null {
  if (!domains || domains.length === 0) return null;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domains.some((listed) => domain === listed || domain.endsWith(`.${listed}`));
}

/**
 * Needs `user.municipality` loaded. Never includes the password hash or the authenticator secret.
 * `twoFactorSetupRequired`: the account's role must use two factors and has not set them up.
 */
export function toAccount(user: UserEntity, twoFactorSetupRequired = false): Account {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    status: accountStatusOf(user),
    municipality: user.municipality ? toMunicipalitySummary(user.municipality) : null,
    createdAt: user.createdAt.toISOString(),
    verifiedAt: user.verifiedAt?.toISOString() ?? null,
    emailConfirmedAt: user.emailConfirmedAt?.toISOString() ?? null,
    twoFactorEnabled: user.totpEnabledAt !== null,
    twoFactorSetupRequired,
  };
}

export function toAdminUser(user: UserEntity, twoFactorSetupRequired = false): AdminUser {
  return {
    ...toAccount(user, twoFactorSetupRequired),
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    emailDomainMatches: user.municipality ? emailDomainMatches(user.email, user.municipality.emailDomains) : null,
  };
}

/** What an audit event keeps of a user: the fields that change, never the password hash. */
export function auditedUserFields(user: UserEntity): Record<string, unknown> {
  return {
    email: user.email,
    role: user.role,
    municipalityId: user.municipalityId,
    status: accountStatusOf(user),
  };
}
