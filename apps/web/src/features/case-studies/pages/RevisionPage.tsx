import { Alert, Stack, Text } from '@mantine/core';
import { CaseStudyErrorCode } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { isUuid } from '../../../common/utils/uuid';
import { ApiError } from '../../../lib/api-client';
import { useFormatters } from '../../../i18n';
import { CaseStudyArticle } from '../components/CaseStudyArticle';
import { DecisionDetails } from '../components/DecisionDetails';
import { PublishedDiffBySection } from '../components/PublishedDiffBySection';
import { useCaseStudy } from '../hooks/useCaseStudy';
import { useRevisionPartners } from '../hooks/usePartnerTowns';
import { useRevision } from '../hooks/useRevisions';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { BackLink } from '../../../common/components/BackLink';

/** One submitted revision: what it changes in the published version, with the moderator's comments, then how it would read. */
export function RevisionPage() {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { id = '', revisionId = '' } = useParams();
  const caseStudy = useCaseStudy(id);
  const revision = useRevision(id, revisionId);
  const partners = useRevisionPartners(id, revision.data?.content.partnerMunicipalityIds ?? []);
  const notFound =
    !isUuid(id) ||
    !isUuid(revisionId) ||
    (revision.error instanceof ApiError &&
      (revision.error.status === 404 || revision.error.code === CaseStudyErrorCode.RevisionNotFound));
  usePageTitle(
    revision.data
      ? t('revisions.revisionTitle', {
          number: revision.data.number,
          title: revision.data.content.title.trim() || t('caseStudy.untitled'),
        })
      : t('revisions.title'),
  );

  if (notFound) {
    return (
      <StatusMessage
        title={t('revisions.notFoundTitle')}
        message={t('revisions.notFoundMessage')}
        linkTo={isUuid(id) ? `/case-studies/${id}/revisions` : '/case-studies'}
        linkLabel={t('revisions.backToHistory')}
      />
    );
  }
  if (revision.isError) {
    return <ErrorState title={t('revisions.loadError')} error={revision.error} onRetry={() => void revision.refetch()} />;
  }
  if (revision.isPending) {
    return <PageSkeleton label={t('revisions.loading')} />;
  }

  const detail = caseStudy.data;
  return (
    <Stack gap="lg">
      <BackLink to={`/case-studies/${id}/revisions`} label={t('revisions.backToHistory')} />
      <Alert color="gray" variant="light" title={t('revisions.revision', { number: revision.data.number })}>
        <Stack gap="xs">
          <Text size="sm">
            {t('revisions.submitted', {
              date: formatDateTime(revision.data.submittedAt),
              name: revision.data.submittedBy?.displayName ?? t('revisions.formerStaff'),
            })}
          </Text>
          {revision.data.decision ? (
            <DecisionDetails decision={revision.data.decision} sectionComments={false} />
          ) : (
            <Text size="sm">{t('revisions.waiting')}</Text>
          )}
        </Stack>
      </Alert>
      <PublishedDiffBySection revision={revision.data} />
      <CaseStudyArticle
        content={revision.data.content}
        municipality={detail?.municipality ?? null}
        anonymousOrigin={detail?.anonymousOrigin ?? null}
        partners={partners}
        featured={false}
        contact="visible"
        showEmpty
      />
    </Stack>
  );
}
