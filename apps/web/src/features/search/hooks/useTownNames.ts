import { type MunicipalitySummary, type SearchResponse } from '@twinning/contracts';
import { usePartnerTowns } from '../../case-studies/hooks/usePartnerTowns';
import { townName } from '../../municipalities/utils/town-name';

/**
 * Names for the towns a search is filtered by (ticked municipalities, "partners of"). Most come
 * with the answer (the municipality facet's labels, the hits' towns, the viewer's own town); a
 * town the answer no longer mentions (a shared link, a filter that hides it) is read from its page.
 */
export function useTownNames(
  ids: readonly string[],
  response: SearchResponse | undefined,
  ownTown: MunicipalitySummary | null,
): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  if (ownTown) names.set(ownTown.id, townName(ownTown));
  for (const hit of response?.hits ?? []) {
    if (hit.municipality) names.set(hit.municipality.id, townName(hit.municipality));
  }
  for (const entry of response?.facets.municipality ?? []) {
    if (entry.label) names.set(entry.value, entry.label);
  }
  // Until the answer is in, most names are about to arrive with it.
  const missing = response ? [...new Set(ids)].filter((id) => !names.has(id)) : [];
  const fetched = usePartnerTowns(missing);
  for (const town of fetched) names.set(town.id, townName(town));
  return names;
}
