import { useQuery } from '@tanstack/react-query';
import { fetchMunicipality, municipalityKeys } from '../api/municipalities.api';
import { isMunicipalityId } from '../utils/municipality-id';

export function useMunicipality(id: string) {
  return useQuery({
    queryKey: municipalityKeys.detail(id),
    queryFn: ({ signal }) => fetchMunicipality(id, signal),
    enabled: isMunicipalityId(id),
  });
}
