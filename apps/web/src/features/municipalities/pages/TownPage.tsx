import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { ApiError } from '../../../lib/api-client';
import { TownMap } from '../../map/components/TownMap';
import { PartnerList } from '../components/PartnerList';
import { TownAdaptations } from '../components/TownAdaptations';
import { TownCaseStudies } from '../components/TownCaseStudies';
import { TownFacts } from '../components/TownFacts';
import { useMunicipality } from '../hooks/useMunicipality';
import { isMunicipalityId } from '../utils/municipality-id';
import { townName } from '../utils/town-name';
import { BackLink } from '../../../common/components/BackLink';

export function TownPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const town = useMunicipality(id);

  // The server answers 400 for an id it cannot parse, should its idea of an id be stricter than ours.
  const invalidId = !isMunicipalityId(id) || (town.error instanceof ApiError && town.error.status === 400);
  const notFound = town.error instanceof ApiError && town.error.status === 404;

  usePageTitle(
    invalidId
      ? t('town.invalidIdTitle')
      : notFound
        ? t('town.notFoundTitle')
        : town.isError
          ? t('town.loadError')
          : (town.data?.nameLocal ?? t('town.loading')),
  );

  if (invalidId) {
    return (
      <StatusMessage
        title={t('town.invalidIdTitle')}
        message={t('town.invalidIdMessage', { id })}
        linkTo="/towns"
        linkLabel={t('town.backToTowns')}
      />
    );
  }
  if (notFound) {
    return (
      <StatusMessage
        title={t('town.notFoundTitle')}
        message={t('town.notFoundMessage')}
        linkTo="/towns"
        linkLabel={t('town.backToTowns')}
      />
    );
  }
  if (town.isError) {
    return <ErrorState title={t('town.loadError')} error={town.error} onRetry={() => void town.refetch()} />;
  }
  if (town.isPending) return <PageSkeleton label={t('town.loading')} />;

  const detail = town.data;
  return (
    <Stack gap="xl">
      <div>
        <BackLink to="/towns" label={t('town.backToTowns')} />
        <Title order={1} mt="xs">
          {detail.nameLocal}
        </Title>
        {detail.nameEn !== detail.nameLocal && (
          <Text size="lg" c="dimmed" lang="en">
            {detail.nameEn}
          </Text>
        )}
      </div>

      <section aria-labelledby="town-facts-heading">
        <Title order={2} size="h3" id="town-facts-heading" mb="sm">
          {t('town.detailsTitle')}
        </Title>
        <TownFacts town={detail} />
      </section>

      <section aria-labelledby="town-case-studies-heading">
        <Title order={2} size="h3" id="town-case-studies-heading" mb="sm">
          {t('town.caseStudies.title')}
        </Title>
        <TownCaseStudies townId={detail.id} />
      </section>

      <section aria-labelledby="town-adaptations-heading">
        <Title order={2} size="h3" id="town-adaptations-heading" mb="sm">
          {t('town.adaptations.title')}
        </Title>
        <TownAdaptations townId={detail.id} townName={townName(detail)} />
      </section>

      <section aria-labelledby="town-partners-heading">
        <Title order={2} size="h3" id="town-partners-heading" mb="sm">
          {t('town.partners.title')}
        </Title>
        <Stack gap="md">
          <TownMap townId={detail.id} townName={detail.nameLocal} height={320} />
          <PartnerList partners={detail.partners} />
        </Stack>
      </section>
    </Stack>
  );
}
