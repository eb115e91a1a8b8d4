import { type Role } from '@twinning/contracts';
import { type AppConfig } from '../config/app-config';
import { type UserEntity } from '../users/user.entity';

/** Whether the role must sign in with two factors under this configuration. */
export function twoFactorRequiredFor(role: Role, config: Pick<AppConfig, 'twoFactorRequiredForModerators'>): boolean {
  return config.twoFactorRequiredForModerators && (role === 'moderator' || role === 'admin');
}

/** An account that must turn two-factor sign-in on before it may do anything else. */
export function mustSetUpTwoFactor(user: UserEntity, config: Pick<AppConfig, 'twoFactorRequiredForModerators'>): boolean {
  return !user.totpEnabledAt && twoFactorRequiredFor(user.role, config);
}
