import { Accordion, Box, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { SEARCH_FACETS, type MunicipalitySummary, type SearchFacet, type SearchResponse } from '@twinning/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleFacetValue, type SearchFilters } from '../utils/search-filters';
import { FacetValueList } from './FacetValueList';
import { YearRange } from './YearRange';
import { townName } from '../../municipalities/utils/town-name';

interface FacetSidebarProps {
  /** Undefined until the first answer arrives. */
  facets: SearchResponse['facets'] | undefined;
  filters: SearchFilters;
  labelOfValue: (facet: SearchFacet, value: string, apiLabel?: string) => string;
  onChange: (patch: Partial<SearchFilters>) => void;
  /** The town of verified staff, for "Only my partner towns"; null hides the switch. */
  ownTown: MunicipalitySummary | null;
  /** False inside the filters drawer of a narrow screen, whose own title says "Filters". */
  withTitle?: boolean;
}

/** Every facet with its counts, each group folding away; ticking a value filters at once. */
export function FacetSidebar({ facets, filters, labelOfValue, onChange, ownTown, withTitle = true }: FacetSidebarProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const partnersHintId = useId();
  // Open at first on a wide screen, where the results sit beside the facets; folded on a phone,
  // where they would otherwise push the results far down. After the first toggle, the reader decides.
  const narrowScreen = useMediaQuery('(max-width: 48em)');
  const [toggledGroups, setToggledGroups] = useState<string[] | null>(null);
  const openGroups = toggledGroups ?? (narrowScreen ? [] : [...SEARCH_FACETS]);

  return (
    <Box
      component="aside"
      aria-labelledby={withTitle ? headingId : undefined}
      aria-label={withTitle ? undefined : t('search.filtersTitle')}
    >
      <Stack gap="sm">
        {withTitle && (
          <Title order={2} size="h4" id={headingId}>
            {t('search.filtersTitle')}
          </Title>
        )}
        {ownTown && (
          <div>
            {/* The hint stays outside the label (Mantine puts a description inside it), so the name is the label alone. */}
            <Switch
              label={t('search.onlyMyPartners')}
              aria-describedby={partnersHintId}
              checked={filters.partnersOf === ownTown.id}
              onChange={(event) => onChange({ partnersOf: event.currentTarget.checked ? ownTown.id : null })}
            />
            <Text id={partnersHintId} size="xs" c="dimmed" mt={4}>
              {t('search.onlyMyPartnersHint', { town: townName(ownTown) })}
            </Text>
          </div>
        )}
        <Accordion multiple value={openGroups} onChange={setToggledGroups} order={3} chevronPosition="right">
          {SEARCH_FACETS.map((facet) => (
            <Accordion.Item key={facet} value={facet}>
              <Accordion.Control>{t(`search.facets.${facet}`)}</Accordion.Control>
              <Accordion.Panel>
                {!facets ? (
                  <Stack gap={6} aria-hidden="true">
                    <Skeleton height={18} />
                    <Skeleton height={18} width="80%" />
                  </Stack>
                ) : facet === 'year' ? (
                  <YearRange
                    counted={facets.year}
                    yearFrom={filters.yearFrom}
                    yearTo={filters.yearTo}
                    onChange={(years) => onChange(years)}
                  />
                ) : (
                  <FacetValueList
                    facet={facet}
                    counted={facets[facet]}
                    selected={filters.facets[facet]}
                    labelOf={(value, apiLabel) => labelOfValue(facet, value, apiLabel)}
                    onToggle={(value) => onChange({ facets: toggleFacetValue(filters.facets, facet, value) })}
                  />
                )}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Stack>
    </Box>
  );
}
