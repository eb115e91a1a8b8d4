import {
  AccountErrorCode,
  ApiRoutes,
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type InvitationPreview,
  type LoginRequest,
  type RegisterRequest,
  type SessionInfo,
} from '@twinning/contracts';
import { ApiError, apiGet, apiPost } from '../../../lib/api-client';

export const invitationKeys = {
  preview: (token: string) => ['invitations', 'preview', token] as const,
};

/** Who is signed in; null for a visitor (the API's 401 `not_signed_in`), which is not an error. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    return await apiGet<SessionInfo>(ApiRoutes.me, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
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
