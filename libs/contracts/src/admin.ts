import type { MunicipalityKind } from './municipalities';
import type { PageQuery } from './pagination';
import type { PartnershipKind, PartnershipStatus } from './partnerships';
import type { TextVariants } from './vocabularies';

/** The rules of a municipality's fields, checked by the API and shown by the forms. */
export const MUNICIPALITY_LIMITS = {
  nameMaxLength: 200,
  regionMaxLength: 200,
  populationMin: 1,
  populationMax: 100_000_000,
  yearMin: 1900,
  yearMax: 2100,
  latitude: 90,
  longitude: 180,
  websiteMaxLength: 500,
  emailDomainsMax: 20,
  emailDomainMaxLength: 253,
} as const;

/** A domain as a municipality lists it: lower case, no "@", e.g. `bursa.bel.tr`. */
export const EMAIL_DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The rules of a partnership's fields, checked by the API and shown by the forms. */
export const PARTNERSHIP_LIMITS = {
  yearMin: 1900,
  yearMax: 2100,
  programmeMaxLength: 300,
  descriptionMaxLength: 2000,
  agreementUrlMaxLength: 500,
  agreementTextMaxLength: 5000,
} as const;

/** The longest text the admins' account search (`q` of AdminUserListQuery) takes. */
export const ACCOUNT_SEARCH_MAX_LENGTH = 100;

/** Body of POST /admin/municipalities; PATCH takes any subset. */
export interface MunicipalityInput {
  nameLocal: string;
  nameEn: string;
  country: string;
  region: string;
  /** The region's name in other interface languages; optional, the ones left out or empty fall back to `region`. */
  regionVariants?: TextVariants;
  population: number;
  populationYear: number;
  kind: MunicipalityKind;
  latitude: number;
  longitude: number;
  website: string | null;
  /** The domains of the municipality's staff addresses (`bursa.bel.tr`); optional, none when left out. */
  emailDomains?: string[];
}

/** Body of POST /admin/partnerships; PATCH takes any subset of the fields after the pair. */
export interface PartnershipInput {
  municipalityIds: [string, string];
  sinceYear: number;
  status: PartnershipStatus;
  programme: string | null;
  description: string;
  /** The description in other interface languages; optional, the ones left out or empty fall back to `description`. */
  descriptionVariants?: TextVariants;
  /** Optional, twinning when left out. */
  kind?: PartnershipKind;
  /** Optional, none when left out. A call alone sets its programme too; a call of another programme is refused. */
  fundingProgrammeId?: string | null;
  fundingCallId?: string | null;
  /** Optional, unknown / empty when left out. */
  agreementSignedOn?: string | null;
  agreementUrl?: string | null;
  agreementText?: string;
}

export type PartnershipUpdate = Partial<Omit<PartnershipInput, 'municipalityIds'>>;

export interface AdminPartnershipListQuery extends PageQuery {
  /** Only the partnerships of this municipality. */
  municipalityId?: string;
}

export interface AuditEvent {
  id: string;
  /** Who did it; null for the system (seed, migrations). */
  actor: { id: string; displayName: string } | null;
  /** e.g. `user.verified`, `partnership.created`. */
  action: string;
  entityType: string;
  entityId: string;
  /** The changed fields before and after; null when the thing did not exist before / no longer exists. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

export interface AuditEventListQuery extends PageQuery {
  entityType?: string;
  entityId?: string;
}

export const AdminErrorCode = {
  PartnershipNotFound: 'partnership_not_found',
  PartnershipExists: 'partnership_exists',
  MunicipalityInUse: 'municipality_in_use',
} as const;
