import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { PartnerRequestCard } from '../components/PartnerRequestCard';
import { useMyPartnerRequests } from '../hooks/usePartnerRequests';

/** `/partner-requests/mine`: the requests the reader's town posted and the answers it gave. */
export function MyPartnerRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('partnerRequests.mine.title'));
  const mine = useMyPartnerRequests();
  if (mine.isError) return <ErrorState title={t('partnerRequests.loadError')} error={mine.error} onRetry={() => void mine.refetch()} />;
  if (mine.isPending) return <PageSkeleton label={t('partnerRequests.loading')} />;
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t('partnerRequests.mine.title')}</Title>
        <Button component={Link} to="/partner-requests/new">
          {t('partnerRequests.form.pageTitle')}
        </Button>
      </Group>
      <RequestsSection id="posted" title={t('partnerRequests.mine.posted')} empty={t('partnerRequests.mine.nonePosted')}>
        {mine.data.posted.map((request) => (
          <PartnerRequestCard key={request.id} request={request} />
        ))}
      </RequestsSection>
      <RequestsSection id="answered" title={t('partnerRequests.mine.answered')} empty={t('partnerRequests.mine.noneAnswered')}>
        {mine.data.answered.map(({ request, answer }) => (
          <PartnerRequestCard key={answer.id} request={request}>
            <Text size="sm" mt="xs">
              {t('partnerRequests.mine.yourAnswer')} <Badge variant="light">{t(`partnerRequests.answerStatus.${answer.status}`)}</Badge>
            </Text>
          </PartnerRequestCard>
        ))}
      </RequestsSection>
    </Stack>
  );
}

/** A titled list of request cards, or a sentence when it has none. */
function RequestsSection({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} mt="sm" p={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
      )}
    </section>
  );
}
