import {
  AccountErrorCode,
  ApiRoutes,
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type InvitationPreview,
  type LoginRequest,
  type RegisterRequest,
  type SessionInfo,
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

export function signIn(credentials: LoginRequest): Promise<SessionInfo> {
  return apiPost<SessionInfo>(ApiRoutes.login, credentials);
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
