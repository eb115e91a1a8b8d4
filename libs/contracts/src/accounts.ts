import type { MunicipalitySummary } from './municipalities';
import type { PageQuery } from './pagination';

export const ROLES = ['staff', 'moderator', 'admin'] as const;
/** staff: officer of one municipality; moderator: programme staff; admin: operators (PRODUCT.md, "Who uses it"). */
export type Role = (typeof ROLES)[number];

export const ACCOUNT_STATUSES = ['pending', 'active', 'deactivated'] as const;
/** pending: registered, waiting for an admin or moderator to verify them; they can sign in and see that, nothing more. */
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 100;

/** The signed-in person, as they see themselves. */
export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: AccountStatus;
  /** Staff: their municipality (for a pending account, the one they asked to join). Others: null. */
  municipality: MunicipalitySummary | null;
  createdAt: string;
  verifiedAt: string | null;
}

/** Answer of sign-in, registration, accepting an invitation and GET /me. */
export interface SessionInfo {
  account: Account;
  /** Send it back in the `X-CSRF-Token` header with every write while signed in. */
  csrfToken: string;
}

/**
 * What `GET /me` answers, always with 200: the session, or `null` for a visitor (no session
 * cookie, or one whose session has ended), so that a visitor's page makes no failing request.
 */
export type SessionLookup = SessionInfo | null;

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'tx_session';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
  /** The municipality the person works for; an admin or moderator verifies it. */
  municipalityId: string;
}

export interface CreateInvitationRequest {
  email: string;
  municipalityId: string;
}

/** An invitation as the admin who made it sees it; the token only ever travels in the e-mail. */
export interface Invitation {
  id: string;
  email: string;
  municipality: MunicipalitySummary;
  expiresAt: string;
  createdAt: string;
  acceptedAt: string | null;
}

/** What the invitation link shows before it is accepted. */
export interface InvitationPreview {
  email: string;
  municipality: MunicipalitySummary;
  expiresAt: string;
}

export interface AcceptInvitationRequest {
  password: string;
  displayName: string;
}

/** An account as admins and moderators see it. */
export interface AdminUser extends Account {
  deactivatedAt: string | null;
  lastSignInAt: string | null;
}

export interface AdminUserListQuery extends PageQuery {
  status?: AccountStatus;
  role?: Role;
  /** Part of the e-mail or name. */
  q?: string;
}

export interface UpdateUserRequest {
  role?: Role;
  /** Required when the role becomes (or stays) staff without a municipality; cleared for moderators and admins. */
  municipalityId?: string | null;
}

export const AccountErrorCode = {
  InvalidCredentials: 'invalid_credentials',
  TooManyAttempts: 'too_many_attempts',
  NotSignedIn: 'not_signed_in',
  Forbidden: 'forbidden',
  NotVerified: 'account_not_verified',
  Deactivated: 'account_deactivated',
  InvalidAccountState: 'invalid_account_state',
  CsrfTokenInvalid: 'csrf_token_invalid',
  EmailTaken: 'email_taken',
  PasswordTooCommon: 'password_too_common',
  InvitationInvalid: 'invitation_invalid',
  UserNotFound: 'user_not_found',
  CannotChangeOwnAccount: 'cannot_change_own_account',
  WrongPassword: 'wrong_password',
} as const;

/** POST /api/v1/me/password: the other sessions of the account end; this one stays. */
export interface ChangePasswordRequest {
  currentPassword: string;
  password: string;
}
