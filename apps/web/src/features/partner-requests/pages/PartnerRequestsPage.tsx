import { Anchor, Button, Checkbox, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  PARTNER_REQUEST_FACETS,
  type PartnerRequestFacet,
  type PartnerRequestListQuery,
  POPULATION_BAND_LABELS,
  SDGS,
  SEARCH_QUERY_MAX_LENGTH,
  THEME_LABELS,
  type FacetValue,
} from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { ListPagination, pageCountOf } from '../../../common/components/ListPagination';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { SearchInput } from '../../../common/components/SearchInput';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useFormatters } from '../../../i18n';
import { useSession } from '../../auth/hooks/useSession';
import { canWriteCaseStudies } from '../../auth/utils/permissions';
import { fetchPartnerRequests, partnerRequestKeys } from '../api/partner-requests.api';
import { PartnerRequestCard } from '../components/PartnerRequestCard';

/** The URL's filters as the API's query: every facet may repeat; the API shows open requests unless `status` says otherwise. */
function queryOf(params: URLSearchParams): PartnerRequestListQuery {
  const query: Record<string, unknown> = { q: params.get('q') ?? undefined, page: Number(params.get('page')) || undefined };
  for (const facet of PARTNER_REQUEST_FACETS) {
    const values = params.getAll(facet);
    if (values.length > 0) query[facet] = values;
  }
  return query as PartnerRequestListQuery;
}

/** `/partner-requests`: towns looking for partners for a joint project, with a count beside each filter value. */
export function PartnerRequestsPage() {
  const { t } = useTranslation();
  const { account } = useSession();
  usePageTitle(t('partnerRequests.title'));
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const requests = useQuery({ queryKey: partnerRequestKeys.list(query), queryFn: ({ signal }) => fetchPartnerRequests(query, signal), placeholderData: keepPreviousData });

  const update = (change: (next: URLSearchParams) => void) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      change(next);
      next.delete('page');
      return next;
    });
  const toggle = (facet: PartnerRequestFacet, value: string, on: boolean) =>
    update((next) => {
      const values = next.getAll(facet).filter((existing) => existing !== value);
      next.delete(facet);
      for (const kept of on ? [...values, value] : values) next.append(facet, kept);
    });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('partnerRequests.title')}</Title>
        <Text c="dimmed">{t('partnerRequests.intro')}</Text>
      </div>
      <Group justify="space-between" align="flex-end">
        <SearchInput
          label={t('partnerRequests.searchLabel')}
          value={query.q ?? ''}
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          onCommit={(q) => update((next) => (q ? next.set('q', q) : next.delete('q')))}
        />
        {account && canWriteCaseStudies(account) && (
          <Group>
            <Anchor component={Link} to="/partner-requests/mine">
              {t('partnerRequests.mine.title')}
            </Anchor>
            <Button component={Link} to="/partner-requests/new">
              {t('partnerRequests.form.pageTitle')}
            </Button>
          </Group>
        )}
      </Group>
      {requests.isPending ? (
        <PageSkeleton label={t('partnerRequests.loading')} />
      ) : requests.isError ? (
        <ErrorState title={t('partnerRequests.loadError')} error={requests.error} onRetry={() => void requests.refetch()} />
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Stack gap="md" component="aside" aria-label={t('partnerRequests.filters')}>
              {PARTNER_REQUEST_FACETS.map((facet) => (
                <FacetFilter key={facet} facet={facet} values={requests.data.facets[facet]} selected={params.getAll(facet)} onToggle={toggle} />
              ))}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            <Stack gap="sm">
              <Text role="status">
                {t('partnerRequests.total', { count: requests.data.total })}
                {requests.data.degraded && ` ${t('partnerRequests.degraded')}`}
              </Text>
              {requests.data.items.length === 0 ? (
                <Paper withBorder p="md">
                  <Text>{t('partnerRequests.empty')}</Text>
                </Paper>
              ) : (
                <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
                  {requests.data.items.map((request) => (
                    <PartnerRequestCard key={request.id} request={request} />
                  ))}
                </Stack>
              )}
              <ListPagination
                page={requests.data.page}
                pageCount={pageCountOf(requests.data)}
                onChange={(page) => setParams((current) => {
                  const next = new URLSearchParams(current);
                  next.set('page', String(page));
                  return next;
                })}
              />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

function FacetFilter({ facet, values, selected, onToggle }: { facet: PartnerRequestFacet; values: FacetValue[]; selected: string[]; onToggle: (facet: PartnerRequestFacet, value: string, on: boolean) => void }) {
  const { t } = useTranslation();
  const { labelOf, countryName, languageName } = useFormatters();
  const labelOfValue = (value: FacetValue): string => {
    switch (facet) {
      case 'theme':
        return value.value in THEME_LABELS ? labelOf(THEME_LABELS[value.value as keyof typeof THEME_LABELS]) : value.value;
      case 'sdg': {
        const sdg = SDGS.find((entry) => String(entry.number) === value.value);
        return sdg ? `${sdg.number} · ${labelOf(sdg.label)}` : value.value;
      }
      case 'country':
        return countryName(value.value);
      case 'language':
        return languageName(value.value);
      case 'programme':
        return value.label ?? value.value;
      case 'partner_population_band':
        return value.value in POPULATION_BAND_LABELS ? labelOf(POPULATION_BAND_LABELS[value.value as keyof typeof POPULATION_BAND_LABELS]) : t('partnerRequests.anySize');
      case 'status':
        return t(`partnerRequests.status.${value.value === 'closed' ? 'closed' : 'open'}`);
    }
  };
  if (values.length === 0) return null;
  return (
    <Checkbox.Group label={t(`partnerRequests.facets.${facet}`)} value={selected}>
      <Stack gap={4} mt={4}>
        {values.map((value) => (
          <Checkbox
            key={value.value}
            value={value.value}
            label={`${labelOfValue(value)} (${value.count})`}
            onChange={(event) => onToggle(facet, value.value, event.currentTarget.checked)}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
