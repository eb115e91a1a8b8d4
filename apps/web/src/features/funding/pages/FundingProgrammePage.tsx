import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { FUNDING_PROGRAMME_KIND_LABELS, type FundingProgrammeDetail, THEME_LABELS } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { Fact, FactList } from '../../../common/components/FactList';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useFormatters } from '../../../i18n/useFormatters';
import { isMissing } from '../../../lib/api-client';
import { FundingCallList } from '../components/FundingCallList';
import { ModeratorProgrammeActions } from '../components/ModeratorProgrammeActions';
import { ProgrammePractices } from '../components/ProgrammePractices';
import { useFundingProgramme } from '../hooks/useFunding';
import { BackLink } from '../../../common/components/BackLink';

/** One programme: what it funds, for whom, and its calls. */
export function FundingProgrammePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const programme = useFundingProgramme(id);
  const missing = isMissing(programme.error);
  usePageTitle(missing ? t('funding.notFoundTitle') : (programme.data?.name ?? t('funding.loadingProgramme')));

  if (missing) return <StatusMessage title={t('funding.notFoundTitle')} message={t('funding.notFoundMessage')} linkTo="/funding" linkLabel={t('funding.backToCatalogue')} />;
  if (programme.isError) return <ErrorState title={t('funding.loadProgrammeError')} error={programme.error} onRetry={() => void programme.refetch()} />;
  if (programme.isPending) return <PageSkeleton label={t('funding.loadingProgramme')} />;
  return <ProgrammeDetail programme={programme.data} />;
}

function ProgrammeDetail({ programme }: { programme: FundingProgrammeDetail }) {
  const { t } = useTranslation();
  const { labelOf, countryName, formatNumber } = useFormatters();
  const money = (amount: number) => `${formatNumber(amount)} ${programme.grantCurrency ?? ''}`.trim();
  const grant =
    programme.typicalGrantMin !== null && programme.typicalGrantMax !== null
      ? `${money(programme.typicalGrantMin)} – ${money(programme.typicalGrantMax)}`
      : programme.typicalGrantMax !== null
        ? t('funding.upTo', { amount: money(programme.typicalGrantMax) })
        : programme.typicalGrantMin !== null
          ? t('funding.from', { amount: money(programme.typicalGrantMin) })
          : t('funding.seeCall');

  return (
    <Stack gap="xl">
      <div>
        <BackLink to="/funding" label={t('funding.backToCatalogue')} />
        <Title order={1} mt="xs">
          {programme.name}
        </Title>
        {programme.archived && <Badge color="gray">{t('funding.archived')}</Badge>}
        <Text mt="sm">{labelOf(programme.description)}</Text>
      </div>
      <ModeratorProgrammeActions programme={programme} />
      <section aria-labelledby="programme-facts-heading">
        <Title order={2} size="h3" id="programme-facts-heading" mb="sm">
          {t('funding.factsTitle')}
        </Title>
        <FactList>
          <Fact term={t('funding.funder')}>{programme.funder}</Fact>
          <Fact term={t('funding.kind')}>{labelOf(FUNDING_PROGRAMME_KIND_LABELS[programme.kind])}</Fact>
          <Fact term={t('funding.eligibleCountries')}>
            {programme.eligibleCountries.length > 0 ? programme.eligibleCountries.map(countryName).join(', ') : t('funding.seeCall')}
          </Fact>
          <Fact term={t('funding.typicalGrant')}>{grant}</Fact>
          <Fact term={t('funding.coFinancingRate')}>
            {programme.coFinancingRatePercent !== null ? t('funding.upToPercent', { percent: programme.coFinancingRatePercent }) : t('funding.seeCall')}
          </Fact>
          <Fact term={t('funding.officialPage')}>
            <Anchor href={programme.officialUrl} target="_blank" rel="noopener noreferrer">
              {new URL(programme.officialUrl).hostname}
            </Anchor>
          </Fact>
        </FactList>
        <Group gap={4} mt="md">
          {programme.themes.map((theme) => (
            <Badge key={theme} variant="light">
              {labelOf(THEME_LABELS[theme])}
            </Badge>
          ))}
        </Group>
      </section>
      <section aria-labelledby="programme-calls-heading">
        <Title order={2} size="h3" id="programme-calls-heading" mb="sm">
          {t('funding.callsTitle')}
        </Title>
        {programme.calls.length > 0 ? <FundingCallList calls={programme.calls} showProgramme={false} /> : <Text>{t('funding.noCalls')}</Text>}
      </section>
      <ProgrammePractices programmeId={programme.id} />
    </Stack>
  );
}
