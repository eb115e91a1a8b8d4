import {
  ACCOUNT_SEARCH_MAX_LENGTH,
  ACCOUNT_STATUSES,
  AUDIT_ENTITY_TYPES,
  PAGINATION_DEFAULT_PER_PAGE,
  ROLES,
  type AccountStatus,
  type AdminPartnershipListQuery,
  type AdminUserListQuery,
  type AuditEntityType,
  type AuditEventListQuery,
  type Role,
} from '@twinning/contracts';
import { isOneOf } from '../../../common/utils/is-one-of';
import { filtersToParams, parsePage, type PagedFilters } from '../../../common/utils/url-filters';
import { isMunicipalityId } from '../../municipalities/utils/municipality-id';

// The admin lists' filters, in the URL (see common/utils/url-filters).

// Accounts

export interface AccountFilters extends PagedFilters {
  status: AccountStatus | null;
  role: Role | null;
  /** As typed; trimmed only when sent. */
  q: string;
}

export function parseAccountFilters(params: URLSearchParams): AccountFilters {
  const status = params.get('status');
  const role = params.get('role');
  return {
    status: isOneOf(status, ACCOUNT_STATUSES) ? status : null,
    role: isOneOf(role, ROLES) ? role : null,
    q: (params.get('q') ?? '').slice(0, ACCOUNT_SEARCH_MAX_LENGTH),
    page: parsePage(params),
  };
}

export function accountFiltersToParams(filters: AccountFilters): URLSearchParams {
  return filtersToParams({ status: filters.status, role: filters.role, q: filters.q, page: filters.page });
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
  return filtersToParams({ municipalityId: filters.municipalityId, page: filters.page });
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
  /** Empty: every kind (an unknown kind in the address reads as none). */
  entityType: AuditEntityType | '';
  entityId: string;
}

const AUDIT_FILTER_MAX_LENGTH = 100;

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const entityType = params.get('entityType');
  return {
    entityType: isOneOf(entityType, AUDIT_ENTITY_TYPES) ? entityType : '',
    entityId: (params.get('entityId') ?? '').slice(0, AUDIT_FILTER_MAX_LENGTH),
    page: parsePage(params),
  };
}

export function auditFiltersToParams(filters: AuditFilters): URLSearchParams {
  return filtersToParams({ entityType: filters.entityType, entityId: filters.entityId, page: filters.page });
}

export function toAuditEventListQuery(filters: AuditFilters): AuditEventListQuery {
  return {
    entityType: filters.entityType || undefined,
    entityId: filters.entityId.trim() || undefined,
    page: filters.page,
    per_page: PAGINATION_DEFAULT_PER_PAGE,
  };
}
