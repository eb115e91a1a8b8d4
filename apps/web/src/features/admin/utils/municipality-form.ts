import {
  COUNTRY_CODE_PATTERN,
  EMAIL_DOMAIN_PATTERN,
  MUNICIPALITY_KINDS,
  MUNICIPALITY_LIMITS,
  type Municipality,
  type MunicipalityInput,
  type MunicipalityKind,
  type Label,
} from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { type FieldErrors } from '../../../common/utils/field-errors';
import { variantsError, variantsFromForm, variantsToForm } from './text-variants';


export const MUNICIPALITY_FIELDS = [
  'nameLocal',
  'nameEn',
  'country',
  'region',
  'regionVariants',
  'population',
  'populationYear',
  'kind',
  'latitude',
  'longitude',
  'website',
  'emailDomains',
] as const satisfies readonly (keyof MunicipalityInput)[];
export type MunicipalityField = (typeof MUNICIPALITY_FIELDS)[number];

/** What the form holds: numbers as typed (Mantine's NumberInput gives '' when empty). */
export interface MunicipalityFormValues {
  nameLocal: string;
  nameEn: string;
  country: string;
  region: string;
  regionVariants: Label;
  population: number | string;
  populationYear: number | string;
  kind: MunicipalityKind | null;
  latitude: number | string;
  longitude: number | string;
  website: string;
  /** As typed: domains separated by commas, spaces or lines. */
  emailDomains: string;
}

export function emptyMunicipalityForm(): MunicipalityFormValues {
  return {
    nameLocal: '',
    nameEn: '',
    country: '',
    region: '',
    regionVariants: variantsToForm({}),
    population: '',
    populationYear: '',
    kind: null,
    latitude: '',
    longitude: '',
    website: '',
    emailDomains: '',
  };
}

export function municipalityToForm(municipality: Municipality): MunicipalityFormValues {
  return {
    nameLocal: municipality.nameLocal,
    nameEn: municipality.nameEn,
    country: municipality.country,
    region: municipality.region,
    regionVariants: variantsToForm(municipality.regionVariants),
    population: municipality.population,
    populationYear: municipality.populationYear,
    kind: municipality.kind,
    latitude: municipality.latitude,
    longitude: municipality.longitude,
    website: municipality.website ?? '',
    emailDomains: municipality.emailDomains.join(', '),
  };
}

export function validateMunicipalityForm(values: MunicipalityFormValues, t: TFunction): FieldErrors<MunicipalityField> {
  const limits = MUNICIPALITY_LIMITS;
  const text = (value: string, max: number) =>
    value.trim() === '' ? t('forms.required') : value.trim().length > max ? t('forms.tooLong', { max }) : undefined;
  const integer = (value: number | string, min: number, max: number) => {
    if (value === '') return t('forms.required');
    const number = Number(value);
    if (!Number.isInteger(number)) return t('forms.integer');
    return number < min || number > max ? t('forms.between', { min, max }) : undefined;
  };
  const decimal = (value: number | string, limit: number) => {
    if (value === '') return t('forms.required');
    const number = Number(value);
    if (!Number.isFinite(number)) return t('forms.number');
    return number < -limit || number > limit ? t('forms.between', { min: -limit, max: limit }) : undefined;
  };

  return {
    nameLocal: text(values.nameLocal, limits.nameMaxLength),
    nameEn: text(values.nameEn, limits.nameMaxLength),
    country: COUNTRY_CODE_PATTERN.test(values.country) ? undefined : t('adminMunicipalities.form.countryInvalid'),
    region: text(values.region, limits.regionMaxLength),
    regionVariants: variantsError(values.regionVariants, limits.regionMaxLength, t),
    population: integer(values.population, limits.populationMin, limits.populationMax),
    populationYear: integer(values.populationYear, limits.yearMin, limits.yearMax),
    kind: values.kind && MUNICIPALITY_KINDS.includes(values.kind) ? undefined : t('forms.required'),
    latitude: decimal(values.latitude, limits.latitude),
    longitude: decimal(values.longitude, limits.longitude),
    website: websiteError(values.website, t),
    emailDomains: emailDomainsError(values.emailDomains, t),
  };
}

/** The typed domains, lower case, without "@", each once. */
export function parseEmailDomains(value: string): string[] {
  const domains = value
    .split(/[\s,;]+/)
    .map((domain) => domain.trim().toLowerCase().replace(/^@/, ''))
    .filter((domain) => domain !== '');
  return [...new Set(domains)];
}

function emailDomainsError(value: string, t: TFunction): string | undefined {
  const domains = parseEmailDomains(value);
  const invalid = domains.find((domain) => !EMAIL_DOMAIN_PATTERN.test(domain));
  if (invalid) return t('accountSecurity.admin.emailDomainInvalid', { domain: invalid });
  if (domains.length > MUNICIPALITY_LIMITS.emailDomainsMax) {
    return t('accountSecurity.admin.emailDomainsTooMany', { max: MUNICIPALITY_LIMITS.emailDomainsMax });
  }
  return undefined;
}

function websiteError(value: string, t: TFunction): string | undefined {
  const website = value.trim();
  if (website === '') return undefined;
  if (website.length > MUNICIPALITY_LIMITS.websiteMaxLength) {
    return t('forms.tooLong', { max: MUNICIPALITY_LIMITS.websiteMaxLength });
  }
  try {
    const url = new URL(website);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web ? undefined : t('adminMunicipalities.form.websiteInvalid');
  } catch {
    return t('adminMunicipalities.form.websiteInvalid');
  }
}

/** The body of a POST, from values that passed `validateMunicipalityForm`. */
export function toMunicipalityInput(values: MunicipalityFormValues): MunicipalityInput {
  return {
    nameLocal: values.nameLocal.trim(),
    nameEn: values.nameEn.trim(),
    country: values.country,
    region: values.region.trim(),
    regionVariants: variantsFromForm(values.regionVariants),
    population: Number(values.population),
    populationYear: Number(values.populationYear),
    kind: values.kind ?? 'town',
    latitude: Number(values.latitude),
    longitude: Number(values.longitude),
    website: values.website.trim() || null,
    emailDomains: parseEmailDomains(values.emailDomains),
  };
}

/** The body of a PATCH: only what changed, so the audit log records only that. */
export function changedMunicipalityFields(before: Municipality, after: MunicipalityInput): Partial<MunicipalityInput> {
  const changes: Partial<Record<keyof MunicipalityInput, unknown>> = {};
  for (const field of MUNICIPALITY_FIELDS) {
    // Compared as JSON: the domains are a list, the region's variants an object.
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = after[field];
  }
  return changes as Partial<MunicipalityInput>;
}
