import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { TableSkeleton } from '../../../common/components/TableSkeleton';
import { SearchHitCard } from '../../search/components/SearchHitCard';
import { useSearch } from '../../search/hooks/useSearch';

const SHOWN = 12;

/**
 * The published practices a programme funded, newest first, found by the search's programme
 * filter: so an anonymous one shows as everywhere else, without its town.
 */
export function ProgrammePractices({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const practices = useSearch({ programme: [programmeId], sort: 'newest', per_page: SHOWN });
  const searchLink = `/search?programme=${encodeURIComponent(programmeId)}`;
  return (
    <section aria-labelledby="programme-practices-heading">
      <Title order={2} size="h3" id="programme-practices-heading" mb="sm">
        {t('funding.practicesTitle')}
      </Title>
      {practices.isPending ? (
        <TableSkeleton label={t('funding.loadingPractices')} />
      ) : practices.isError ? (
        <ErrorState title={t('funding.loadPracticesError')} error={practices.error} onRetry={() => void practices.refetch()} />
      ) : practices.data.total === 0 ? (
        <Text>{t('funding.noPractices')}</Text>
      ) : (
        <Stack gap="sm">
          {practices.data.hits.map((hit) => (
            <SearchHitCard key={hit.id} hit={hit} />
          ))}
          {practices.data.total > practices.data.hits.length && (
            <Anchor component={Link} to={searchLink}>
              {t('funding.allPractices', { count: practices.data.total })}
            </Anchor>
          )}
        </Stack>
      )}
    </section>
  );
}
