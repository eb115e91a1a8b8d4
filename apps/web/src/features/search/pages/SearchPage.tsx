import { Anchor, Box, Button, Drawer, Grid, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { SEARCH_QUERY_MAX_LENGTH, SEARCH_SORTS } from '@twinning/contracts';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../common/components/ErrorState';
import { ListPagination, pageCountOf } from '../../../common/components/ListPagination';
import { SearchInput } from '../../../common/components/SearchInput';
import { TableSkeleton } from '../../../common/components/TableSkeleton';
import { useNarrowScreen } from '../../../common/hooks/useNarrowScreen';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { isOneOf } from '../../../common/utils/is-one-of';
import { useFormatters } from '../../../i18n';
import { useSession } from '../../auth/hooks/useSession';
import { canWriteCaseStudies } from '../../auth/utils/permissions';
import { ActiveFilters } from '../components/ActiveFilters';
import { FacetSidebar } from '../components/FacetSidebar';
import { NoResults } from '../components/NoResults';
import { SearchExportLinks } from '../components/SearchExportLinks';
import { SearchHitCard } from '../components/SearchHitCard';
import { useFacetValueLabel } from '../hooks/useFacetValueLabel';
import { useCollectionTitles } from '../../collections/hooks/useCollections';
import { useFilterChips } from '../hooks/useFilterChips';
import { useSearch } from '../hooks/useSearch';
import { useSearchFilters } from '../hooks/useSearchFilters';
import { useTownNames } from '../hooks/useTownNames';
import { effectiveSort, toSearchQuery } from '../utils/search-filters';

/** Where the skip link past the filters lands. */
const RESULTS_ID = 'search-results';

/**
 * Full-text search of the published case studies, with facets, in any language the portal
 * knows. With nothing typed it shows the newest case studies, so the page is never empty.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const { account } = useSession();
  // "Only my partner towns" is for verified staff, whose account names their town.
  const ownTown = account && canWriteCaseStudies(account) ? account.municipality : null;

  const { filters, updateFilters, clearFilters, hasFilters } = useSearchFilters();
  const searchQuery = toSearchQuery(filters);
  const search = useSearch(searchQuery);
  const result = search.data;
  const townIds = filters.partnersOf ? [...filters.facets.municipality, filters.partnersOf] : filters.facets.municipality;
  const townNames = useTownNames(townIds, result, ownTown);
  // The programme facet's counts carry the names: a ticked programme stays among them (a facet ignores its own filter).
  const programmeNames = useMemo(() => new Map((result?.facets.programme ?? []).map((entry) => [entry.value, entry.label ?? entry.value])), [result]);
  // Collection titles are in three languages: the reader's comes from the collections themselves.
  const collectionTitles = useCollectionTitles(Boolean(result?.facets.collection.length) || filters.facets.collection.length > 0);
  const labelOfValue = useFacetValueLabel(townNames, programmeNames, collectionTitles);
  const chips = useFilterChips(filters, labelOfValue, townNames, ownTown?.id ?? null);

  const query = filters.q.trim();
  const browsing = !query && !hasFilters;
  usePageTitle(query ? t('search.pageTitleWithQuery', { query }) : t('search.title'));

  const pageCount = result ? pageCountOf(result) : 1;
  const pastLastPage = Boolean(result && !search.isPlaceholderData && result.total > 0 && filters.page > pageCount);
  // An old link can point past the end once fewer case studies match; show the last page instead.
  useEffect(() => {
    if (pastLastPage) updateFilters({ page: pageCount }, { replace: true });
  }, [pastLastPage, pageCount, updateFilters]);

  // On a narrow screen the results come first and the filters wait behind a button, in a drawer.
  const filtersInDrawer = useNarrowScreen('md');
  const [filtersOpened, filtersDrawer] = useDisclosure(false);
  const facetSidebar = (
    <FacetSidebar
      facets={result?.facets}
      filters={filters}
      labelOfValue={labelOfValue}
      onChange={(patch) => updateFilters(patch)}
      ownTown={ownTown}
      withTitle={!filtersInDrawer}
    />
  );

  const resultsHeadingId = useId();
  const noResults = Boolean(result && !search.isError && result.hits.length === 0);
  // The fallback search is less precise, so it is not offered as a file; nor is an empty one.
  const exportable = Boolean(result && !search.isError && !result.degraded && result.hits.length > 0);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('search.title')}</Title>
        <Text c="dimmed">{t('search.intro')}</Text>
      </div>

      <Box component="form" role="search" onSubmit={(event) => event.preventDefault()}>
        {/* Replace, not push: one history entry per search, not one per pause in typing. */}
        <SearchInput
          label={t('search.inputLabel')}
          placeholder={t('search.inputPlaceholder')}
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          value={filters.q}
          // Enter on the same words must not send the reader back to the first page.
          onCommit={(q) => {
            if (q !== filters.q) updateFilters({ q }, { replace: true });
          }}
        />
      </Box>

      {/* Beside the results, the filters come first, dozens of tab stops; a keyboard user may go straight to the results. */}
      {!filtersInDrawer && (
        <Anchor href={`#${RESULTS_ID}`} className="skip-link">
          {t('search.skipToResults')}
        </Anchor>
      )}
      <Grid gap="xl">
        {!filtersInDrawer && <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>{facetSidebar}</Grid.Col>}
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }} id={RESULTS_ID} tabIndex={-1} style={{ outline: 'none' }}>
          <Stack gap="md">
            {filtersInDrawer && (
              <>
                <Button variant="default" onClick={filtersDrawer.open} aria-expanded={filtersOpened} style={{ alignSelf: 'flex-start' }}>
                  {t('search.filtersButton', { count: chips.length })}
                </Button>
                <Drawer
                  opened={filtersOpened}
                  onClose={filtersDrawer.close}
                  position="left"
                  size="md"
                  title={t('search.filtersTitle')}
                  closeButtonProps={{ 'aria-label': t('common.close') }}
                >
                  <Stack gap="lg">
                    {facetSidebar}
                    {/* Each tick filters at once; this only takes the reader back to what it found. */}
                    <Button onClick={filtersDrawer.close}>{t('search.showResults')}</Button>
                  </Stack>
                </Drawer>
              </>
            )}
            <ActiveFilters
              chips={chips}
              onRemove={(removal) => updateFilters(removal)}
              onClear={clearFilters}
              // With nothing found, the empty state offers the same button; one is enough.
              showClearAll={!noResults}
            />
            <Group justify="space-between" align="flex-end" gap="sm">
              {/* Announced politely, so screen reader users hear how many case studies a search found. */}
              <Text fw={500} aria-live="polite" aria-atomic="true">
                {result && !search.isError
                  ? t('search.total', {
                      count: result.total,
                      formattedCount: formatNumber(result.total),
                      ms: formatNumber(result.tookMs, { maximumFractionDigits: 0 }),
                    })
                  : ''}
              </Text>
              <NativeSelect
                label={t('search.sortLabel')}
                data={SEARCH_SORTS.map((sort) => ({ value: sort, label: t(`search.sorts.${sort}`) }))}
                value={effectiveSort(filters)}
                onChange={(event) => {
                  const sort = event.currentTarget.value;
                  if (isOneOf(sort, SEARCH_SORTS)) updateFilters({ sort });
                }}
              />
            </Group>
            {result?.degraded && !search.isError && (
              <Paper role="status" withBorder p="sm" bg="gray.0">
                <Text size="sm" c="dimmed">
                  {t('search.degraded')}
                </Text>
              </Paper>
            )}

            {search.isPending ? (
              <TableSkeleton label={t('search.loading')} />
            ) : search.isError ? (
              <ErrorState title={t('search.loadError')} error={search.error} onRetry={() => void search.refetch()} />
            ) : search.data.hits.length === 0 ? (
              <NoResults query={query} hasFilters={hasFilters} onClearFilters={clearFilters} />
            ) : (
              <Stack
                component="section"
                aria-labelledby={resultsHeadingId}
                gap="md"
                aria-busy={search.isPlaceholderData}
                style={{ opacity: search.isPlaceholderData ? 0.6 : 1 }}
              >
                <div>
                  <Title order={2} size="h4" id={resultsHeadingId}>
                    {browsing ? t('search.browseTitle') : t('search.resultsTitle')}
                  </Title>
                  {browsing && (
                    <Text size="sm" c="dimmed">
                      {t('search.browseHint')}
                    </Text>
                  )}
                </div>
                <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
                  {search.data.hits.map((hit) => (
                    <SearchHitCard key={hit.id} hit={hit} />
                  ))}
                </Stack>
                <ListPagination page={filters.page} pageCount={pageCount} onChange={(page) => updateFilters({ page })} />
              </Stack>
            )}
            {exportable && <SearchExportLinks query={searchQuery} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
