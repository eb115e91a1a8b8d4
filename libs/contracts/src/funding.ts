import type { Currency, Label, Theme } from './vocabularies';

/** Who funds a programme. */
export const FUNDING_PROGRAMME_KINDS = ['eu', 'national', 'international', 'foundation'] as const;
export type FundingProgrammeKind = (typeof FUNDING_PROGRAMME_KINDS)[number];
export const FUNDING_PROGRAMME_KIND_LABELS: Record<FundingProgrammeKind, Label> = {
  eu: { en: 'EU', tr: 'AB', de: 'EU' },
  national: { en: 'National', tr: 'Ulusal', de: 'National' },
  international: { en: 'International', tr: 'Uluslararası', de: 'International' },
  foundation: { en: 'Foundation', tr: 'Vakıf', de: 'Stiftung' },
};

/**
 * A programme towns can apply to, kept by the moderators. Amounts and rates are left empty
 * where no one knows them for sure: an empty field is better than a wrong one.
 */
export interface FundingProgramme {
  id: string;
  name: string;
  /** Other names towns write for it ("Town Twinning", "Kardeş Şehir"), matched when their free text is read. */
  aliases: string[];
  funder: string;
  kind: FundingProgrammeKind;
  /** ISO 3166-1 alpha-2 codes of the countries whose towns may apply; empty when it is not limited to a list. */
  eligibleCountries: string[];
  themes: Theme[];
  /** A typical grant, lowest and highest, in `grantCurrency`. */
  typicalGrantMin: number | null;
  typicalGrantMax: number | null;
  grantCurrency: Currency | null;
  /** The highest share of the costs the programme pays, 0–100. */
  coFinancingRatePercent: number | null;
  officialUrl: string;
  description: Label;
  /** Archived programmes stay on the case studies they funded but are no longer listed. */
  archived: boolean;
}

export type FundingProgrammeInput = Omit<FundingProgramme, 'id' | 'archived'>;
export type FundingProgrammeUpdate = Partial<FundingProgrammeInput> & { archived?: boolean };

export interface FundingProgrammeListQuery {
  theme?: Theme;
  kind?: FundingProgrammeKind;
  /** Moderators see archived programmes too when they ask for them. */
  includeArchived?: boolean;
}

/** Forthcoming before it opens, open up to and including its closing day, closed after. */
export const FUNDING_CALL_STATUSES = ['forthcoming', 'open', 'closed'] as const;
export type FundingCallStatus = (typeof FUNDING_CALL_STATUSES)[number];
export const FUNDING_CALL_STATUS_LABELS: Record<FundingCallStatus, Label> = {
  forthcoming: { en: 'Forthcoming', tr: 'Yakında açılacak', de: 'Demnächst' },
  open: { en: 'Open', tr: 'Açık', de: 'Offen' },
  closed: { en: 'Closed', tr: 'Kapandı', de: 'Geschlossen' },
};

/** One call for proposals of a programme. Dates are YYYY-MM-DD; the closing date is the deadline. */
export interface FundingCall {
  id: string;
  programme: { id: string; name: string; themes: Theme[] };
  title: string;
  opensOn: string;
  closesOn: string;
  budget: number | null;
  budgetCurrency: Currency | null;
  url: string;
  /** Computed from the dates and today's date; never stored. */
  status: FundingCallStatus;
}

export interface FundingCallInput {
  programmeId: string;
  title: string;
  opensOn: string;
  closesOn: string;
  budget: number | null;
  budgetCurrency: Currency | null;
  url: string;
}
export type FundingCallUpdate = Partial<FundingCallInput>;

export interface FundingCallListQuery {
  theme?: Theme;
  programmeId?: string;
  status?: FundingCallStatus;
}

/** A programme with its calls, newest deadline first. */
export interface FundingProgrammeDetail extends FundingProgramme {
  calls: FundingCall[];
}

export const FUNDING_LIMITS = {
  nameMaxLength: 200,
  funderMaxLength: 200,
  aliasMaxLength: 200,
  maxAliases: 20,
  maxEligibleCountries: 60,
  urlMaxLength: 500,
  descriptionMaxLength: 3_000,
  callTitleMaxLength: 300,
  minAmount: 0,
  maxAmount: 100_000_000_000,
  minRatePercent: 0,
  maxRatePercent: 100,
} as const;

export const FundingErrorCode = {
  ProgrammeNotFound: 'funding_programme_not_found',
  CallNotFound: 'funding_call_not_found',
  ProgrammeNameTaken: 'funding_programme_name_taken',
  /** A call that closes before it opens, or a grant range upside down. */
  InvalidRange: 'funding_invalid_range',
} as const;

/** The status of a call on `today` (YYYY-MM-DD, the caller's calendar day). */
export function fundingCallStatus(call: Pick<FundingCall, 'opensOn' | 'closesOn'>, today: string): FundingCallStatus {
  if (today < call.opensOn) return 'forthcoming';
  return today <= call.closesOn ? 'open' : 'closed';
}
