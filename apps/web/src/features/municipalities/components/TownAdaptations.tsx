import { Anchor, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { type AdaptationSummary } from '@twinning/contracts';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { SectionSkeleton } from '../../../common/components/SectionSkeleton';
import { AdaptationStatusBadge } from '../../adaptations/components/AdaptationStatusBadge';
import { useTownAdaptations } from '../../adaptations/hooks/useAdaptations';
import { townName as nameOf } from '../utils/town-name';

/** How many rows a list shows before "show all". */
export const ADAPTATIONS_SHOWN_FIRST = 5;

/**
 * How practices travel to and from a town: the practices it adapts, and the towns adapting its
 * own. The API leaves out anonymous case studies, whose town this page would name.
 */
export function TownAdaptations({ townId, townName }: { townId: string; townName: string }) {
  const { t } = useTranslation();
  const adaptations = useTownAdaptations(townId);
  if (adaptations.isPending) return <SectionSkeleton label={t('town.adaptations.loading')} />;
  if (adaptations.isError) {
    return <ErrorState title={t('town.adaptations.loadError')} error={adaptations.error} onRetry={() => void adaptations.refetch()} />;
  }
  return (
    <Stack gap="lg">
      <AdaptationList
        title={t('town.adaptations.ofOtherPracticesTitle', { town: townName })}
        empty={t('town.adaptations.ofOtherPracticesEmpty')}
        adaptations={adaptations.data.ofOtherPractices}
        describe={(adaptation, labelId) => (
          <>
            <Anchor component={Link} to={`/case-studies/${adaptation.caseStudy.id}`} fw={600} id={labelId}>
              {adaptation.caseStudy.title}
            </Anchor>
            <Anchor component={Link} to={`/adaptations/${adaptation.id}`} size="sm" aria-describedby={labelId}>
              {t('adaptingTowns.viewAdaptation')}
            </Anchor>
          </>
        )}
      />
      <AdaptationList
        title={t('town.adaptations.ofItsPracticesTitle')}
        empty={t('town.adaptations.ofItsPracticesEmpty')}
        adaptations={adaptations.data.ofItsPractices}
        describe={(adaptation, labelId) => (
          <>
            <Text fw={600} id={labelId}>
              <Anchor component={Link} to={`/case-studies/${adaptation.caseStudy.id}`} inherit>
                {adaptation.caseStudy.title}
              </Anchor>
              <span aria-hidden="true"> → </span>
              <VisuallyHidden>{t('town.adaptations.adaptedBy')} </VisuallyHidden>
              <Anchor component={Link} to={`/towns/${adaptation.municipality.id}`} inherit>
                {nameOf(adaptation.municipality)}
              </Anchor>
            </Text>
            <Anchor component={Link} to={`/adaptations/${adaptation.id}`} size="sm" aria-describedby={labelId}>
              {t('adaptingTowns.viewAdaptation')}
            </Anchor>
          </>
        )}
      />
    </Stack>
  );
}

interface AdaptationListProps {
  title: string;
  empty: string;
  adaptations: AdaptationSummary[];
  /** The row's text and links; `labelId` names the row for its "view" link. */
  describe: (adaptation: AdaptationSummary, labelId: string) => ReactNode;
}

function AdaptationList({ title, empty, adaptations, describe }: AdaptationListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? adaptations : adaptations.slice(0, ADAPTATIONS_SHOWN_FIRST);
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} size="h4" id={headingId}>
        {title}
      </Title>
      {adaptations.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {shown.map((adaptation) => (
            <AdaptationRow key={adaptation.id} adaptation={adaptation} describe={describe} />
          ))}
        </Stack>
      )}
      {adaptations.length > ADAPTATIONS_SHOWN_FIRST && (
        <Group>
          <Button variant="subtle" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
            {showAll ? t('town.adaptations.showFewer') : t('town.adaptations.showAll', { count: adaptations.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function AdaptationRow({ adaptation, describe }: { adaptation: AdaptationSummary; describe: AdaptationListProps['describe'] }) {
  const labelId = useId();
  return (
    <Paper component="li" withBorder p="md">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          {describe(adaptation, labelId)}
        </Stack>
        <AdaptationStatusBadge status={adaptation.status} />
      </Group>
    </Paper>
  );
}
