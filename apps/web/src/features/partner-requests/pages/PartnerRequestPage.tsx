import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { type PartnerAnswer, type PartnerRequestDetail, PartnerRequestErrorCode, POPULATION_BAND_LABELS, SDGS, THEME_LABELS } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../../common/components/BackLink';
import { ErrorState } from '../../../common/components/ErrorState';
import { Fact, FactList } from '../../../common/components/FactList';
import { FormAlert } from '../../../common/components/FormAlert';
import { Markdown } from '../../../common/components/Markdown';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { isUuid } from '../../../common/utils/uuid';
import { useFormatters } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../auth/hooks/useSession';
import { canWriteCaseStudies, isStaffOf } from '../../auth/utils/permissions';
import { PartnerAnswerForm } from '../components/PartnerAnswerForm';
import { useDecidePartnerAnswer, usePartnerRequest } from '../hooks/usePartnerRequests';

/** `/partner-requests/:id`: the request, the answers the reader may see, relevant practices and the towns' earlier partnerships. */
export function PartnerRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const request = usePartnerRequest(id);
  const notFound = !isUuid(id) || (request.error instanceof ApiError && (request.error.status === 400 || request.error.code === PartnerRequestErrorCode.NotFound));
  usePageTitle(notFound ? t('partnerRequests.notFound') : request.data?.title ?? t('partnerRequests.loading'));

  if (notFound) return <StatusMessage title={t('partnerRequests.notFound')} message={t('partnerRequests.notFoundMessage')} linkTo="/partner-requests" linkLabel={t('partnerRequests.backToList')} />;
  if (request.isError) return <ErrorState title={t('partnerRequests.loadError')} error={request.error} onRetry={() => void request.refetch()} />;
  if (request.isPending) return <PageSkeleton label={t('partnerRequests.loading')} />;
  return <PartnerRequestView request={request.data} />;
}

