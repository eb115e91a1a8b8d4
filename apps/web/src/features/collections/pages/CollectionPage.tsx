import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../common/components/BackLink';
import { ErrorState } from '../../../common/components/ErrorState';
import { SectionSkeleton } from '../../../common/components/SectionSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useFormatters } from '../../../i18n';
import { CaseStudyCardList } from '../../case-studies/components/CaseStudyCardList';
import { useCollection } from '../hooks/useCollections';

/** `/collections/:id`: a moderators' collection, its text in the reader's language and its published practices in order. */
export function CollectionPage() {
  const { t } = useTranslation();
  const { labelOf } = useFormatters();
  const { id = '' } = useParams();
  const collection = useCollection(id);
  usePageTitle(collection.data ? labelOf(collection.data.title) : t('collections.pageTitle'));

  return (
    <Stack gap="lg">
      <BackLink to="/" label={t('collections.backHome')} />
      {collection.isPending ? (
        <SectionSkeleton label={t('collections.loading')} />
      ) : collection.isError ? (
        <ErrorState title={t('collections.loadOneError')} error={collection.error} onRetry={() => void collection.refetch()} />
      ) : (
        <>
          <div>
            <Title order={1}>{labelOf(collection.data.title)}</Title>
            <Text size="lg" maw={720} mt="sm">
              {labelOf(collection.data.text)}
            </Text>
            <Group gap="md" mt="xs">
              <Text size="sm" c="dimmed">
                {t('collections.practices', { count: collection.data.caseStudyCount })}
              </Text>
              <Anchor component={Link} to={`/search?collection=${collection.data.id}`} size="sm">
                {t('collections.searchWithin')}
              </Anchor>
            </Group>
          </div>
          <CaseStudyCardList caseStudies={collection.data.caseStudies} headingOrder={2} />
        </>
      )}
    </Stack>
  );
}
