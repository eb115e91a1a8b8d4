import type { AdaptationSummary } from './adaptations';
import type { MunicipalitySummary } from './municipalities';
import type { Currency, TextVariants } from './vocabularies';

export const PARTNERSHIP_STATUSES = ['active', 'ended'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** A twinning, or a partnership for a joint project made from an accepted partner request. */
export const PARTNERSHIP_KINDS = ['twinning', 'project'] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/** The agreement the two towns signed; every part may be unknown. */
export interface PartnershipAgreement {
  /** YYYY-MM-DD. */
  signedOn: string | null;
  url: string | null;
  /** What was agreed, in Markdown; empty when not written down. */
  text: string;
}

/** A partnership between two municipalities (symmetric: the order of the pair means nothing). */
export interface Partnership {
  id: string;
  kind: PartnershipKind;
  municipalities: [MunicipalitySummary, MunicipalitySummary];
  sinceYear: number;
  status: PartnershipStatus;
  /** Free text kept from before the catalogue, e.g. the programme that funded the twinning. */
  programme: string | null;
  /** The catalogue programme it aims at or was funded by. */
  fundingProgramme: { id: string; name: string } | null;
  /** The call it aims at (a project partnership). */
  fundingCall: { id: string; title: string; closesOn: string } | null;
  agreement: PartnershipAgreement;
  description: string;
  /** `description` in other interface languages, where one was written. */
  descriptionVariants: TextVariants;
}

/** What two partner towns did together. */
export const PARTNERSHIP_ACTIVITY_KINDS = ['study_visit', 'staff_exchange', 'training', 'joint_project'] as const;
export type PartnershipActivityKind = (typeof PARTNERSHIP_ACTIVITY_KINDS)[number];

export const PARTNERSHIP_ACTIVITY_LIMITS = {
  titleMaxLength: 300,
  descriptionMaxLength: 10_000,
  learnedMaxLength: 5_000,
  participantCountMax: 10_000,
  participantRolesMax: 20,
  participantRoleMaxLength: 100,
  caseStudiesMax: 20,
  fundingAmountMax: 100_000_000_000,
} as const;

/** A joint project's money: the catalogue programme that paid and how much, each may be unknown. */
export interface PartnershipActivityFunding {
  programme: { id: string; name: string } | null;
  amount: number | null;
  currency: Currency | null;
}

/** A study visit, staff exchange, training or joint project of a partnership, and what it built. */
export interface PartnershipActivity {
  id: string;
  partnershipId: string;
  kind: PartnershipActivityKind;
  title: string;
  /** Markdown. */
  description: string;
  /** `title`, `description` and `learned` in other interface languages, where one was written. */
  titleVariants: TextVariants;
  descriptionVariants: TextVariants;
  learnedVariants: TextVariants;
  /** YYYY-MM-DD; `endsOn` null for a single day. */
  startsOn: string;
  endsOn: string | null;
  /** Visitors see public activities only; staff of the two towns and moderators see all. */
  isPublic: boolean;
  participantCount: number | null;
  /** e.g. "urban planner", "waste officer". */
  participantRoles: string[];
  /** What the participants learned (Markdown). */
  learned: string;
  /** Practices it concerned; an anonymous or unpublished one is never listed. */
  caseStudies: { id: string; title: string }[];
  /** A joint project's funding; null for other kinds. */
  funding: PartnershipActivityFunding | null;
}

/** Body of POST …/activities; PATCH takes any subset. */
export interface PartnershipActivityInput {
  kind: PartnershipActivityKind;
  title: string;
  description: string;
  titleVariants?: TextVariants;
  descriptionVariants?: TextVariants;
  learnedVariants?: TextVariants;
  startsOn: string;
  endsOn: string | null;
  isPublic: boolean;
  participantCount: number | null;
  participantRoles: string[];
  learned: string;
  caseStudyIds: string[];
  /** Only for a joint project; refused on other kinds. The amount and currency go together. */
  fundingProgrammeId?: string | null;
  fundingAmount?: number | null;
  fundingCurrency?: Currency | null;
}
export type PartnershipActivityUpdate = Partial<PartnershipActivityInput>;

/** A member of staff of one of the two towns, shown to signed-in accounts only. */
export interface PartnershipContact {
  displayName: string;
  email: string;
  municipalityId: string;
}

/** GET /partnerships/{id}: the partnership's page. */
export interface PartnershipDetail extends Partnership {
  /** Newest first; public ones only for callers who may not edit them. */
  activities: PartnershipActivity[];
  /** Adaptations of one town's published, named case studies by the other, newest first. */
  travelledPractices: AdaptationSummary[];
  /** Null for visitors: contacts are for signed-in accounts. */
  contacts: PartnershipContact[] | null;
  /** Whether the caller may add and edit activities (staff of the two towns, moderators). */
  canEditActivities: boolean;
}

/** A partnership that does not exist is AdminErrorCode.PartnershipNotFound. */
export const PartnershipErrorCode = {
  ActivityNotFound: 'partnership_activity_not_found',
} as const;
