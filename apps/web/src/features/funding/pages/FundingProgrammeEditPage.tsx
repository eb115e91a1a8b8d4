import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { FundingProgrammeForm } from '../components/FundingProgrammeForm';
import { useFundingProgramme } from '../hooks/useFunding';
import { BackLink } from '../../../common/components/BackLink';

/** A new programme (no id in the address) or an edit of one; moderators only (the route says so). */
export function FundingProgrammeEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const title = id ? t('funding.programmeForm.editTitle') : t('funding.programmeForm.createTitle');
  usePageTitle(title);
  const programme = useFundingProgramme(id ?? '', { enabled: id !== undefined });
  const back = id ? `/funding/programmes/${id}` : '/funding';

  return (
    <Stack gap="lg">
      <div>
        <BackLink to={back} label={id ? (programme.data?.name ?? t('funding.backToCatalogue')) : t('funding.backToCatalogue')} />
        <Title order={1} mt="xs">
          {title}
        </Title>
      </div>
      {id === undefined ? (
        <FundingProgrammeForm onSaved={(saved) => void navigate(`/funding/programmes/${saved.id}`)} onCancel={() => void navigate(back)} />
      ) : programme.isPending ? (
        <PageSkeleton label={t('funding.loadingProgramme')} />
      ) : programme.isError ? (
        <ErrorState title={t('funding.loadProgrammeError')} error={programme.error} onRetry={() => void programme.refetch()} />
      ) : (
        <FundingProgrammeForm programme={programme.data} onSaved={() => void navigate(back)} onCancel={() => void navigate(back)} />
      )}
    </Stack>
  );
}
