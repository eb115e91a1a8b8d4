import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { type PartnerPairAwaitingConfirmation } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../../../common/components/BackLink';
import { ErrorState } from '../../../common/components/ErrorState';
import { FormAlert } from '../../../common/components/FormAlert';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { useFormatters } from '../../../i18n';
import { useConfirmPartnerPair, usePartnerPairs } from '../hooks/usePartnerRequests';

/** `/moderation/partner-pairs`: accepted pairs waiting for a moderator; confirming one makes it a partnership of the two towns. */
export function PartnerPairQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('partnerRequests.pairs.title'));
  const pairs = usePartnerPairs();
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <BackLink to="/moderation" label={t('partnerRequests.pairs.backToModeration')} />
        <Title order={1} mt="xs">
          {t('partnerRequests.pairs.title')}
        </Title>
        <Text c="dimmed">{t('partnerRequests.pairs.intro')}</Text>
      </div>
      {pairs.isError ? (
        <ErrorState title={t('partnerRequests.loadError')} error={pairs.error} onRetry={() => void pairs.refetch()} />
      ) : pairs.isPending ? (
        <PageSkeleton label={t('partnerRequests.loading')} />
      ) : pairs.data.length === 0 ? (
        <Text role="status">{t('partnerRequests.pairs.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {pairs.data.map((pair) => (
            <PairItem key={pair.answer.id} pair={pair} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function PairItem({ pair }: { pair: PartnerPairAwaitingConfirmation }) {
  const { t } = useTranslation();
  const { countryName } = useFormatters();
  const confirm = useConfirmPartnerPair();
  const { request, answer } = pair;
  return (
    <Paper component="li" withBorder p="md">
      <Anchor component={Link} to={`/partner-requests/${request.id}`} fw={600}>
        {request.title}
      </Anchor>
      <Text size="sm">
        {t('partnerRequests.pairs.towns', {
          poster: `${request.municipality.nameLocal}, ${countryName(request.municipality.country)}`,
          partner: `${answer.municipality.nameLocal}, ${countryName(answer.municipality.country)}`,
        })}
      </Text>
      {request.fundingCall && <Text size="sm" c="dimmed">{request.fundingCall.title}</Text>}
      <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
        {answer.message}
      </Text>
      <FormAlert messages={[confirm.error ? describeError(confirm.error, t) : null]} />
      <Button mt="sm" loading={confirm.isPending} onClick={() => confirm.mutate(answer.id)}>
        {t('partnerRequests.pairs.confirm')}
      </Button>
    </Paper>
  );
}
