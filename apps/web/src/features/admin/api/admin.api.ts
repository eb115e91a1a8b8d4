import {
  ApiRoutes,
  type AdminPartnershipListQuery,
  type AdminUser,
  type AdminUserListQuery,
  type AuditEvent,
  type AuditEventListQuery,
  type CreateInvitationRequest,
  type Invitation,
  type Municipality,
  type MunicipalityInput,
  type Page,
  type Partnership,
  type PartnershipInput,
  type PartnershipUpdate,
  type UpdateUserRequest,
} from '@twinning/contracts';
import { apiDelete, apiGet, apiPatch, apiPost } from '../../../lib/api-client';

/** Everything under 'admin' belongs to the signed-in person and is dropped when they sign out. */
export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  userList: (query: AdminUserListQuery) => [...adminKeys.users(), query] as const,
  partnerships: () => [...adminKeys.all, 'partnerships'] as const,
  partnershipList: (query: AdminPartnershipListQuery) => [...adminKeys.partnerships(), query] as const,
  auditEvents: () => [...adminKeys.all, 'audit-events'] as const,
  auditEventList: (query: AuditEventListQuery) => [...adminKeys.auditEvents(), query] as const,
};

// Accounts

export function fetchAdminUsers(query: AdminUserListQuery, signal?: AbortSignal): Promise<Page<AdminUser>> {
  return apiGet<Page<AdminUser>>(ApiRoutes.adminUsers, { query: { ...query }, signal });
}

export function verifyUser(userId: string): Promise<AdminUser> {
  return apiPost<AdminUser>(ApiRoutes.adminVerifyUser(userId));
}

export function updateUser(userId: string, request: UpdateUserRequest): Promise<AdminUser> {
  return apiPatch<AdminUser>(ApiRoutes.adminUser(userId), request);
}

export function deactivateUser(userId: string): Promise<AdminUser> {
  return apiPost<AdminUser>(ApiRoutes.adminDeactivateUser(userId));
}

export function reactivateUser(userId: string): Promise<AdminUser> {
  return apiPost<AdminUser>(ApiRoutes.adminReactivateUser(userId));
}

/** E-mails the account a link to set a new password (valid one hour). */
export function sendPasswordReset(userId: string): Promise<void> {
  return apiPost<void>(ApiRoutes.adminSendPasswordReset(userId));
}

export function createInvitation(request: CreateInvitationRequest): Promise<Invitation> {
  return apiPost<Invitation>(ApiRoutes.invitations, request);
}

// Municipalities (listed and read through the public endpoints of the municipalities feature)

export function createMunicipality(input: MunicipalityInput): Promise<Municipality> {
  return apiPost<Municipality>(ApiRoutes.adminMunicipalities, input);
}

export function updateMunicipality(id: string, changes: Partial<MunicipalityInput>): Promise<Municipality> {
  return apiPatch<Municipality>(ApiRoutes.adminMunicipality(id), changes);
}

export function deleteMunicipality(id: string): Promise<void> {
  return apiDelete(ApiRoutes.adminMunicipality(id));
}

// Partnerships

export function fetchAdminPartnerships(
  query: AdminPartnershipListQuery,
  signal?: AbortSignal,
): Promise<Page<Partnership>> {
  return apiGet<Page<Partnership>>(ApiRoutes.adminPartnerships, { query: { ...query }, signal });
}

export function createPartnership(input: PartnershipInput): Promise<Partnership> {
  return apiPost<Partnership>(ApiRoutes.adminPartnerships, input);
}

export function updatePartnership(id: string, changes: PartnershipUpdate): Promise<Partnership> {
  return apiPatch<Partnership>(ApiRoutes.adminPartnership(id), changes);
}

export function deletePartnership(id: string): Promise<void> {
  return apiDelete(ApiRoutes.adminPartnership(id));
}

// Audit log

export function fetchAuditEvents(query: AuditEventListQuery, signal?: AbortSignal): Promise<Page<AuditEvent>> {
  return apiGet<Page<AuditEvent>>(ApiRoutes.adminAuditEvents, { query: { ...query }, signal });
}
