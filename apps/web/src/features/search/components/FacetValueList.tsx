import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { type FacetValue } from '@twinning/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { FACET_VISIBLE_LIMIT, facetOptions, visibleFacetOptions, type FacetOption } from '../utils/facet-options';
import { type ListFacet } from '../utils/search-filters';

interface FacetValueListProps {
  facet: ListFacet;
  counted: readonly FacetValue[];
  selected: readonly string[];
  labelOf: (value: string, apiLabel?: string) => string;
  onToggle: (value: string) => void;
}

/** A facet's values as checkboxes, each named by its label alone, with its count beside it. */
export function FacetValueList({ facet, counted, selected, labelOf, onToggle }: FacetValueListProps) {
  const { t } = useTranslation();
  const { compareText } = useFormatters();
  const [showAll, setShowAll] = useState(false);
  const options = facetOptions(facet, counted, selected, labelOf, compareText);
  const visible = visibleFacetOptions(facet, options, showAll);
  const limit = FACET_VISIBLE_LIMIT[facet];

  if (options.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('search.facetEmpty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
        {visible.map((option) => (
          <FacetCheckbox key={option.value} option={option} onToggle={onToggle} />
        ))}
      </Stack>
      {limit !== undefined && options.length > limit && (
        <Button variant="subtle" size="compact-sm" onClick={() => setShowAll((shown) => !shown)} style={{ alignSelf: 'flex-start' }}>
          {showAll ? t('search.showFewer') : t('search.showAll', { count: options.length })}
        </Button>
      )}
    </Stack>
  );
}

function FacetCheckbox({ option, onToggle }: { option: FacetOption; onToggle: (value: string) => void }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const countId = useId();

  return (
    <Group component="li" justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
      <Checkbox
        label={option.label}
        checked={option.selected}
        onChange={() => onToggle(option.value)}
        // The count is heard as the checkbox's description, not as part of its name.
        aria-describedby={option.count !== null ? countId : undefined}
        size="sm"
      />
      {option.count !== null && (
        <>
          <Text size="sm" c="dimmed" aria-hidden="true">
            {formatNumber(option.count)}
          </Text>
          <span id={countId} hidden>
            {t('search.facetCount', { count: option.count, formattedCount: formatNumber(option.count) })}
          </span>
        </>
      )}
    </Group>
  );
}