function PartnerRequestView({ request }: { request: PartnerRequestDetail }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const { labelOf, countryName, languageName, formatCalendarDate } = useFormatters();
  const poster = isStaffOf(account, request.municipality.id);
  const ownAnswer = request.answers.find((answer) => isStaffOf(account, answer.municipality.id));
  const mayAnswer = Boolean(account && canWriteCaseStudies(account)) && !poster && !ownAnswer && request.status === 'open';
  const any = t('partnerRequests.any');

  return (
    <Stack gap="lg" maw={900}>
      <div>
        <BackLink to="/partner-requests" label={t('partnerRequests.backToList')} />
        <Title order={1} mt="xs">
          {request.title}
        </Title>
        <Group gap={6} mt="xs">
          <Badge color={request.status === 'open' ? 'green' : 'gray'} variant="filled">
            {t(`partnerRequests.status.${request.status}`)}
          </Badge>
          <Anchor component={Link} to={`/towns/${request.municipality.id}`}>
            {request.municipality.nameLocal}, {countryName(request.municipality.country)}
          </Anchor>
        </Group>
      </div>
      <FactList>
        <Fact term={t('partnerRequests.deadline')}>{formatCalendarDate(request.deadline)}</Fact>
        <Fact term={t('partnerRequests.programme')}>
          {request.fundingProgramme ? (
            <Anchor component={Link} to={`/funding/programmes/${request.fundingProgramme.id}`}>
              {request.fundingProgramme.name}
            </Anchor>
          ) : (
            t('partnerRequests.none')
          )}
        </Fact>
        {request.fundingCall && (
          <Fact term={t('partnerRequests.call')}>
            {request.fundingCall.title} ({t('partnerRequests.callCloses', { date: formatCalendarDate(request.fundingCall.closesOn) })})
          </Fact>
        )}
        <Fact term={t('partnerRequests.themes')}>{request.themes.map((theme) => labelOf(THEME_LABELS[theme])).join(', ')}</Fact>
        <Fact term={t('partnerRequests.sdgs')}>{SDGS.filter((sdg) => request.sdgs.includes(sdg.number)).map((sdg) => `${sdg.number} · ${labelOf(sdg.label)}`).join(', ') || t('partnerRequests.none')}</Fact>
        <Fact term={t('partnerRequests.languages')}>{request.languages.map(languageName).join(', ')}</Fact>
        <Fact term={t('partnerRequests.partnerCountries')}>{request.partnerCountries.map(countryName).join(', ') || any}</Fact>
        <Fact term={t('partnerRequests.partnerSizes')}>{request.partnerPopulationBands.map((band) => labelOf(POPULATION_BAND_LABELS[band])).join(', ') || any}</Fact>
      </FactList>
      <Markdown source={request.description} />
      <div>
        <Title order={2} size="h3">
          {t('partnerRequests.offers')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{request.offers}</Text>
        <Title order={2} size="h3" mt="md">
          {t('partnerRequests.seeks')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{request.seeks}</Text>
      </div>

      <section aria-labelledby="answers">
        <Title order={2} size="h3" id="answers">
          {t('partnerRequests.answers', { count: request.answerCount })}
        </Title>
        {mayAnswer && <PartnerAnswerForm requestId={request.id} />}
        <Stack component="ul" gap="sm" m={0} mt="sm" p={0} style={{ listStyle: 'none' }}>
          {request.answers.map((answer) => (
            <AnswerItem key={answer.id} answer={answer} poster={poster} open={request.status === 'open'} />
          ))}
        </Stack>
      </section>

      <section aria-labelledby="relevant-practices">
        <Title order={2} size="h3" id="relevant-practices">
          {t('partnerRequests.relevantPractices')}
        </Title>
        {request.relevantPractices.length === 0 ? (
          <Text c="dimmed">{t('partnerRequests.noRelevantPractices')}</Text>
        ) : (
          <List>
            {request.relevantPractices.map((practice) => (
              <List.Item key={practice.id}>
                <Anchor component={Link} to={`/case-studies/${practice.id}`}>
                  {practice.title}
                </Anchor>
                {practice.municipality && ` · ${practice.municipality.nameLocal}`}
              </List.Item>
            ))}
          </List>
        )}
      </section>

      <section aria-labelledby="earlier-partnerships">
        <Title order={2} size="h3" id="earlier-partnerships">
          {t('partnerRequests.earlierPartnerships')}
        </Title>
        {request.earlierPartnerships.length === 0 ? (
          <Text c="dimmed">{t('partnerRequests.noEarlierPartnerships')}</Text>
        ) : (
          <List>
            {request.earlierPartnerships.map((partnership) => (
              <List.Item key={partnership.partnershipId}>
                <Anchor component={Link} to={`/partnerships/${partnership.partnershipId}`}>
                  {partnership.municipalities.map((town) => town.nameLocal).join(' – ')}
                </Anchor>{' '}
                ({t('partnerRequests.since', { year: partnership.sinceYear })})
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </Stack>
  );
}

function AnswerItem({ answer, poster, open }: { answer: PartnerAnswer; poster: boolean; open: boolean }) {
  const { t } = useTranslation();
  const { countryName, formatDate } = useFormatters();
  const decide = useDecidePartnerAnswer();
  const canShortlist = poster && open && answer.status === 'interested';
  const canAccept = poster && open && (answer.status === 'interested' || answer.status === 'shortlisted');
  return (
    <Paper component="li" withBorder p="md" aria-label={answer.municipality.nameLocal}>
      <Group justify="space-between">
        <Text fw={600}>
          {answer.municipality.nameLocal}, {countryName(answer.municipality.country)}
        </Text>
        <Badge variant="light">{t(`partnerRequests.answerStatus.${answer.status}`)}</Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {answer.author?.displayName} · {formatDate(answer.createdAt)}
      </Text>
      <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
        {answer.message}
      </Text>
      {answer.status === 'accepted' && <Text size="sm" c="dimmed" mt="xs">{t('partnerRequests.waitingForConfirmation')}</Text>}
      {(canShortlist || canAccept) && (
        <Group mt="sm">
          <FormAlert messages={[decide.error ? describeError(decide.error, t) : null]} />
          {canShortlist && (
            <Button variant="default" loading={decide.isPending} onClick={() => decide.mutate({ answerId: answer.id, decision: { status: 'shortlisted' } })}>
              {t('partnerRequests.shortlist')}
            </Button>
          )}
          {canAccept && (
            <Button loading={decide.isPending} onClick={() => decide.mutate({ answerId: answer.id, decision: { status: 'accepted' } })}>
              {t('partnerRequests.accept')}
            </Button>
          )}
        </Group>
      )}
    </Paper>
  );
}
