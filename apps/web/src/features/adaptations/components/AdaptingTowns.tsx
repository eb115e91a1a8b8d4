import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type Account, type AdaptationSummary, type CaseStudyDetail } from '@twinning/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { SectionSkeleton } from '../../../common/components/SectionSkeleton';
import { useFormatters } from '../../../i18n';
import { canAdaptCaseStudy } from '../../auth/utils/permissions';
import { useCaseStudyAdaptations } from '../hooks/useAdaptations';
import { AdaptationStatusBadge } from './AdaptationStatusBadge';
import { townName } from '../../municipalities/utils/town-name';

interface AdaptingTownsProps {
  /** A published case study. */
  caseStudy: CaseStudyDetail;
  account: Account | null;
}

/** "How this practice travelled": the towns adapting a published case study, and the way to join them. */
export function AdaptingTowns({ caseStudy, account }: AdaptingTownsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const adaptations = useCaseStudyAdaptations(caseStudy.id);
  // A town adapts a practice once: its staff are sent to that adaptation instead (decided once the list is in).
  const ownAdaptation = adaptations.data?.find((adaptation) => adaptation.municipality.id === account?.municipality?.id);
  const mayAdapt = adaptations.isSuccess && canAdaptCaseStudy(account, caseStudy.municipality?.id);

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <div>
          <Title order={2} id={headingId}>
            {t('adaptingTowns.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('adaptingTowns.intro')}
          </Text>
        </div>
        {ownAdaptation ? (
          <Button component={Link} to={`/adaptations/${ownAdaptation.id}`} variant="light">
            {t('adaptingTowns.openOwn')}
          </Button>
        ) : (
          mayAdapt && (
            <Button onClick={() => void navigate(`/case-studies/${caseStudy.id}/adapt`)}>{t('adaptingTowns.adapt')}</Button>
          )
        )}
      </Group>
      {adaptations.isPending ? (
        <SectionSkeleton label={t('adaptingTowns.loading')} />
      ) : adaptations.isError ? (
        <ErrorState title={t('adaptingTowns.loadError')} error={adaptations.error} onRetry={() => void adaptations.refetch()} />
      ) : adaptations.data.length === 0 ? (
        <Text c="dimmed">{t('adaptingTowns.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {adaptations.data.map((adaptation) => (
            <AdaptingTown key={adaptation.id} adaptation={adaptation} />
          ))}
        </Stack>
      )}
    </Box>
  );
}

function AdaptingTown({ adaptation }: { adaptation: AdaptationSummary }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const townId = useId();
  const town = adaptation.municipality;
  return (
    <Paper component="li" withBorder p="md">
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Group gap="xs">
            <Anchor component={Link} to={`/towns/${town.id}`} fw={600} id={townId}>
              {townName(town)}
            </Anchor>
            <AdaptationStatusBadge status={adaptation.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('adaptingTowns.since', { date: formatDate(adaptation.createdAt) })}
          </Text>
          {adaptation.status === 'discontinued' && adaptation.discontinuedReason && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {t('adaptingTowns.reason', { reason: adaptation.discontinuedReason })}
            </Text>
          )}
        </div>
        {/* Every row has these links; the town's name tells them apart for screen readers. */}
        <Stack gap={4} align="flex-end">
          <Anchor component={Link} to={`/adaptations/${adaptation.id}`} aria-describedby={townId}>
            {t('adaptingTowns.viewAdaptation')}
          </Anchor>
          {adaptation.writeUp?.status === 'published' && (
            <Anchor component={Link} to={`/case-studies/${adaptation.writeUp.caseStudyId}`} aria-describedby={townId}>
              {t('adaptingTowns.readTheirCaseStudy')}
            </Anchor>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
