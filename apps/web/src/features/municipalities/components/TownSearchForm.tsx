import { Box, Button, Grid, Select } from '@mantine/core';
import { MUNICIPALITY_KINDS, MUNICIPALITY_SEARCH_MAX_LENGTH } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../../../common/components/SearchInput';
import { isOneOf } from '../../../common/utils/is-one-of';
import { useCountryOptions } from '../hooks/useCountryOptions';
import { type TownFilters } from '../utils/town-filters';

interface TownSearchFormProps {
  filters: TownFilters;
  hasFilters: boolean;
  onChange: (patch: Partial<TownFilters>, options?: { replace?: boolean }) => void;
  onClear: () => void;
}

export function TownSearchForm({ filters, hasFilters, onChange, onClear }: TownSearchFormProps) {
  const { t } = useTranslation();
  const countryOptions = useCountryOptions();
  const kindOptions = MUNICIPALITY_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));

  return (
    <Box component="form" role="search" onSubmit={(event) => event.preventDefault()}>
      <Grid align="flex-end">
        <Grid.Col span={{ base: 12, md: 5 }}>
          {/* Replace, not push: one history entry per search, not one per pause in typing. */}
          <SearchInput
            label={t('towns.searchLabel')}
            description={t('towns.searchDescription')}
            placeholder={t('towns.searchPlaceholder')}
            maxLength={MUNICIPALITY_SEARCH_MAX_LENGTH}
            value={filters.q}
            onCommit={(q) => onChange({ q }, { replace: true })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select
            label={t('towns.countryLabel')}
            placeholder={t('towns.countryPlaceholder')}
            nothingFoundMessage={t('towns.countryNothingFound')}
            data={countryOptions}
            value={filters.country}
            onChange={(country) => onChange({ country })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('towns.clearCountry') }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
          <Select
            label={t('towns.kindLabel')}
            placeholder={t('towns.kindPlaceholder')}
            data={kindOptions}
            value={filters.kind}
            onChange={(kind) => onChange({ kind: isOneOf(kind, MUNICIPALITY_KINDS) ? kind : null })}
            clearable
            clearButtonProps={{ 'aria-label': t('towns.clearKind') }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 2 }}>
          {hasFilters && (
            <Button variant="subtle" onClick={onClear}>
              {t('towns.clearFilters')}
            </Button>
          )}
        </Grid.Col>
      </Grid>
    </Box>
  );
}
