import { Injectable } from '@nestjs/common';
import { PARTNER_REQUEST_FACETS, type PartnerRequestFacet } from '@twinning/contracts';
import { type Pagination } from '../common/dto/page-query.dto';
import { dayNumber, PARTNER_REQUEST_INDEX, type PartnerRequestDocument, populationBandFilterValues } from '../search/partner-request-document';
import { filterValue } from '../search/search.service';
import { SearchRepository } from '../search/search.repository';
import { type FacetCounts, type FacetFilters } from './partner-requests.repository';

/** The document attribute each facet filters and counts (status is a range on the deadline instead). */
const ATTRIBUTES: Record<Exclude<PartnerRequestFacet, 'status'>, keyof PartnerRequestDocument> = {
  theme: 'themes',
  sdg: 'sdgs',
  country: 'country',
  language: 'languages',
  programme: 'programmeId',
  partner_population_band: 'partnerPopulationBands',
};

/**
 * Partner requests in Meilisearch: the same filters and facet counts as PartnerRequestsRepository's
 * PostgreSQL search (each facet counted with every filter but its own), in one multi-search.
 */
@Injectable()
export class PartnerRequestSearchRepository {
  constructor(private readonly search: SearchRepository) {}

  async searchRequests(q: string | undefined, filters: FacetFilters, today: string, pagination: Pagination): Promise<{ ids: string[]; total: number; facets: FacetCounts }> {
    const todayNumber = dayNumber(today);
    const statusFilter = (statuses: string[] | undefined): string[] => {
      const open = statuses?.includes('open') ?? true;
      const closed = statuses?.includes('closed') ?? true;
      if (open && closed) return [];
      return [open ? `deadlineDay >= ${todayNumber}` : `deadlineDay < ${todayNumber}`];
    };
    const filterOf = (skip?: PartnerRequestFacet): string[] =>
      PARTNER_REQUEST_FACETS.filter((facet) => facet !== skip && filters[facet]?.length).flatMap((facet) => {
        if (facet === 'status') return statusFilter(filters.status);
        const values = facet === 'partner_population_band' ? populationBandFilterValues(filters[facet]!) : filters[facet]!;
        return [`${ATTRIBUTES[facet]} IN [${values.map((value) => filterValue(facet === 'sdg' ? Number(value) : value)).join(', ')}]`];
      });
    const counted = Object.keys(ATTRIBUTES) as Exclude<PartnerRequestFacet, 'status'>[];
    const [main, ...rest] = await this.search.multiSearch<Pick<PartnerRequestDocument, 'id'>>(PARTNER_REQUEST_INDEX, [
      { q, filter: filterOf(), sort: ['createdAt:desc'], offset: pagination.offset, limit: pagination.perPage },
      ...counted.map((facet) => ({ q, filter: filterOf(facet), facets: [ATTRIBUTES[facet]], limit: 0 })),
      ...(['open', 'closed'] as const).map((status) => ({ q, filter: [...filterOf('status'), ...statusFilter([status])], limit: 0 })),
    ]);
    const facetResults = rest.slice(0, counted.length);
    const [open, closed] = rest.slice(counted.length);
    const facets = Object.fromEntries(counted.map((facet, index) => [facet, facetResults[index].facetDistribution?.[ATTRIBUTES[facet]] ?? {}])) as FacetCounts;
    facets.status = Object.fromEntries(
      [
        ['open', open.estimatedTotalHits ?? 0],
        ['closed', closed.estimatedTotalHits ?? 0],
      ].filter(([, count]) => Number(count) > 0),
    ) as Record<string, number>;
    return { ids: main.hits.map((hit) => hit.id), total: main.estimatedTotalHits ?? 0, facets };
  }
}
