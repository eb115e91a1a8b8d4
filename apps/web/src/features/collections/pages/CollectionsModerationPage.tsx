import { Anchor, Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { type CollectionSummary } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../../../common/components/BackLink';
import { ConfirmDialog } from '../../../common/components/ConfirmDialog';
import { ErrorState } from '../../../common/components/ErrorState';
import { FormAlert } from '../../../common/components/FormAlert';
import { SectionSkeleton } from '../../../common/components/SectionSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { useFormatters } from '../../../i18n';
import { useCollections, useDeleteCollection, useSetCollectionFeatured } from '../hooks/useCollections';

/** `/moderation/collections`: every collection, to feature on the home page, edit or delete; moderators only. */
export function CollectionsModerationPage() {
  const { t } = useTranslation();
  const { labelOf } = useFormatters();
  usePageTitle(t('collectionBuilder.title'));
  const collections = useCollections();
  const setFeatured = useSetCollectionFeatured();
  const remove = useDeleteCollection();
  const [deleting, setDeleting] = useState<CollectionSummary | null>(null);
  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  return (
    <Stack gap="lg">
      <BackLink to="/moderation" label={t('collectionBuilder.backToModeration')} />
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>{t('collectionBuilder.title')}</Title>
          <Text c="dimmed">{t('collectionBuilder.intro')}</Text>
        </div>
        <Button component={Link} to="/moderation/collections/new">
          {t('collectionBuilder.createTitle')}
        </Button>
      </Group>
      <FormAlert messages={[setFeatured.error ? describeError(setFeatured.error, t) : null]} />
      {collections.isPending ? (
        <SectionSkeleton label={t('collections.loading')} />
      ) : collections.isError ? (
        <ErrorState title={t('collections.loadError')} error={collections.error} onRetry={() => void collections.refetch()} />
      ) : collections.data.length === 0 ? (
        <Text>{t('collectionBuilder.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('collectionBuilder.titleLabel')}</Table.Th>
                <Table.Th>{t('collectionBuilder.practicesColumn')}</Table.Th>
                <Table.Th>{t('collectionBuilder.featuredColumn')}</Table.Th>
                <Table.Th>{t('collectionBuilder.actionsColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {collections.data.map((collection) => {
                const title = labelOf(collection.title);
                return (
                  <Table.Tr key={collection.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/collections/${collection.id}`}>
                        {title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t('collections.practices', { count: collection.caseStudyCount })}</Table.Td>
                    <Table.Td>
                      <Switch
                        aria-label={t('collectionBuilder.featuredSwitch', { title })}
                        checked={collection.featured}
                        disabled={setFeatured.isPending}
                        onChange={(event) => setFeatured.mutate({ id: collection.id, featured: event.currentTarget.checked })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" component={Link} to={`/moderation/collections/${collection.id}/edit`} aria-label={t('collectionBuilder.editOne', { title })}>
                          {t('collectionBuilder.edit')}
                        </Button>
                        <Button size="xs" variant="default" color="red" aria-label={t('collectionBuilder.deleteOne', { title })} onClick={() => setDeleting(collection)}>
                          {t('collectionBuilder.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('collectionBuilder.deleteTitle')}
        message={t('collectionBuilder.deleteMessage', { title: deleting ? labelOf(deleting.title) : '' })}
        confirmLabel={t('collectionBuilder.delete')}
        danger
        busy={remove.isPending}
        error={remove.error ? describeError(remove.error, t) : null}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
        onCancel={closeDelete}
      />
    </Stack>
  );
}
