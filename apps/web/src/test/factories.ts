import {
  type ApiErrorBody,
  type MunicipalityDetail,
  type MunicipalityPartner,
  type MunicipalitySummary,
  type Page,
} from '@twinning/contracts';

let sequence = 0;

/** A stable, valid UUID per call, so links and keys differ between built towns. */
export function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export function buildMunicipalitySummary(overrides: Partial<MunicipalitySummary> = {}): MunicipalitySummary {
  return {
    id: nextId(),
    nameLocal: 'Köln',
    nameEn: 'Cologne',
    country: 'DE',
    region: 'Nordrhein-Westfalen',
    kind: 'metropolitan',
    population: 1_084_831,
    ...overrides,
  };
}

export function buildMunicipalityPartner(overrides: Partial<MunicipalityPartner> = {}): MunicipalityPartner {
  return {
    partnershipId: nextId(),
    sinceYear: 1997,
    status: 'active',
    programme: 'Turkey–EU Town Twinning',
    description: 'Joint work on waste separation and youth exchanges.',
    municipality: buildMunicipalitySummary(),
    ...overrides,
  };
}

export function buildMunicipalityDetail(overrides: Partial<MunicipalityDetail> = {}): MunicipalityDetail {
  return {
    ...buildMunicipalitySummary({
      nameLocal: 'İstanbul',
      nameEn: 'Istanbul',
      country: 'TR',
      region: 'Marmara',
      population: 15_655_924,
    }),
    populationYear: 2023,
    latitude: 41.0082,
    longitude: 28.9784,
    website: 'https://www.ibb.istanbul',
    partners: [],
    ...overrides,
  };
}

export function buildPage<T>(items: T[], overrides: Partial<Page<T>> = {}): Page<T> {
  return { items, total: items.length, page: 1, perPage: 20, ...overrides };
}

export function buildApiErrorBody(overrides: Partial<ApiErrorBody> = {}): ApiErrorBody {
  return { code: 'validation_failed', message: 'The request is not valid.', details: [], ...overrides };
}
