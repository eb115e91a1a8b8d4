import {
  ACCOUNT_STATUSES,
  MUNICIPALITY_SEARCH_MAX_LENGTH,
  PAGINATION_DEFAULT_PER_PAGE,
  ROLES,
  type AccountStatus,
  type AdminPartnershipListQuery,
  type AdminUserListQuery,
  type AuditEventListQuery,
  type Role,
} from '@twinning/contracts';
import { isMunicipalityId } from '../../municipalities/utils/municipality-id';

/*
 * The filters of the admin lists live in the URL (`?status=pending&page=2`), so a list can be
 * bookmarked, shared and reloaded. Each parser drops what it cannot use (a hand-edited link).
 */

export interface PagedFilters {
  page: number;
}

export function parsePage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return (allowed as readonly (string | null)[]).includes(value) ? (value as T) : null;
}

export function toAccountStatus(value: string | null): AccountStatus | null {
  return oneOf(value, ACCOUNT_STATUSES);
}

export function toRole(value: string | null): Role | null {
  return oneOf(value, ROLES);
}

function toParams(values: Record<string, string | number | null>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    // Defaults are left out: the shortest URL for the same list.
    if (value === null || value === '' || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  return params;
}

// Accounts

export interface AccountFilters extends PagedFilters {
  status: AccountStatus | null;
  role: Role | null;
  /** As typed; trimmed only when sent. */
  q: string;
}

export function parseAccountFilters(params: URLSearchParams): AccountFilters {
  return {
    status: toAccountStatus(params.get('status')),
    role: toRole(params.get('role')),
    q: (params.get('q') ?? '').slice(0, MUNICIPALITY_SEARCH_MAX_LENGTH),
    page: parsePage(params),
  };
}

export function accountFiltersToParams(filters: AccountFilters): URLSearchParams {
  return toParams({ status: filters.status, role: filters.role, q: filters.q, page: filters.page });
}

export function toAdminUserListQuery(filters: AccountFilters): AdminUserListQuery {
  return {
    status: filters.status ?? undefined,
    role: filters.role ?? undefined,
    q: filters.q.trim() || undefined,
    page: filters.page,
    per_page: PAGINATION_DEFAULT_PER_PAGE,
  };
}

// Partnerships

export interface PartnershipFilters extends PagedFilters {
  municipalityId: string | null;
}

export function parsePartnershipFilters(params: URLSearchParams): PartnershipFilters {
  const municipalityId = params.get('municipalityId');
  return {
    municipalityId: municipalityId && isMunicipalityId(municipalityId) ? municipalityId : null,
    page: parsePage(params),
  };
}

export function partnershipFiltersToParams(filters: PartnershipFilters): URLSearchParams {
  return toParams({ municipalityId: filters.municipalityId, page: filters.page });
}

export function toPartnershipListQuery(filters: PartnershipFilters): AdminPartnershipListQuery {
  return {
    municipalityId: filters.municipalityId ?? undefined,
    page: filters.page,
    per_page: PAGINATION_DEFAULT_PER_PAGE,
  };
}

// Audit log

export interface AuditFilters extends PagedFilters {
  entityType: string;
  entityId: string;
}

const AUDIT_FILTER_MAX_LENGTH = 100;

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  return {
    entityType: (params.get('entityType') ?? '').slice(0, AUDIT_FILTER_MAX_LENGTH),
    entityId: (params.get('entityId') ?? '').slice(0, AUDIT_FILTER_MAX_LENGTH),
    page: parsePage(params),
  };
}

export function auditFiltersToParams(filters: AuditFilters): URLSearchParams {
  return toParams({ entityType: filters.entityType, entityId: filters.entityId, page: filters.page });
}

export function toAuditEventListQuery(filters: AuditFilters): AuditEventListQuery {
  return {
    entityType: filters.entityType.trim() || undefined,
    entityId: filters.entityId.trim() || undefined,
    page: filters.page,
    per_page: PAGINATION_DEFAULT_PER_PAGE,
  };
}
