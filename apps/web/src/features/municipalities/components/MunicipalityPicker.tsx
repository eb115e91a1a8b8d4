import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  MUNICIPALITY_SEARCH_MAX_LENGTH,
  type MunicipalitySummary,
} from '@twinning/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_DEBOUNCE_MS } from '../../../common/components/SearchInput';
import { useFormatters } from '../../../i18n';
import { useMunicipalities } from '../hooks/useMunicipalities';

const PICKER_RESULTS = 20;

interface MunicipalityPickerProps {
  label: string;
  value: MunicipalitySummary | null;
  onChange: (municipality: MunicipalitySummary | null) => void;
  description?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  /** Leave this one out of the options (the other side of a partnership). */
  excludeId?: string;
}

/**
 * Chooses a municipality by name: what is typed searches `GET /municipalities?q=` (debounced),
 * so every town can be found, not only those of a first page.
 */
export function MunicipalityPicker({
  label,
  value,
  onChange,
  description,
  error,
  required,
  disabled,
  excludeId,
}: MunicipalityPickerProps) {
  const { t } = useTranslation();
  const { countryName } = useFormatters();
  const [search, setSearch] = useState('');
  // Towns are asked for once the list is first opened, not by every form that shows a picker.
  const [opened, setOpened] = useState(false);
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  // Once a town is chosen the box shows its label; searching for that label would find only it.
  const query = value && debouncedSearch === optionLabel(value) ? '' : debouncedSearch.trim();
  const results = useMunicipalities({ q: query || undefined, page: 1, per_page: PICKER_RESULTS }, { enabled: opened });

  const found = results.data?.items;
  const options = useMemo(() => {
    const towns = [...(found ?? [])];
    // The chosen town must stay among the options, or the box could not show its name.
    if (value && !towns.some((town) => town.id === value.id)) towns.unshift(value);
    return towns.filter((town) => town.id !== excludeId);
  }, [found, value, excludeId]);

  return (
    <Select
      label={label}
      description={description}
      error={error}
      required={required}
      disabled={disabled}
      placeholder={t('municipalityPicker.placeholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('municipalityPicker.clear', { label }) }}
      onDropdownOpen={() => setOpened(true)}
      searchValue={search}
      onSearchChange={(text) => setSearch(text.slice(0, MUNICIPALITY_SEARCH_MAX_LENGTH))}
      // The server has already filtered by name (ignoring case and accents); filtering again here
      // would drop "İstanbul" for "istanbul".
      filter={({ options: all }) => all}
      data={options.map((town) => ({ value: town.id, label: optionLabel(town) }))}
      renderOption={({ option }) => {
        const town = options.find((candidate) => candidate.id === option.value);
        return (
          <span>
            {option.label}
            {town && (
              <span style={{ color: 'var(--mantine-color-dimmed)' }}>
                {' · '}
                {countryName(town.country)}
              </span>
            )}
          </span>
        );
      }}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((town) => town.id === id) ?? null)}
      nothingFoundMessage={
        results.isError
          ? t('municipalityPicker.loadError')
          : results.isFetching
            ? t('municipalityPicker.loading')
            : t('municipalityPicker.nothingFound')
      }
    />
  );
}

/** "Kadıköy" or "Köln (Cologne)": both names, so people find the town in either language. */
function optionLabel(town: MunicipalitySummary): string {
  return town.nameEn === town.nameLocal ? town.nameLocal : `${town.nameLocal} (${town.nameEn})`;
}
