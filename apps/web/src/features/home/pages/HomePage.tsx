import { Anchor, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type Outcome } from '@twinning/contracts';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { SectionSkeleton } from '../../../common/components/SectionSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useSession } from '../../auth/hooks/useSession';
import { canWriteCaseStudies } from '../../auth/utils/permissions';
import { CaseStudyCardList } from '../../case-studies/components/CaseStudyCardList';
import { useFeaturedCollections } from '../../collections/hooks/useCollections';
import { useFormatters } from '../../../i18n';
import { useCaseStudies } from '../../case-studies/hooks/useCaseStudies';
import { OverviewMap } from '../../map/components/OverviewMap';
import { SearchBox } from '../../search/components/HeaderSearch';
import { SearchHitCard } from '../../search/components/SearchHitCard';
import { useSearch } from '../../search/hooks/useSearch';
import { KeyFigures } from '../../statistics/components/KeyFigures';
import { useStatisticsSummary } from '../../statistics/hooks/useStatistics';

const FEATURED_COUNT = 3;
const RECENT_COUNT = 3;
const MAP_HEIGHT = 320;
/** Partial successes belong with the failures: both carry a failure analysis worth reading. */
const FAILURE_OUTCOMES: Outcome[] = ['failure', 'partial'];

/** What the portal is for, and the ways into it: search, the best practices, the newest lessons, the next step. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle('');
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('home.title')}</Title>
        <Text size="lg" maw={720}>
          {t('home.intro')}
        </Text>
        <SearchBox size="md" width="min(100%, 560px)" placeholder={t('home.searchPlaceholder')} />
      </Stack>
      <FeaturedPractices />
      <FeaturedCollections />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <RecentByOutcome title={t('home.recentSuccesses')} outcomes={['success']} />
        <RecentByOutcome title={t('home.recentFailures')} outcomes={FAILURE_OUTCOMES} />
      </SimpleGrid>
      <PortalFigures />
      <TwinningsMap />
      <NextStep />
    </Stack>
  );
}

/** A part of the home page under its own heading, named by it for screen readers' landmarks. */
function HomeSection({ title, children, more }: { title: string; children: ReactNode; more?: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Group justify="space-between" align="baseline" wrap="nowrap">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        {/* The heading wraps on a phone; the link beside it keeps its whole name. */}
        {more && <Box style={{ flexShrink: 0 }}>{more}</Box>}
      </Group>
      {children}
    </Stack>
  );
}

function EmptyNote({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="md" role="status">
      <Text c="dimmed">{children}</Text>
    </Paper>
  );
}

function FeaturedPractices() {
  const { t } = useTranslation();
  const featured = useCaseStudies({ featured: true, per_page: FEATURED_COUNT });
  return (
    <HomeSection
      title={t('home.featured')}
      more={
        <Button component={Link} to="/case-studies" variant="subtle">
          {t('home.allCaseStudies')}
        </Button>
      }
    >
      {featured.isPending ? (
        <SectionSkeleton label={t('home.loadingFeatured')} />
      ) : featured.isError ? (
        <ErrorState title={t('home.featuredError')} error={featured.error} onRetry={() => void featured.refetch()} />
      ) : featured.data.items.length === 0 ? (
        <EmptyNote>{t('home.noFeatured')}</EmptyNote>
      ) : (
        <CaseStudyCardList caseStudies={featured.data.items} headingOrder={3} />
      )}
    </HomeSection>
  );
}

/** The moderators' collections shown on the home page, each with its first practices; nothing when there are none. */
function FeaturedCollections() {
  const { t } = useTranslation();
  const { labelOf } = useFormatters();
  const collections = useFeaturedCollections();
  if (collections.isSuccess && collections.data.length === 0) return null;
  return (
    <HomeSection title={t('collections.homeTitle')}>
      {collections.isPending ? (
        <SectionSkeleton label={t('collections.loading')} />
      ) : collections.isError ? (
        <ErrorState title={t('collections.loadError')} error={collections.error} onRetry={() => void collections.refetch()} />
      ) : (
        collections.data.map((collection) => (
          <Stack key={collection.id} gap="sm">
            <Group justify="space-between" align="baseline">
              <Title order={3}>
                <Anchor component={Link} to={`/collections/${collection.id}`} inherit>
                  {labelOf(collection.title)}
                </Anchor>
              </Title>
              <Text size="sm" c="dimmed">
                {t('collections.practices', { count: collection.caseStudyCount })}
              </Text>
            </Group>
            <Text maw={720}>{labelOf(collection.text)}</Text>
            <CaseStudyCardList caseStudies={collection.showcase} headingOrder={4} />
          </Stack>
        ))
      )}
    </HomeSection>
  );
}

