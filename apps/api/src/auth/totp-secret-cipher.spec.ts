import { randomBytes } from 'node:crypto';
import { openTotpSecret, sealTotpSecret } from './totp-secret-cipher';

describe('the stored authenticator secret', () => {
  const key = randomBytes(32);
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  it('is sealed with the key, differently each time, and opens with it', () => {
    const first = sealTotpSecret(secret, key);
    const second = sealTotpSecret(secret, key);
    expect(first).not.toContain(secret);
    expect(first).not.toBe(second);
    expect(openTotpSecret(first, key)).toBe(secret);
  });

  it('does not open with another key, or with none', () => {
    const sealed = sealTotpSecret(secret, key);
    expect(() => openTotpSecret(sealed, randomBytes(32))).toThrow();
    expect(() => openTotpSecret(sealed, undefined)).toThrow(/TOTP_ENCRYPTION_KEY/);
  });

  it('is kept as it is without a key, and such a secret still reads once a key is set', () => {
    expect(sealTotpSecret(secret, undefined)).toBe(secret);
    expect(openTotpSecret(secret, key)).toBe(secret);
  });
});
