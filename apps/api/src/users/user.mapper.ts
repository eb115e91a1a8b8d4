import { type Account, type AccountStatus, type AdminUser } from '@twinning/contracts';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type UserEntity } from './user.entity';

export function accountStatusOf(user: Pick<UserEntity, 'verifiedAt' | 'deactivatedAt'>): AccountStatus {
  if (user.deactivatedAt) return 'deactivated';
  return user.verifiedAt ? 'active' : 'pending';
}

/** Needs `user.municipality` loaded. Never includes the password hash. */
export function toAccount(user: UserEntity): Account {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    status: accountStatusOf(user),
    municipality: user.municipality ? toMunicipalitySummary(user.municipality) : null,
    createdAt: user.createdAt.toISOString(),
    verifiedAt: user.verifiedAt?.toISOString() ?? null,
  };
}

export function toAdminUser(user: UserEntity): AdminUser {
  return {
    ...toAccount(user),
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
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
