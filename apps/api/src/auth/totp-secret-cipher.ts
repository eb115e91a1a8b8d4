import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const SEALED_PREFIX = 'v1:';

/**
 * The authenticator secret as stored: sealed with AES-256-GCM when TOTP_ENCRYPTION_KEY is set, so
 * a copy of the database alone does not produce codes; as it is otherwise. Unlike a password the
 * server must read it back to compute codes, so it cannot be hashed.
 */
export function sealTotpSecret(secret: string, key: Buffer | undefined): string {
  if (!key) return secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${SEALED_PREFIX}${[iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.')}`;
}

/** Reads a stored secret; one stored before the key was set reads as it is. */
export function openTotpSecret(stored: string, key: Buffer | undefined): string {
  if (!stored.startsWith(SEALED_PREFIX)) return stored;
  if (!key) throw new Error('A sealed authenticator secret needs TOTP_ENCRYPTION_KEY, which is not set.');
  const [iv, tag, sealed] = stored.slice(SEALED_PREFIX.length).split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
}
