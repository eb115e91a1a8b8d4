import { randomBytes } from 'node:crypto';
import { type Role } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/password-hasher';
import { UserEntity } from '../../src/users/user.entity';

/** Every factory user has this password. */
export const TEST_PASSWORD = 'kardes-sehirler-2026';
let passwordHash: Promise<string> | undefined;

export interface UserOverrides {
  email?: string;
  role?: Role;
  municipalityId?: string | null;
  verified?: boolean;
  /** Whether the address is proven; true unless said otherwise, like every account made before confirmation links. */
  emailConfirmed?: boolean;
  deactivated?: boolean;
}

export async function insertUser(dataSource: DataSource, overrides: UserOverrides = {}): Promise<UserEntity> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const role = overrides.role ?? 'staff';
  const users = dataSource.getRepository(UserEntity);
  const { identifiers } = await users.insert({
    email: overrides.email ?? `user-${randomBytes(5).toString('hex')}@example.org`,
    displayName: 'Ayşe Çelik',
    passwordHash: await passwordHash,
    role,
    municipalityId: overrides.municipalityId ?? null,
    verifiedAt: overrides.verified === false ? null : new Date(),
    emailConfirmedAt: overrides.emailConfirmed === false ? null : new Date(),
    deactivatedAt: overrides.deactivated ? new Date() : null,
    lastSignInAt: null,
  });
  return (await users.findOne({ where: { id: identifiers[0].id as string }, relations: { municipality: true } }))!;
}
