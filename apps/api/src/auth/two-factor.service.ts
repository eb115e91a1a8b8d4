import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RECOVERY_CODE_COUNT, TOTP_CODE_PATTERN, type TwoFactorEnabled, type TwoFactorSetup } from '@twinning/contracts';
import { generateSecret, generateURI, verify } from 'otplib';
import { AuditRepository } from '../audit/audit.repository';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { type Transaction, TransactionRunner } from '../database/transaction';
import { type UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { AccountTokensRepository } from './account-tokens.repository';
import { AuthException } from './auth.errors';
import { PasswordHasher } from './password-hasher';
import { hashToken } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { openTotpSecret, sealTotpSecret } from './totp-secret-cipher';
import { twoFactorRequiredFor } from './two-factor-policy';

const ISSUER = 'Twinning Exchange';
/** Codes of the step before and after the current one count too (clocks drift; people type slowly). */
const EPOCH_TOLERANCE_SECONDS = 30;

/** Recovery codes as people copy them: ten letters and digits in two groups, `k3m9q-x2p7w`. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = [...randomBytes(10)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Spaces, dashes and case do not matter when a recovery code is typed back. */
function normalizeRecoveryCode(code: string): string {
  const chars = code.toLowerCase().replace(/[\s-]/g, '');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238: 6 digits, 30 s, SHA-1, as every
 * app expects) and one-time recovery codes, stored hashed like session tokens.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: AccountTokensRepository,
    private readonly passwords: PasswordHasher,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new secret for the app; it counts only once a code from it is confirmed. */
  async beginSetup(user: UserEntity): Promise<TwoFactorSetup> {
    if (user.totpEnabledAt) throw AuthException.twoFactorAlreadyEnabled();
    const secret = generateSecret();
    await this.users.update(user.id, { totpSecret: sealTotpSecret(secret, this.config.totpEncryptionKey), totpLastTimeStep: null });
    return { secret, otpauthUri: generateURI({ issuer: ISSUER, label: user.email, secret }) };
  }

  /** The first code proves the app holds the secret; the recovery codes are shown this once. */
  async enable(user: UserEntity, code: string, address: string): Promise<TwoFactorEnabled> {
    if (user.totpEnabledAt) throw AuthException.twoFactorAlreadyEnabled();
    if (!user.totpSecret) throw AuthException.twoFactorNotEnabled();
    const attempt = await this.throttle.reserve(user.email, address);
    const timeStep = await this.acceptedTimeStep(user, code);
    await this.throttle.settle(attempt, timeStep !== null);
    if (timeStep === null) throw AuthException.wrongCode();
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.transactions.run(async (transaction) => {
      await this.users.update(user.id, { totpEnabledAt: new Date(), totpLastTimeStep: timeStep }, transaction);
      await this.tokens.deleteAll(user.id, 'recovery_code', transaction);
      await this.tokens.insert(recoveryCodes.map((recoveryCode) => ({ tokenHash: hashToken(recoveryCode), purpose: 'recovery_code', userId: user.id, expiresAt: null })), transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'user.two_factor_enabled', entityType: 'user', entityId: user.id });
    });
    return { recoveryCodes };
  }

  /** Needs the password and a code; refused for roles that must keep it. */
  async disable(user: UserEntity, password: string, code: string, address: string): Promise<void> {
    if (!user.totpEnabledAt) throw AuthException.twoFactorNotEnabled();
    if (twoFactorRequiredFor(user.role, this.config)) throw AuthException.twoFactorRequired();
    const attempt = await this.throttle.reserve(user.email, address);
    const passwordMatches = await this.passwords.verify(user.passwordHash, password);
    const codeMatches = passwordMatches && (await this.verifyCode(user, code));
    await this.throttle.settle(attempt, codeMatches);
    if (!passwordMatches) throw AuthException.wrongPassword('password');
    if (!codeMatches) throw AuthException.wrongCode();
    await this.transactions.run(async (transaction) => {
      await this.users.update(user.id, { totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null }, transaction);
      await this.tokens.deleteAll(user.id, 'recovery_code', transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'user.two_factor_disabled', entityType: 'user', entityId: user.id });
    });
  }

  /**
   * The second factor at sign-in (and to turn it off): a current code from the app, never one
   * used before, or an unused recovery code, which is then used up. The caller counts failures.
   */
  async verifyCode(user: UserEntity, code: string, transaction?: Transaction): Promise<boolean> {
    const trimmed = code.replace(/\s/g, '');
    if (TOTP_CODE_PATTERN.test(trimmed)) {
      const timeStep = await this.acceptedTimeStep(user, trimmed);
      if (timeStep === null) return false;
      await this.users.update(user.id, { totpLastTimeStep: timeStep }, transaction);
      return true;
    }
    return (await this.tokens.consume(hashToken(normalizeRecoveryCode(code)), 'recovery_code', transaction, user.id)) !== null;
  }

  /** The time step of a right code from the app that is newer than the last one accepted; null otherwise. */
  private async acceptedTimeStep(user: UserEntity, code: string): Promise<number | null> {
    if (!user.totpSecret || !TOTP_CODE_PATTERN.test(code)) return null;
    const secret = openTotpSecret(user.totpSecret, this.config.totpEncryptionKey);
    const result = await verify({ secret, token: code, epochTolerance: EPOCH_TOLERANCE_SECONDS });
    // The result type covers HOTP too, whose answer has no time step.
    if (!result.valid || !('timeStep' in result)) return null;
    return user.totpLastTimeStep !== null && result.timeStep <= user.totpLastTimeStep ? null : result.timeStep;
  }
}
