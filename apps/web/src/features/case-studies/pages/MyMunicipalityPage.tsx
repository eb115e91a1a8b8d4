import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import {
  CASE_STUDY_STATUSES,
  PAGINATION_MAX_PER_PAGE,
  TEMPLATE_SECTIONS,
  type CaseStudyStatus,
  type CaseStudySummary,
  type ModerationDecision,
} from '@twinning/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { ListPagination, pageCountOf } from '../../../common/components/ListPagination';
import { TableSkeleton } from '../../../common/components/TableSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { pageOnlyToParams, parsePageOnly } from '../../../common/utils/url-filters';
import { useFormatters } from '../../../i18n';
import { useSession } from '../../auth/hooks/useSession';
import { StaffFeed } from '../../feed/components/StaffFeed';
import { caseStudyKeys, fetchCaseStudy } from '../api/case-studies.api';
import { OutcomeBadge } from '../components/OutcomeBadge';
import { useCaseStudies } from '../hooks/useCaseStudies';
import { isEditable } from '../utils/presentation';
import { townName } from '../../municipalities/utils/town-name';

/** The case studies of the signed-in staff member's municipality, by status; inside `RequireAccount`. */
export function MyMunicipalityPage() {
  const { t } = useTranslation();
  usePageTitle(t('myMunicipality.title'));
  const navigate = useNavigate();
  const { account } = useSession();
  const municipality = account?.municipality ?? null;
  const { filters, updateFilters } = useUrlFilters(parsePageOnly, pageOnlyToParams);
  const caseStudies = useCaseStudies(
    { municipality: municipality?.id, page: filters.page, per_page: PAGINATION_MAX_PER_PAGE },
    { enabled: municipality !== null },
  );
  // The list does not carry the moderator's comments; the pages of the few waiting for changes do.
  const awaitingChanges = caseStudies.data?.items.filter((item) => item.status === 'changes_requested') ?? [];
  const decisions = useQueries({
    queries: awaitingChanges.map((item) => ({
      queryKey: caseStudyKeys.detail(item.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchCaseStudy(item.id, signal),
    })),
  });
  const decisionOf = (id: string) => decisions[awaitingChanges.findIndex((item) => item.id === id)]?.data?.latestDecision;

  if (!municipality) return null;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('myMunicipality.title')}</Title>
          <Text c="dimmed">
            {t('myMunicipality.intro')}{' '}
            <Anchor component={Link} to={`/towns/${municipality.id}`}>
              {townName(municipality)}
            </Anchor>
          </Text>
        </div>
        <Button onClick={() => void navigate('/case-studies/new')}>{t('myMunicipality.newCaseStudy')}</Button>
      </Group>

      <StaffFeed />

      <Title order={2} mt="md">
        {t('myMunicipality.ownCaseStudies')}
      </Title>

      {caseStudies.isPending ? (
        <TableSkeleton label={t('myMunicipality.loading')} />
      ) : caseStudies.isError ? (
        <ErrorState title={t('myMunicipality.loadError')} error={caseStudies.error} onRetry={() => void caseStudies.refetch()} />
      ) : caseStudies.data.items.length === 0 ? (
        <Paper withBorder p="xl" role="status">
          <Stack gap="xs" align="flex-start">
            <Text fw={600}>{t('myMunicipality.emptyTitle')}</Text>
            <Text>{t('myMunicipality.emptyText')}</Text>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="xl" aria-busy={caseStudies.isPlaceholderData}>
          {CASE_STUDY_STATUSES.map((status) => {
            const items = caseStudies.data.items.filter((item) => item.status === status);
            return items.length === 0 ? null : (
              <StatusGroup key={status} status={status} items={items} decisionOf={decisionOf} />
            );
          })}
          <ListPagination
            page={filters.page}
            pageCount={pageCountOf(caseStudies.data)}
            onChange={(page) => updateFilters({ page })}
          />
        </Stack>
      )}
    </Stack>
  );
}

interface StatusGroupProps {
  status: CaseStudyStatus;
  items: CaseStudySummary[];
  decisionOf: (id: string) => ModerationDecision | null | undefined;
}

function StatusGroup({ status, items, decisionOf }: StatusGroupProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} id={headingId} mb="sm">
        {t(`myMunicipality.groups.${status}`, { count: items.length })}
      </Title>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item) => {
          const title = item.title.trim() || t('caseStudy.untitled');
          const decision = status === 'changes_requested' ? decisionOf(item.id) : undefined;
          return (
            <Paper component="li" withBorder p="md" key={item.id}>
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                <Stack gap={4}>
                  <Anchor component={Link} to={`/case-studies/${item.id}`} fw={600}>
                    {title}
                  </Anchor>
                  <Group gap="xs">
                    {item.outcome && <OutcomeBadge outcome={item.outcome} size="sm" />}
                    <Text size="sm" c="dimmed">
                      {item.publishedAt && status === 'published'
                        ? t('myMunicipality.publishedOn', { date: formatDate(item.publishedAt) })
                        : t('myMunicipality.changedOn', { date: formatDate(item.updatedAt) })}
                    </Text>
                  </Group>
                </Stack>
                {isEditable(status) && (
                  <Button
                    component={Link}
                    to={`/case-studies/${item.id}/edit`}
                    size="compact-sm"
                    variant="default"
                    aria-label={t('common.editNamed', { name: title })}
                  >
                    {t('common.edit')}
                  </Button>
                )}
              </Group>
              {decision && <DecisionSummary decision={decision} />}
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}

/** The moderator's request in short: the overall comment, and which sections they commented on. */
function DecisionSummary({ decision }: { decision: ModerationDecision }) {
  const { t } = useTranslation();
  const sections = TEMPLATE_SECTIONS.filter((section) => decision.sectionComments[section]?.trim());
  return (
    <Stack gap={2} mt="sm" p="sm" style={{ background: 'var(--mantine-color-orange-0)', borderRadius: 'var(--mantine-radius-sm)' }}>
      <Text size="sm" fw={600}>
        {t('myMunicipality.moderatorSays', { name: decision.moderator?.displayName ?? t('decision.formerModerator') })}
      </Text>
      {decision.comment.trim() && (
        <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
          {decision.comment}
        </Text>
      )}
      {sections.length > 0 && (
        <Text size="sm">
          {t('myMunicipality.commentsOn', {
            sections: sections.map((section) => t(`caseStudySections.${section}`)).join(', '),
          })}
        </Text>
      )}
    </Stack>
  );
}
