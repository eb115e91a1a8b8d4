import { Paper, Stack, Text } from '@mantine/core';
import { type UseQueryResult } from '@tanstack/react-query';
import { type Page } from '@twinning/contracts';
import { useEffect, type ReactNode } from 'react';
import { useFormatters } from '../../i18n';
import { ErrorState } from './ErrorState';
import { ListPagination, pageCountOf } from './ListPagination';
import { TableSkeleton } from './TableSkeleton';

interface PagedListProps<T> {
  /** The list's query, kept on its last page while the next one loads (`keepPreviousData`). */
  query: UseQueryResult<Page<T>>;
  /** The page the URL asks for, which the page buttons show at once. */
  page: number;
  /** Moves to another page; `updateFilters` of `useUrlFilters` fits as it is. */
  onPageChange: (patch: { page: number }, options?: { replace?: boolean }) => void;
  /** How many there are, e.g. `(counts) => t('towns.total', counts)`. */
  totalLabel: (counts: { count: number; formattedCount: string }) => string;
  loadingLabel: string;
  errorTitle: string;
  /** Shown when nothing matches; a sentence is shown in a bordered box. */
  empty: ReactNode;
  /** The page's items (a table, a list); `position` is for its caption ("page 2 of 5"). */
  children: (items: T[], position: { page: number; pages: number }) => ReactNode;
}

/**
 * One page of a paginated list with everything around it: the total (announced to screen
 * readers), a skeleton while loading, the error with a retry, the empty state, and the page buttons.
 */
export function PagedList<T>({
  query,
  page,
  onPageChange,
  totalLabel,
  loadingLabel,
  errorTitle,
  empty,
  children,
}: PagedListProps<T>) {
  const { formatNumber } = useFormatters();
  const result = query.data;
  const pages = result ? pageCountOf(result) : 1;
  const pastLastPage = Boolean(result && !query.isPlaceholderData && result.total > 0 && page > pages);

  // An old link can point past the end once items are removed; show the last page rather than "nothing found".
  useEffect(() => {
    if (pastLastPage) onPageChange({ page: pages }, { replace: true });
  }, [pastLastPage, pages, onPageChange]);

  return (
    <>
      <Text fw={500} aria-live="polite" aria-atomic="true">
        {result && !query.isError ? totalLabel({ count: result.total, formattedCount: formatNumber(result.total) }) : ''}
      </Text>
      {query.isPending ? (
        <TableSkeleton label={loadingLabel} />
      ) : query.isError ? (
        <ErrorState title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        typeof empty === 'string' ? (
          <Paper withBorder p="xl" role="status">
            <Text>{empty}</Text>
          </Paper>
        ) : (
          empty
        )
      ) : (
        <Stack gap="md" aria-busy={query.isPlaceholderData} style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {children(query.data.items, { page: query.data.page, pages })}
          <ListPagination page={page} pageCount={pages} onChange={(next) => onPageChange({ page: next })} />
        </Stack>
      )}
    </>
  );
}
