import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the library's defaults (19 MiB, 2 passes), OWASP's recommended minimum. For code
 * outside the Nest container (the create-admin command, the seed, test factories), which never
 * verifies and so needs no PasswordHasher with its dummy hash.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

@Injectable()
export class PasswordHasher {
  /** Compared against when there is no account, so a wrong e-mail costs as much time as a wrong password. */
  private readonly dummyHash = hashPassword('no account has this password');

  hash(password: string): Promise<string> {
    return hashPassword(password);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    return verify(passwordHash ?? (await this.dummyHash), password);
  }
}
