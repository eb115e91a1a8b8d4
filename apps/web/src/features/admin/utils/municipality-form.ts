import {
  COUNTRY_CODE_PATTERN,
  MUNICIPALITY_KINDS,
  MUNICIPALITY_LIMITS,
  type Municipality,
  type MunicipalityInput,
  type MunicipalityKind,
} from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { type FieldErrors } from '../../../common/utils/field-errors';


export const MUNICIPALITY_FIELDS = [
  'nameLocal',
  'nameEn',
  'country',
  'region',
  'population',
  'populationYear',
  'kind',
  'latitude',
  'longitude',
  'website',
] as const satisfies readonly (keyof MunicipalityInput)[];
export type MunicipalityField = (typeof MUNICIPALITY_FIELDS)[number];

/** What the form holds: numbers as typed (Mantine's NumberInput gives '' when empty). */
export interface MunicipalityFormValues {
  nameLocal: string;
  nameEn: string;
  country: string;
  region: string;
  population: number | string;
  populationYear: number | string;
  kind: MunicipalityKind | null;
  latitude: number | string;
  longitude: number | string;
  website: string;
}

export function emptyMunicipalityForm(): MunicipalityFormValues {
  return {
    nameLocal: '',
    nameEn: '',
    country: '',
    region: '',
    population: '',
    populationYear: '',
    kind: null,
    latitude: '',
    longitude: '',
    website: '',
  };
}

export function municipalityToForm(municipality: Municipality): MunicipalityFormValues {
  return {
    nameLocal: municipality.nameLocal,
    nameEn: municipality.nameEn,
    country: municipality.country,
    region: municipality.region,
    population: municipality.population,
    populationYear: municipality.populationYear,
    kind: municipality.kind,
    latitude: municipality.latitude,
    longitude: municipality.longitude,
    website: municipality.website ?? '',
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
    population: integer(values.population, limits.populationMin, limits.populationMax),
    populationYear: integer(values.populationYear, limits.yearMin, limits.yearMax),
    kind: values.kind && MUNICIPALITY_KINDS.includes(values.kind) ? undefined : t('forms.required'),
    latitude: decimal(values.latitude, limits.latitude),
    longitude: decimal(values.longitude, limits.longitude),
    website: websiteError(values.website, t),
  };
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
    population: Number(values.population),
    populationYear: Number(values.populationYear),
    kind: values.kind ?? 'town',
    latitude: Number(values.latitude),
    longitude: Number(values.longitude),
    website: values.website.trim() || null,
  };
}

/** The body of a PATCH: only what changed, so the audit log records only that. */
export function changedMunicipalityFields(before: Municipality, after: MunicipalityInput): Partial<MunicipalityInput> {
  const changes: Partial<Record<keyof MunicipalityInput, unknown>> = {};
  for (const field of MUNICIPALITY_FIELDS) {
    if (before[field] !== after[field]) changes[field] = after[field];
  }
  return changes as Partial<MunicipalityInput>;
}
