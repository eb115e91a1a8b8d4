import { ActionIcon, Group, Text } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChosenPractice } from './PracticePicker';

type Move = 'up' | 'down';

const buttonId = (baseId: string, practiceId: string, move: Move) => `${baseId}-${practiceId}-${move}`;

/** The collection's practices in order, each moved by buttons (so by keyboard too) or removed. */
export function ChosenPracticeList({ practices, onChange, labelledBy }: { practices: readonly ChosenPractice[]; onChange: (practices: ChosenPractice[]) => void; labelledBy: string }) {
  const { t } = useTranslation();
  const baseId = useId();
  // The moved practice keeps the focus, on the same button where it can still move that way.
  const [moved, setMoved] = useState<{ id: string; move: Move } | null>(null);
  useEffect(() => {
    if (!moved) return;
    const same = document.getElementById(buttonId(baseId, moved.id, moved.move));
    const other = document.getElementById(buttonId(baseId, moved.id, moved.move === 'up' ? 'down' : 'up'));
    (same && !same.hasAttribute('disabled') ? same : other)?.focus();
    setMoved(null);
  }, [moved, baseId]);

  const move = (index: number, direction: Move) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const next = [...practices];
    [next[index], next[target]] = [next[target], next[index]];
    onChange(next);
    setMoved({ id: practices[index].id, move: direction });
  };

  if (practices.length === 0) return <Text c="dimmed">{t('collectionBuilder.noPracticeChosen')}</Text>;
  return (
    <ol aria-labelledby={labelledBy} style={{ margin: 0, paddingInlineStart: '1.5rem' }}>
      {practices.map((practice, index) => (
        <li key={practice.id}>
          <Group justify="space-between" wrap="nowrap" gap="sm" py={2}>
            <Text size="sm">{practice.title}</Text>
            <Group gap={4} wrap="nowrap">
              <ActionIcon id={buttonId(baseId, practice.id, 'up')} variant="default" disabled={index === 0} aria-label={t('collectionBuilder.moveUp', { title: practice.title })} onClick={() => move(index, 'up')}>
                <span aria-hidden="true">↑</span>
              </ActionIcon>
              <ActionIcon id={buttonId(baseId, practice.id, 'down')} variant="default" disabled={index === practices.length - 1} aria-label={t('collectionBuilder.moveDown', { title: practice.title })} onClick={() => move(index, 'down')}>
                <span aria-hidden="true">↓</span>
              </ActionIcon>
              <ActionIcon variant="default" color="red" aria-label={t('collectionBuilder.remove', { title: practice.title })} onClick={() => onChange(practices.filter((other) => other.id !== practice.id))}>
                <span aria-hidden="true">×</span>
              </ActionIcon>
            </Group>
          </Group>
        </li>
      ))}
    </ol>
  );
}
