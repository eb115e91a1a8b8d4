import {
  ApiRoutes,
  type MunicipalityDetail,
  type MunicipalityListQuery,
  type MunicipalitySummary,
  type Page,
} from '@twinning/contracts';
import { apiGet } from '../../../lib/api-client';

export const municipalityKeys = {
  all: ['municipalities'] as const,
  list: (query: MunicipalityListQuery) => [...municipalityKeys.all, 'list', query] as const,
  detail: (id: string) => [...municipalityKeys.all, 'detail', id] as const,
};

export function fetchMunicipalities(
  query: MunicipalityListQuery,
  signal?: AbortSignal,
): Promise<Page<MunicipalitySummary>> {
  return apiGet<Page<MunicipalitySummary>>(ApiRoutes.municipalities, { query: { ...query }, signal });
}

export function fetchMunicipality(id: string, signal?: AbortSignal): Promise<MunicipalityDetail> {
  return apiGet<MunicipalityDetail>(ApiRoutes.municipality(id), { signal });
}
