import { Anchor, Box, Paper, Stack, Text, Title } from '@mantine/core';
import {
  POPULATION_BAND_LABELS,
  THEME_LABELS,
  type AdaptationSummary,
  type CaseStudySummary,
  type StaffFeed as StaffFeedData,
} from '@twinning/contracts';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { SectionSkeleton } from '../../../common/components/SectionSkeleton';
import { useFormatters } from '../../../i18n';
import { CaseStudyCardList } from '../../case-studies/components/CaseStudyCardList';
import { useStaffFeed } from '../hooks/useStaffFeed';
import { townName } from '../../municipalities/utils/town-name';

/**
 * The top of a staff member's home page: what their twinning partners publish and adapt, and
 * practices of towns of the same kind and size on their own themes.
 */
export function StaffFeed() {
  const { t } = useTranslation();
  const feed = useStaffFeed();

  if (feed.isPending) return <SectionSkeleton label={t('feed.loading')} />;
  if (feed.isError) {
    return <ErrorState title={t('feed.loadError')} error={feed.error} onRetry={() => void feed.refetch()} />;
  }
  return (
    <Stack gap="xl">
      <PartnerTowns feed={feed.data} />
      <TownsLikeYours feed={feed.data} />
    </Stack>
  );
}

function PartnerTowns({ feed }: { feed: StaffFeedData }) {
  const { t } = useTranslation();
  const adaptationsId = useId();
  return (
    <FeedSection title={t('feed.partners.title')}>
      <CaseStudyList items={feed.partnerCaseStudies} empty={t('feed.partners.empty')} />
      <Text fw={600} id={adaptationsId} mt="md" mb="xs">
        {t('feed.partners.adaptationsTitle')}
      </Text>
      {feed.partnerAdaptations.length === 0 ? (
        <Text c="dimmed">{t('feed.partners.adaptationsEmpty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby={adaptationsId}>
          {feed.partnerAdaptations.map((adaptation) => (
            <PartnerAdaptation key={adaptation.id} adaptation={adaptation} />
          ))}
        </Stack>
      )}
    </FeedSection>
  );
}

function PartnerAdaptation({ adaptation }: { adaptation: AdaptationSummary }) {
  const { t } = useTranslation();
  return (
    <li>
      <Anchor component={Link} to={`/adaptations/${adaptation.id}`}>
        {t('feed.partners.adapting', {
          town: townName(adaptation.municipality),
          title: adaptation.caseStudy.title.trim() || t('caseStudy.untitled'),
          status: t(`adaptationStatus.${adaptation.status}`),
        })}
      </Anchor>
    </li>
  );
}

function TownsLikeYours({ feed }: { feed: StaffFeedData }) {
  const { t } = useTranslation();
  const { labelOf } = useFormatters();
  const { kind, populationBand, themes, caseStudies } = feed.townsLikeYours;
  const match = { kind: t(`kinds.${kind}`), band: labelOf(POPULATION_BAND_LABELS[populationBand]) };
  return (
    <FeedSection title={t('feed.likeYours.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {themes.length > 0
          ? t('feed.likeYours.match', { ...match, themes: themes.map((theme) => labelOf(THEME_LABELS[theme])).join(', ') })
          : t('feed.likeYours.matchAnyTheme', match)}
      </Text>
      <CaseStudyList items={caseStudies} empty={t('feed.likeYours.empty')} />
    </FeedSection>
  );
}

function FeedSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {title}
      </Title>
      {children}
    </Box>
  );
}

function CaseStudyList({ items, empty }: { items: CaseStudySummary[]; empty: string }) {
  if (items.length === 0) {
    return (
      <Paper withBorder p="md">
        <Text c="dimmed">{empty}</Text>
      </Paper>
    );
  }
  return <CaseStudyCardList caseStudies={items} headingOrder={3} />;
}