function RecentByOutcome({ title, outcomes }: { title: string; outcomes: Outcome[] }) {
  const { t } = useTranslation();
  // Cards only: the facet counts of a search would be most of its answer.
  const recent = useSearch({ outcome: outcomes, sort: 'newest', per_page: RECENT_COUNT, facets: false });
  const searchUrl = `/search?${new URLSearchParams([...outcomes.map((outcome) => ['outcome', outcome]), ['sort', 'newest']]).toString()}`;
  return (
    <HomeSection
      title={title}
      more={
        <Button component={Link} to={searchUrl} variant="subtle" aria-label={t('home.moreOf', { title })}>
          {t('home.more')}
        </Button>
      }
    >
      {recent.isPending ? (
        <SectionSkeleton label={t('home.loadingRecent')} />
      ) : recent.isError ? (
        <ErrorState title={t('home.recentError')} error={recent.error} onRetry={() => void recent.refetch()} />
      ) : recent.data.hits.length === 0 ? (
        <EmptyNote>{t('home.noneYet')}</EmptyNote>
      ) : (
        <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {recent.data.hits.map((hit) => (
            <SearchHitCard key={hit.id} hit={hit} />
          ))}
        </Stack>
      )}
    </HomeSection>
  );
}

function PortalFigures() {
  const { t } = useTranslation();
  const statistics = useStatisticsSummary();
  return (
    <HomeSection
      title={t('home.figures')}
      more={
        <Button component={Link} to="/statistics" variant="subtle">
          {t('home.allStatistics')}
        </Button>
      }
    >
      {statistics.isPending ? (
        <SectionSkeleton label={t('home.loadingFigures')} />
      ) : statistics.isError ? (
        <ErrorState title={t('statistics.loadError')} error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : (
        <KeyFigures
          figures={[
            { key: 'towns', label: t('home.figureTowns'), value: statistics.data.municipalities },
            { key: 'twinnings', label: t('home.figureTwinnings'), value: statistics.data.activePartnerships },
            { key: 'practices', label: t('home.figurePractices'), value: statistics.data.publishedCaseStudies },
            { key: 'adaptations', label: t('home.figureAdaptations'), value: statistics.data.adaptationsStarted },
          ]}
        />
      )}
    </HomeSection>
  );
}

/** Where the towns are and whom they are twinned with; the full map, with filters and a list, is a click away. */
function TwinningsMap() {
  const { t } = useTranslation();
  return (
    <HomeSection
      title={t('home.map')}
      more={
        <Button component={Link} to="/map" variant="subtle">
          {t('home.fullMap')}
        </Button>
      }
    >
      <Text c="dimmed">{t('home.mapIntro')}</Text>
      <OverviewMap height={MAP_HEIGHT} />
    </HomeSection>
  );
}

/** Staff write; everyone else is asked to sign in or register, since only a town's staff publish. */
function NextStep() {
  const { t } = useTranslation();
  const { account } = useSession();
  return (
    <HomeSection title={t('home.nextStep')}>
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Text>{t('home.nextStepText')}</Text>
          <Group gap="sm">
            {account && canWriteCaseStudies(account) ? (
              <>
                <Button component={Link} to="/case-studies/new">
                  {t('home.publishPractice')}
                </Button>
                <Button component={Link} to="/my-municipality" variant="default">
                  {t('nav.myMunicipality')}
                </Button>
              </>
            ) : account ? (
              <Button component={Link} to="/account" variant="default">
                {t('nav.account')}
              </Button>
            ) : (
              <>
                <Button component={Link} to="/sign-in">
                  {t('nav.signIn')}
                </Button>
                <Button component={Link} to="/register" variant="default">
                  {t('nav.register')}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </Paper>
    </HomeSection>
  );
}
