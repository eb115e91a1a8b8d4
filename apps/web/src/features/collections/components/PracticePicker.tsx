import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { PAGINATION_DEFAULT_PER_PAGE, SEARCH_QUERY_MAX_LENGTH } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../common/components/ErrorState';
import { SearchInput } from '../../../common/components/SearchInput';
import { townName } from '../../municipalities/utils/town-name';
import { useSearch } from '../../search/hooks/useSearch';

export interface ChosenPractice {
  id: string;
  title: string;
}

/** Finds published practices through the portal's search (newest first until something is typed), to add to a collection. */
export function PracticePicker({ chosen, onAdd }: { chosen: readonly ChosenPractice[]; onAdd: (practice: ChosenPractice) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useSearch({ q: q.trim() || undefined, per_page: PAGINATION_DEFAULT_PER_PAGE });
  const chosenIds = new Set(chosen.map((practice) => practice.id));

  return (
    <Stack gap="xs">
      <SearchInput label={t('collectionBuilder.findPractices')} description={t('collectionBuilder.findPracticesHint')} value={q} onCommit={setQ} maxLength={SEARCH_QUERY_MAX_LENGTH} />
      {search.isPending ? (
        <Loader size="sm" aria-label={t('collectionBuilder.searching')} />
      ) : search.isError ? (
        <ErrorState title={t('collectionBuilder.searchError')} error={search.error} onRetry={() => void search.refetch()} />
      ) : search.data.hits.length === 0 ? (
        <Text c="dimmed">{t('collectionBuilder.noPracticeFound')}</Text>
      ) : (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('collectionBuilder.foundPractices')}>
          {search.data.hits.map((hit) => (
            <Group component="li" key={hit.id} justify="space-between" wrap="nowrap" gap="sm">
              <div>
                <Text size="sm" fw={500}>
                  {hit.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {hit.municipality ? townName(hit.municipality) : t('collectionBuilder.anonymousTown')}
                </Text>
              </div>
              <Button
                size="xs"
                variant="light"
                disabled={chosenIds.has(hit.id)}
                aria-label={chosenIds.has(hit.id) ? t('collectionBuilder.alreadyAdded', { title: hit.title }) : t('collectionBuilder.add', { title: hit.title })}
                onClick={() => onAdd({ id: hit.id, title: hit.title })}
              >
                {chosenIds.has(hit.id) ? t('collectionBuilder.added') : t('collectionBuilder.addShort')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
