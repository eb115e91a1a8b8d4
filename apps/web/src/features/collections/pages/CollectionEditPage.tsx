import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../common/components/BackLink';
import { ErrorState } from '../../../common/components/ErrorState';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { CollectionForm } from '../components/CollectionForm';
import { useCollection } from '../hooks/useCollections';

const LIST = '/moderation/collections';

/** `/moderation/collections/new` or `/moderation/collections/:id/edit`; moderators only (the route says so). */
export function CollectionEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const title = id ? t('collectionBuilder.editTitle') : t('collectionBuilder.createTitle');
  usePageTitle(title);
  const collection = useCollection(id ?? '');
  const back = () => void navigate(LIST);

  return (
    <Stack gap="lg">
      <div>
        <BackLink to={LIST} label={t('collectionBuilder.backToList')} />
        <Title order={1} mt="xs">
          {title}
        </Title>
      </div>
      {id === undefined ? (
        <CollectionForm onSaved={back} onCancel={back} />
      ) : collection.isPending ? (
        <PageSkeleton label={t('collectionBuilder.loadingOne')} />
      ) : collection.isError ? (
        <ErrorState title={t('collections.loadOneError')} error={collection.error} onRetry={() => void collection.refetch()} />
      ) : (
        <CollectionForm collection={collection.data} onSaved={back} onCancel={back} />
      )}
    </Stack>
  );
}
