import { Button, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../utils/content-fields';

type RepeatableRowsProps<Item> = RowsProps<Item> &
  ({ createItem: () => Item; firstChoice?: never } | { firstChoice: FirstChoice<Item>; createItem?: never });

interface RowsProps<Item> {
  /** The list's path: `indicators`, `fundingSources`, `failureCauses`. */
  path: string;
  legend: string;
  hint?: string;
  items: Item[];
  max: number;
  /** "Indicator 1": each row's legend. */
  itemLabel: (index: number) => string;
  addLabel: string;
  onChange: (items: Item[]) => void;
  /** The row's fields; `autoFocus` is set on the row just added, for its first field. */
  renderItem: (item: Item, index: number, update: (patch: Partial<Item>) => void, autoFocus: boolean) => ReactNode;
  /** A problem with the list as a whole ("at least one"). */
  error?: string;
}

/**
 * A choice the author makes before a row exists (a cause, a kind of funding): "Add" shows an
 * empty select asking for it, so that nothing is chosen by accident; choosing makes the row.
 */
interface FirstChoice<Item> {
  label: string;
  placeholder: string;
  /** Shown once the author leaves the empty select. */
  missing: string;
  data: { value: string; label: string }[];
  create: (value: string) => Item | null;
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
  firstChoice,
}: RepeatableRowsProps<Item>) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [choosing, setChoosing] = useState<'open' | 'left empty' | null>(null);
  const full = items.length + (choosing ? 1 : 0) >= max;

  const update = (index: number) => (patch: Partial<Item>) =>
    onChange(items.map((item, position) => (position === index ? { ...item, ...patch } : item)));
  const add = (item: Item) => {
    setAdded(items.length);
    onChange([...items, item]);
  };
  const choose = (value: string | null) => {
    const item = value === null ? null : firstChoice?.create(value);
    if (!item) return;
    setChoosing(null);
    add(item);
  };
  const stopChoosing = () => {
    setChoosing(null);
    addButton.current?.focus();
  };
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
        {firstChoice && choosing && (
          <Fieldset legend={itemLabel(items.length)}>
            <Stack gap="sm">
              <Select
                label={firstChoice.label}
                placeholder={firstChoice.placeholder}
                required
                autoFocus
                data={firstChoice.data}
                value={null}
                onChange={choose}
                onBlur={() => setChoosing('left empty')}
                error={choosing === 'left empty' ? firstChoice.missing : undefined}
              />
              <Group justify="flex-end">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={stopChoosing}
                  aria-label={t('caseStudyForm.removeNamed', { name: itemLabel(items.length) })}
                >
                  {t('caseStudyForm.remove')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        )}
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
            onClick={() => (createItem ? add(createItem()) : setChoosing('open'))}
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
