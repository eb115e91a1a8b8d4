import { useQueries } from '@tanstack/react-query';
import { type MunicipalitySummary } from '@twinning/contracts';
import { fetchMunicipality, municipalityKeys } from '../../municipalities/api/municipalities.api';
import { useCaseStudy } from './useCaseStudy';

/**
 * The towns behind `partnerMunicipalityIds`. A working copy and a revision carry only the ids, so
 * each town not already `known` (the published partners, a town just picked) is read from its
 * public page, which React Query shares with the town pages.
 */
export function usePartnerTowns(ids: readonly string[], known: readonly MunicipalitySummary[] = []): MunicipalitySummary[] {
  const missing = ids.filter((id) => !known.some((town) => town.id === id));
  const results = useQueries({
    queries: missing.map((id) => ({
      queryKey: municipalityKeys.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchMunicipality(id, signal),
      staleTime: 5 * 60_000,
    })),
  });
  return ids.flatMap((id) => {
    const town = known.find((candidate) => candidate.id === id) ?? results[missing.indexOf(id)]?.data;
    return town ? [town] : [];
  });
}

/**
 * The partner towns a submitted revision names. Those of the published revision come with the
 * case study (which the revision pages read anyway), so only the others are read one by one, and
 * only once the case study is in.
 */
export function useRevisionPartners(caseStudyId: string, ids: readonly string[]): MunicipalitySummary[] {
  const caseStudy = useCaseStudy(caseStudyId);
  return usePartnerTowns(caseStudy.isPending ? [] : ids, caseStudy.data?.published?.partners);
}
