import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../utils/content-fields';

interface RepeatableRowsProps<Item> {
  /** The list's path: `indicators`, `fundingSources`, `failureCauses`. */
  path: string;
  legend: string;
  hint?: string;
  items: Item[];
  max: number;
  /** "Indicator 1": each row's legend. */
  itemLabel: (index: number) => string;
  addLabel: string;
  createItem: () => Item;
  onChange: (items: Item[]) => void;
  /** The row's fields; `autoFocus` is set on the row just added, for its first field. */
  renderItem: (item: Item, index: number, update: (patch: Partial<Item>) => void, autoFocus: boolean) => ReactNode;
  /** A problem with the list as a whole ("at least one"). */
  error?: string;
}

/** Rows the author adds and removes: indicators, funding sources, causes of failure. */
export function RepeatableRows<Item>({
  path,
  legend,
  hint,
  items,
  max,
  itemLabel,
  addLabel,
  createItem,
  onChange,
  renderItem,
  error,
}: RepeatableRowsProps<Item>) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const full = items.length >= max;

  const update = (index: number) => (patch: Partial<Item>) =>
    onChange(items.map((item, position) => (position === index ? { ...item, ...patch } : item)));
  const remove = (index: number) => {
    onChange(items.filter((_, position) => position !== index));
    setAdded(null);
    // The removed row's button is gone; focus goes somewhere that stays.
    addButton.current?.focus();
  };

  return (
    <Fieldset legend={legend} variant="unstyled">
      <Stack gap="sm">
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {items.map((item, index) => (
          <Fieldset key={index} legend={itemLabel(index)}>
            <Stack gap="sm">
              {renderItem(item, index, update(index), index === added)}
              <Group justify="flex-end">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() => remove(index)}
                  aria-label={t('caseStudyForm.removeNamed', { name: itemLabel(index) })}
                >
                  {t('caseStudyForm.remove')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group gap="sm">
          <Button
            ref={addButton}
            id={fieldId(path)}
            variant="default"
            disabled={full}
            onClick={() => {
              setAdded(items.length);
              onChange([...items, createItem()]);
            }}
          >
            {addLabel}
          </Button>
          {full && (
            <Text size="sm" c="dimmed">
              {t('caseStudyForm.tooMany', { max })}
            </Text>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}
