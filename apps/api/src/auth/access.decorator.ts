import { SetMetadata } from '@nestjs/common';

/**
 * Who may call a route. Every route declares one (the guard refuses a route that does not):
 * - public: anyone, signed in or not
 * - signed-in: any account, also one still waiting for verification
 * - verified: a verified, active account of any role
 * - moderator: a moderator or an admin
 * - admin: an admin
 */
export type AccessLevel = 'public' | 'signed-in' | 'verified' | 'moderator' | 'admin';

export const ACCESS_METADATA = 'twinning:access';

export const Access = (level: AccessLevel) => SetMetadata(ACCESS_METADATA, level);
