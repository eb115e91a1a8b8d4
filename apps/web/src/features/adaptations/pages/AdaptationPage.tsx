import { Anchor, Box, Group, Stack, Text, Title } from '@mantine/core';
import { AdaptationErrorCode, type Adaptation } from '@twinning/contracts';
import { useId, useState, type ReactNode } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Markdown } from '../../../common/components/Markdown';
import { ErrorState } from '../../../common/components/ErrorState';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { isUuid } from '../../../common/utils/uuid';
import { useFormatters } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../auth/hooks/useSession';
import { canCheckInAdaptation, canReport } from '../../auth/utils/permissions';
import { ReportControl } from '../../reports/components/ReportControl';
import { AdaptationStatusBadge } from '../components/AdaptationStatusBadge';
import { AdaptationWriteUp } from '../components/AdaptationWriteUp';
import { CheckInForm } from '../components/CheckInForm';
import { CheckInTimeline } from '../components/CheckInTimeline';
import { useAdaptation } from '../hooks/useAdaptations';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { townName } from '../../municipalities/utils/town-name';
import { BackLink } from '../../../common/components/BackLink';

/** What the page that leads here (starting an adaptation) tells this one, to show once. */
export interface AdaptationPageState {
  notice?: string;
}

/** `/adaptations/:id`: how a town adapts another town's practice, its timeline, and its check-ins. */
export function AdaptationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const adaptation = useAdaptation(id);

  const notFound =
    !isUuid(id) ||
    (adaptation.error instanceof ApiError &&
      (adaptation.error.status === 400 || adaptation.error.code === AdaptationErrorCode.NotFound));

  usePageTitle(
    notFound
      ? t('adaptation.notFoundTitle')
      : adaptation.isError
        ? t('adaptation.loadError')
        : adaptation.data
          ? titleOf(adaptation.data, t)
          : t('adaptation.loading'),
  );

  if (notFound) {
    return (
      <StatusMessage
        title={t('adaptation.notFoundTitle')}
        message={t('adaptation.notFoundMessage')}
        linkTo="/case-studies"
        linkLabel={t('caseStudyPage.backToList')}
      />
    );
  }
  if (adaptation.isError) {
    return <ErrorState title={t('adaptation.loadError')} error={adaptation.error} onRetry={() => void adaptation.refetch()} />;
  }
  if (adaptation.isPending) {
    return <PageSkeleton label={t('adaptation.loading')} />;
  }
  return <AdaptationDetails adaptation={adaptation.data} />;
}

function AdaptationDetails({ adaptation }: { adaptation: Adaptation }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { account } = useSession();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(() => noticeFrom(location.state));
  const town = adaptation.municipality;
  const caseStudyTitle = adaptation.caseStudy.title.trim() || t('caseStudy.untitled');
  // The adapting town's own staff do not report their own adaptation.
  const mayReport = canReport(account, { municipalityId: town.id });

  return (
    <Stack gap="lg">
      <BackLink to={`/case-studies/${adaptation.caseStudy.id}`} label={t('startAdaptation.backToCaseStudy')} />
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <div>
        <Title order={1}>{titleOf(adaptation, t)}</Title>
        <Stack gap={4} mt="sm">
          <Text>
            {t('adaptation.original')}{' '}
            <Anchor component={Link} to={`/case-studies/${adaptation.caseStudy.id}`}>
              {caseStudyTitle}
            </Anchor>
          </Text>
          <Text>
            {t('adaptation.town')}{' '}
            <Anchor component={Link} to={`/towns/${town.id}`} fw={600}>
              {townName(town)}
            </Anchor>
          </Text>
          <Group gap="xs">
            <Text>{t('adaptation.status')}</Text>
            <AdaptationStatusBadge status={adaptation.status} />
            <Text size="sm" c="dimmed">
              {t('adaptation.startedOn', { date: formatDate(adaptation.createdAt) })}
            </Text>
          </Group>
          {adaptation.status === 'discontinued' && adaptation.discontinuedReason && (
            <Text style={{ whiteSpace: 'pre-wrap' }}>
              {t('adaptation.discontinuedReason', { reason: adaptation.discontinuedReason })}
            </Text>
          )}
        </Stack>
      </div>
      <AdaptationWriteUp adaptation={adaptation} account={account} />

      <TextSection title={t('adaptation.localContext')}>{adaptation.localContext}</TextSection>
      <TextSection title={t('adaptation.changes')}>{adaptation.changes}</TextSection>
      <TextSection title={t('adaptation.plannedSteps')}>
        {adaptation.plannedSteps || <Text c="dimmed">{t('adaptation.noPlannedSteps')}</Text>}
      </TextSection>
      {mayReport && <ReportControl targetKind="adaptation" targetId={adaptation.id} />}
      <TextSection title={t('adaptation.timeline')}>
        <CheckInTimeline checkIns={adaptation.checkIns} mayReport={mayReport} />
      </TextSection>

      {canCheckInAdaptation(account, town.id) && <CheckInForm adaptation={adaptation} onRecorded={setNotice} />}
    </Stack>
  );
}

/** A section with an h2; a text is Markdown, like the case study's own long texts. */
function TextSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="xs">
        {title}
      </Title>
      {typeof children === 'string' ? <Markdown source={children} /> : children}
    </Box>
  );
}

function titleOf(adaptation: Adaptation, t: TFunction): string {
  return t('adaptation.title', {
    town: townName(adaptation.municipality),
    title: adaptation.caseStudy.title.trim() || t('caseStudy.untitled'),
  });
}

function noticeFrom(state: unknown): string | null {
  return typeof state === 'object' && state !== null ? ((state as AdaptationPageState).notice ?? null) : null;
}
