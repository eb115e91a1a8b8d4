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

/** The kinds of things the audit log records; each has a name in every interface language. */
export const AUDIT_ENTITY_TYPES = [
  'user',
  'invitation',
  'municipality',
  'partnership',
  'partnership_activity',
  'partner_request',
  'partner_answer',
  'case_study',
  'adaptation',
  'adaptation_check_in',
  'discussion_post',
  'collection',
  'funding_programme',
  'funding_call',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Every action the API records (`<entity type>.<what happened>`); each has a sentence in every interface language. */
export const AUDIT_ACTIONS = [
  'user.registered',
  'user.created',
  'user.admin_created_from_cli',
  'user.email_confirmed',
  'user.verified',
  'user.updated',
  'user.deactivated',
  'user.reactivated',
  'user.password_changed',
  'user.password_reset_sent',
  'user.password_reset',
  'user.two_factor_enabled',
  'user.two_factor_disabled',
  'invitation.created',
  'invitation.accepted',
  'municipality.created',
  'municipality.updated',
  'municipality.deleted',
  'partnership.created',
  'partnership.updated',
  'partnership.deleted',
  'partnership_activity.created',
  'partnership_activity.updated',
  'partnership_activity.deleted',
  'partner_request.posted',
  'partner_request.answered',
  'partner_answer.decided',
  'case_study.created',
  'case_study.submitted',
  'case_study.revision_opened',
  'case_study.anonymity_changed',
  'case_study.featured',
  'case_study.unfeatured',
  'case_study.approve',
  'case_study.request_changes',
  'case_study.reject',
  'case_study.archived',
  'case_study.deleted',
  'case_study.file_added',
  'case_study.file_removed',
  'case_study.translation_submitted',
  'case_study.translation_approve',
  'case_study.translation_reject',
  'adaptation.started',
  'adaptation.status_changed',
  'post.hidden',
  'post.shown',
  'post.reports_dismissed',
  'reports.resolved',
  'reports.dismissed',
  'collection.created',
  'collection.updated',
  'collection.deleted',
  'funding_programme.created',
  'funding_programme.updated',
  'funding_call.created',
  'funding_call.updated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  id: string;
  /** Who did it; null for the system (seed, migrations). */
  actor: { id: string; displayName: string } | null;
  /** One of AUDIT_ACTIONS, or one a newer API records (shown as it is). */
  action: string;
  entityType: string;
  entityId: string;
  /** What the thing is called now (a title, a name, "Bursa – Darmstadt"); null once it is gone. */
  entityLabel: string | null;
  /** The changed fields before and after; null when the thing did not exist before / no longer exists. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

export interface AuditEventListQuery extends PageQuery {
  entityType?: AuditEntityType;
  entityId?: string;
}

export const AdminErrorCode = {
  PartnershipNotFound: 'partnership_not_found',
  PartnershipExists: 'partnership_exists',
  MunicipalityInUse: 'municipality_in_use',
} as const;
