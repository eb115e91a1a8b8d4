import { useQuery } from '@tanstack/react-query';
import { isUuid } from '../../../common/utils/uuid';
import { adaptationKeys, fetchAdaptation, fetchCaseStudyAdaptations, fetchTownAdaptations } from '../api/adaptations.api';

export function useCaseStudyAdaptations(caseStudyId: string) {
  return useQuery({
    queryKey: adaptationKeys.forCaseStudy(caseStudyId),
    queryFn: ({ signal }) => fetchCaseStudyAdaptations(caseStudyId, signal),
    enabled: isUuid(caseStudyId),
  });
}

export function useAdaptation(id: string) {
  return useQuery({
    queryKey: adaptationKeys.detail(id),
    queryFn: ({ signal }) => fetchAdaptation(id, signal),
    enabled: isUuid(id),
  });
}

export function useTownAdaptations(municipalityId: string) {
  return useQuery({
    queryKey: adaptationKeys.forTown(municipalityId),
    queryFn: ({ signal }) => fetchTownAdaptations(municipalityId, signal),
    enabled: isUuid(municipalityId),
  });
}
