import { Button, Group } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type SearchFilters } from '../utils/search-filters';

/** A filter in force, shown as a chip that removes it. */
export interface FilterChip {
  key: string;
  label: string;
  /** What removing it changes in the filters. */
  removal: Partial<SearchFilters>;
}

interface ActiveFiltersProps {
  chips: FilterChip[];
  onRemove: (removal: Partial<SearchFilters>) => void;
  onClear: () => void;
  /** "Clear all filters" beside the chips, once there are two or more. */
  showClearAll?: boolean;
}

/** The filters in force, each a button that removes it, and a way to remove them all. */
export function ActiveFilters({ chips, onRemove, onClear, showClearAll = true }: ActiveFiltersProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  // A removed chip takes the focus with it; hand it to the chip that takes its place.
  const focusAfterRemoval = useRef<number | null>(null);

  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === null) return;
    focusAfterRemoval.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    if (buttons && buttons.length > 0) buttons[Math.min(index, buttons.length - 1)].focus();
  }, [chips]);

  if (chips.length === 0) return null;
  return (
    <div ref={listRef}>
      <Group component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('search.activeFilters')}>
      {chips.map((chip, index) => (
        <li key={chip.key}>
          <Button
            variant="light"
            radius="xl"
            size="compact-sm"
            aria-label={t('search.removeFilter', { label: chip.label })}
            rightSection={<span aria-hidden="true">×</span>}
            onClick={() => {
              focusAfterRemoval.current = index;
              onRemove(chip.removal);
            }}
          >
            {chip.label}
          </Button>
        </li>
      ))}
      {showClearAll && chips.length > 1 && (
        <li>
          <Button variant="subtle" size="compact-sm" onClick={onClear}>
            {t('search.clearFilters')}
          </Button>
        </li>
      )}
      </Group>
    </div>
  );
}
