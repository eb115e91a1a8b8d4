import { randomBytes } from 'node:crypto';
import { generate, generateSecret } from 'otplib';
import { type DataSource } from 'typeorm';
import { AccountTokenEntity, type AccountTokenPurpose } from '../../src/auth/account-token.entity';
import { hashToken } from '../../src/auth/session.service';
import { UserEntity } from '../../src/users/user.entity';

/** Stores a token as the API would (hashed) and returns the token itself. */
export async function insertAccountToken(dataSource: DataSource, userId: string, purpose: AccountTokenPurpose, expiresInMs = 3600_000): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await dataSource.getRepository(AccountTokenEntity).insert({ tokenHash: hashToken(token), purpose, userId, expiresAt: new Date(Date.now() + expiresInMs), usedAt: null });
  return token;
}

/** Turns two-factor sign-in on for the account with a new secret, as a finished set-up would; returns the secret. */
export async function enableTwoFactor(dataSource: DataSource, userId: string): Promise<string> {
  const secret = generateSecret();
  await dataSource.getRepository(UserEntity).update({ id: userId }, { totpSecret: secret, totpEnabledAt: new Date(), totpLastTimeStep: null });
  return secret;
}

/** The authenticator app's code right now (or `offsetSeconds` from now). */
export function totpCode(secret: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}

/** The token of the first link in an e-mail's text that leads to `path` (`/confirm-email/`, `/reset-password/`). */
export function linkTokenIn(text: string, path: string): string | undefined {
  const match = new RegExp(`${path}([A-Za-z0-9_-]+)`).exec(text);
  return match?.[1];
}
