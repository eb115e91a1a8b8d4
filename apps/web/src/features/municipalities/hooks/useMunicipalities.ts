import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type MunicipalityListQuery } from '@twinning/contracts';
import { fetchMunicipalities, municipalityKeys } from '../api/municipalities.api';

export function useMunicipalities(query: MunicipalityListQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: municipalityKeys.list(query),
    queryFn: ({ signal }) => fetchMunicipalities(query, signal),
    enabled,
    // Keep the last page on screen while the next one loads, instead of flashing skeletons.
    placeholderData: keepPreviousData,
  });
}
