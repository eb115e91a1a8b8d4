import {
  AccountErrorCode,
  ApiRoutes,
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type CompletePasswordResetRequest,
  type DisableTwoFactorRequest,
  type EnableTwoFactorRequest,
  type InvitationPreview,
  type LoginRequest,
  type LoginResponse,
  type PasswordResetRequest,
  type PasswordResetRequested,
  type RegisterRequest,
  type SecondFactorRequest,
  type SessionInfo,
  type TwoFactorEnabled,
  type TwoFactorSetup,
  type SessionLookup,
} from '@twinning/contracts';
import { ApiError, apiGet, apiPost } from '../../../lib/api-client';

export const invitationKeys = {
  preview: (token: string) => ['invitations', 'preview', token] as const,
};

/** Who is signed in; null for a visitor. */
export function fetchSession(signal?: AbortSignal): Promise<SessionLookup> {
  return apiGet<SessionLookup>(ApiRoutes.me, { signal });
}

/** A session, or (two-factor accounts) a challenge to answer with a code. */
export function signIn(credentials: LoginRequest): Promise<LoginResponse> {
  return apiPost<LoginResponse>(ApiRoutes.login, credentials);
}

export function signInWithCode(request: SecondFactorRequest): Promise<SessionInfo> {
  return apiPost<SessionInfo>(ApiRoutes.secondFactor, request);
}

export function register(request: RegisterRequest): Promise<SessionInfo> {
  return apiPost<SessionInfo>(ApiRoutes.register, request);
}

export function signOut(): Promise<void> {
  return apiPost<void>(ApiRoutes.logout);
}

/** The session stays as it is (same CSRF token); the account's other sessions end. */
export function changePassword(request: ChangePasswordRequest): Promise<void> {
  return apiPost<void>(ApiRoutes.changePassword, request);
}

export function fetchInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return apiGet<InvitationPreview>(ApiRoutes.invitation(token), { signal });
}

export function acceptInvitation(token: string, request: AcceptInvitationRequest): Promise<SessionInfo> {
  return apiPost<SessionInfo>(ApiRoutes.acceptInvitation(token), request);
}

export function isInvitationInvalid(error: unknown): boolean {
  return error instanceof ApiError && error.code === AccountErrorCode.InvitationInvalid;
}

export function confirmEmail(token: string): Promise<void> {
  return apiPost<void>(ApiRoutes.confirmEmail(token));
}

export function resendEmailConfirmation(): Promise<void> {
  return apiPost<void>(ApiRoutes.resendEmailConfirmation);
}

export function requestPasswordReset(request: PasswordResetRequest): Promise<PasswordResetRequested> {
  return apiPost<PasswordResetRequested>(ApiRoutes.requestPasswordReset, request);
}

export function completePasswordReset(token: string, request: CompletePasswordResetRequest): Promise<void> {
  return apiPost<void>(ApiRoutes.completePasswordReset(token), request);
}

export function beginTwoFactorSetup(): Promise<TwoFactorSetup> {
  return apiPost<TwoFactorSetup>(ApiRoutes.twoFactorSetup);
}

export function enableTwoFactor(request: EnableTwoFactorRequest): Promise<TwoFactorEnabled> {
  return apiPost<TwoFactorEnabled>(ApiRoutes.enableTwoFactor, request);
}

export function disableTwoFactor(request: DisableTwoFactorRequest): Promise<void> {
  return apiPost<void>(ApiRoutes.disableTwoFactor, request);
}

/** An e-mailed link that is unknown, used or expired. */
export function isLinkInvalid(error: unknown): boolean {
  return error instanceof ApiError && error.code === AccountErrorCode.LinkInvalid;
}
