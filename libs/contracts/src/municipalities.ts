import type { PageQuery } from './pagination';
import type { PartnershipKind, PartnershipStatus } from './partnerships';
import type { TextVariants } from './vocabularies';

export const MUNICIPALITY_KINDS = ['metropolitan', 'district', 'town', 'village'] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/** ISO 3166-1 alpha-2, upper case. */
export type CountryCode = string;
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;

export const MUNICIPALITY_SEARCH_MAX_LENGTH = 100;

export interface MunicipalitySummary {
  id: string;
  /** The name in the municipality's own language, e.g. "İstanbul", "Köln". */
  nameLocal: string;
  /** The English name, e.g. "Istanbul", "Cologne". */
  nameEn: string;
  country: CountryCode;
  region: string;
  kind: MunicipalityKind;
  population: number;
}

export interface Municipality extends MunicipalitySummary {
  /** `region` in other interface languages, where one was written. */
  regionVariants: TextVariants;
  populationYear: number;
  latitude: number;
  longitude: number;
  website: string | null;
  /** The domains of its staff's e-mail addresses; a moderator sees whether a new account's address matches. */
  emailDomains: string[];
}

export interface MunicipalityPartner {
  partnershipId: string;
  kind: PartnershipKind;
  sinceYear: number;
  status: PartnershipStatus;
  programme: string | null;
  description: string;
  /** `description` in other interface languages, where one was written. */
  descriptionVariants: TextVariants;
  municipality: MunicipalitySummary;
}

export interface MunicipalityDetail extends Municipality {
  partners: MunicipalityPartner[];
}

export interface MunicipalityListQuery extends PageQuery {
  /** Part of the name in either language; case and diacritics are ignored ("istanbul" finds "İstanbul"). */
  q?: string;
  country?: CountryCode;
  kind?: MunicipalityKind;
}

export const MunicipalityErrorCode = {
  NotFound: 'municipality_not_found',
} as const;
