import { Box, Button, Grid, Select } from '@mantine/core';
import { THEME_LABELS, THEMES } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../common/utils/is-one-of';
import { useFormatters } from '../../../i18n';
import { useCountryOptions } from '../../municipalities/hooks/useCountryOptions';
import { type MapFilters } from '../utils/map-filters';

interface MapFilterFormProps {
  filters: MapFilters;
  onChange: (patch: Partial<MapFilters>) => void;
}

/** Filters both the map and the list of towns beside it. */
export function MapFilterForm({ filters, onChange }: MapFilterFormProps) {
  const { t } = useTranslation();
  const { labelOf, compareText } = useFormatters();
  const countryOptions = useCountryOptions();
  const themeOptions = THEMES.map((theme) => ({ value: theme, label: labelOf(THEME_LABELS[theme]) })).sort((a, b) => compareText(a.label, b.label));

  return (
    <Box component="form" role="search" aria-label={t('map.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
      <Grid align="flex-end">
        <Grid.Col span={{ base: 12, sm: 5, md: 4 }}>
          <Select
            label={t('map.countryLabel')}
            description={t('map.countryDescription')}
            placeholder={t('map.countryPlaceholder')}
            nothingFoundMessage={t('towns.countryNothingFound')}
            data={countryOptions}
            value={filters.country}
            onChange={(country) => onChange({ country })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('towns.clearCountry') }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5, md: 4 }}>
          <Select
            label={t('map.themeLabel')}
            description={t('map.themeDescription')}
            placeholder={t('map.themePlaceholder')}
            data={themeOptions}
            value={filters.theme}
            onChange={(theme) => onChange({ theme: isOneOf(theme, THEMES) ? theme : null })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('map.clearTheme') }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 2, md: 4 }}>
          {(filters.country || filters.theme) && (
            <Button variant="subtle" onClick={() => onChange({ country: null, theme: null })}>
              {t('towns.clearFilters')}
            </Button>
          )}
        </Grid.Col>
      </Grid>
    </Box>
  );
}
