import { Stack } from '@mantine/core';
import { CaseStudyErrorCode, type CaseStudyDetail } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { isUuid } from '../../../common/utils/uuid';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../auth/hooks/useSession';
import { ownsCaseStudy } from '../../auth/utils/permissions';
import { CaseStudyEditor } from '../components/CaseStudyEditor';
import { CaseStudyFilesEditor } from '../components/CaseStudyFilesEditor';
import { useCaseStudy } from '../hooks/useCaseStudy';
import { isEditable } from '../utils/presentation';
import { PageSkeleton } from '../../../common/components/PageSkeleton';

/** The form for the working copy; shown inside `RequireAccount` for verified staff. */
export function EditCaseStudyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { account } = useSession();
  const caseStudy = useCaseStudy(id);
  const [generation, setGeneration] = useState(0);
  const [reloading, setReloading] = useState(false);
  // The form works on the case study as it was when it opened (or was reloaded): a later answer
  // (its own saves, the submission, a refetch on focus) must not swap the form away underneath.
  const [opened, setOpened] = useState<{ generation: number; detail: CaseStudyDetail } | null>(null);
  if (caseStudy.data && !caseStudy.isFetching && (opened === null || opened.generation !== generation)) {
    setOpened({ generation, detail: caseStudy.data });
  }
  const detail = opened?.detail;

  const invalidId = !isUuid(id) || (caseStudy.error instanceof ApiError && caseStudy.error.status === 400);
  const notFound = caseStudy.error instanceof ApiError && caseStudy.error.code === CaseStudyErrorCode.NotFound;
  const title = detail?.draft?.content.title.trim() || t('caseStudy.untitled');
  usePageTitle(
    invalidId || notFound
      ? t('caseStudyPage.notFoundTitle')
      : detail
        ? t('caseStudyForm.pageTitle', { title })
        : t('caseStudyForm.title'),
  );

  if (invalidId || notFound) {
    return (
      <StatusMessage
        title={t('caseStudyPage.notFoundTitle')}
        message={t('caseStudyPage.notFoundMessage')}
        linkTo="/my-municipality"
        linkLabel={t('caseStudyForm.toMyMunicipality')}
      />
    );
  }
  if (caseStudy.isError && !detail) {
    return <ErrorState title={t('caseStudyPage.loadError')} error={caseStudy.error} onRetry={() => void caseStudy.refetch()} />;
  }
  if (!detail) {
    return <PageSkeleton label={t('caseStudyPage.loading')} />;
  }
  if (!ownsCaseStudy(account, detail.municipality?.id) || !detail.draft) {
    return (
      <StatusMessage
        title={t('caseStudyForm.notYoursTitle')}
        message={t('caseStudyForm.notYoursMessage')}
        linkTo={`/case-studies/${detail.id}`}
        linkLabel={t('caseStudyForm.toCaseStudy')}
      />
    );
  }
  if (!isEditable(detail.status)) {
    return (
      <StatusMessage
        title={t('caseStudyForm.notEditableTitle')}
        message={t(`caseStudyForm.notEditable.${detail.status}`)}
        linkTo={`/case-studies/${detail.id}`}
        linkLabel={t('caseStudyForm.toCaseStudy')}
      />
    );
  }

  const reload = async () => {
    setReloading(true);
    await caseStudy.refetch();
    setReloading(false);
    setGeneration((current) => current + 1);
  };
  return (
    <Stack gap="xl">
      <CaseStudyEditor
        key={generation}
        detail={detail}
        draft={detail.draft}
        onReload={() => void reload()}
        reloading={reloading}
      />
      <CaseStudyFilesEditor caseStudyId={detail.id} initialFiles={detail.files} />
    </Stack>
  );
}
