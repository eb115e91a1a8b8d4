import { Group, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNarrowScreen } from '../hooks/useNarrowScreen';

interface ListPaginationProps {
  page: number;
  pageCount: number;
  onChange: (page: number) => void;
}

/** Page buttons under a list, named for screen readers; nothing when everything fits on one page. */
export function ListPagination({ page, pageCount, onChange }: ListPaginationProps) {
  const { t } = useTranslation();
  // Eleven buttons do not fit a phone's width in one row: there, smaller and without first/last.
  const phone = useNarrowScreen('sm');
  if (pageCount <= 1) return null;
  return (
    <Group component="nav" aria-label={t('common.pagination.label')} justify="center">
      <Pagination
        total={pageCount}
        value={page}
        onChange={onChange}
        withEdges={!phone}
        size={phone ? 'sm' : 'md'}
        getItemProps={(item) => ({ 'aria-label': t('common.pagination.page', { page: item }) })}
        getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
      />
    </Group>
  );
}

/** How many pages a `Page<T>` answer spans (at least one, so "page 1 of 1" reads right when empty). */
export function pageCountOf(result: { total: number; perPage: number }): number {
  return Math.max(1, Math.ceil(result.total / result.perPage));
}
