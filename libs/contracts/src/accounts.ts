import type { MunicipalitySummary } from './municipalities';
import type { PageQuery } from './pagination';

export const ROLES = ['staff', 'moderator', 'admin'] as const;
/** staff: officer of one municipality; moderator: programme staff; admin: operators (PRODUCT.md, "Who uses it"). */
export type Role = (typeof ROLES)[number];

export const ACCOUNT_STATUSES = ['unconfirmed', 'pending', 'active', 'deactivated'] as const;
/**
 * unconfirmed: registered, has not yet opened the link sent to their e-mail address;
 * pending: address proven, waiting for an admin or moderator to verify them. Both can sign in and
 * see that, nothing more.
 */
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 100;
/** A code from the authenticator app (six digits) or a recovery code (`k3m9q-x2p7w`), with room for spaces. */
export const SECOND_FACTOR_CODE_MAX_LENGTH = 20;

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
  /** When the person proved the address (link, invitation or password reset); null: not yet. */
  emailConfirmedAt: string | null;
  /** Signs in with a code from an authenticator app as well as the password. */
  twoFactorEnabled: boolean;
  /** The account's role must use two-factor sign-in and has not set it up yet: nothing else works until it does. */
  twoFactorSetupRequired: boolean;
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
/** The session cookie's name outside production; production prefixes it with `__Host-` (Secure, Path=/, no Domain). */
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
  /**
   * Whether the address ends in one of the e-mail domains of the account's municipality; null
   * when the account has no municipality or the municipality lists no domains.
   */
  emailDomainMatches: boolean | null;
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
  EmailNotConfirmed: 'email_not_confirmed',
  EmailAlreadyConfirmed: 'email_already_confirmed',
  TooManyEmails: 'too_many_emails',
  LinkInvalid: 'link_invalid',
  TwoFactorSetupRequired: 'two_factor_setup_required',
  TwoFactorAlreadyEnabled: 'two_factor_already_enabled',
  TwoFactorNotEnabled: 'two_factor_not_enabled',
  TwoFactorRequired: 'two_factor_required',
  WrongCode: 'wrong_code',
  SignInChallengeInvalid: 'sign_in_challenge_invalid',
} as const;

/** POST /api/v1/me/password: the other sessions of the account end; this one stays. */
export interface ChangePasswordRequest {
  currentPassword: string;
  password: string;
}

/** How long the links sent by e-mail work, and how many a person may have sent per hour. */
export const EMAIL_CONFIRMATION_LIFETIME_HOURS = 24;
export const PASSWORD_RESET_LIFETIME_HOURS = 1;
export const ACCOUNT_EMAILS_PER_HOUR = 3;

/** POST /auth/password-reset: always answered 202 with the same body, whether or not the address has an account. */
export interface PasswordResetRequest {
  email: string;
}

/** POST /auth/password-reset/{token}: sets the password; every session of the account ends. */
export interface CompletePasswordResetRequest {
  password: string;
}

/** The answer of POST /auth/password-reset, the same for every address. */
export interface PasswordResetRequested {
  message: string;
}

/**
 * Answer of POST /auth/login when the account signs in with two factors: no session yet; send a
 * code with the challenge to POST /auth/login/second-factor (it works for 5 minutes).
 */
export interface SecondFactorChallenge {
  secondFactorRequired: true;
  challengeToken: string;
}

export type LoginResponse = SessionInfo | SecondFactorChallenge;

export function isSecondFactorChallenge(response: LoginResponse): response is SecondFactorChallenge {
  return 'secondFactorRequired' in response && response.secondFactorRequired === true;
}

export interface SecondFactorRequest {
  challengeToken: string;
  /** Six digits from the authenticator app, or one of the recovery codes. */
  code: string;
}

/** Answer of POST /me/two-factor/setup; the secret is shown this once, never sent again. */
export interface TwoFactorSetup {
  secret: string;
  /** The otpauth:// URI the QR code holds. */
  otpauthUri: string;
}

export interface EnableTwoFactorRequest {
  code: string;
}

/** Answer of POST /me/two-factor/enable: each recovery code works once, and is shown only now. */
export interface TwoFactorEnabled {
  recoveryCodes: string[];
}

export interface DisableTwoFactorRequest {
  password: string;
  /** A code from the app, or a recovery code. */
  code: string;
}

export const TOTP_CODE_PATTERN = /^\d{6}$/;
export const RECOVERY_CODE_COUNT = 10;
