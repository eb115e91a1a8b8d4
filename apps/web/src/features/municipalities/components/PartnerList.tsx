import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { type MunicipalityPartner } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';
import { PartnershipStatusBadge } from './PartnershipStatusBadge';

export function PartnerList({ partners }: { partners: MunicipalityPartner[] }) {
  const { t } = useTranslation();
  const { countryName, localized } = useFormatters();

  if (partners.length === 0) {
    return <Text c="dimmed">{t('town.partners.none')}</Text>;
  }

  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {partners.map((partner) => {
        const partnerTown = partner.municipality;
        return (
          <Paper component="li" key={partner.partnershipId} withBorder p="md">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <div>
                <Anchor component={Link} to={`/towns/${partnerTown.id}`} fw={600}>
                  {partnerTown.nameLocal}
                </Anchor>
                {partnerTown.nameEn !== partnerTown.nameLocal && (
                  <Text component="span" c="dimmed" lang="en">
                    {' '}
                    ({partnerTown.nameEn})
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {countryName(partnerTown.country)} · {t(`kinds.${partnerTown.kind}`)}
                </Text>
              </div>
              <Group gap="xs">
                {partner.kind === 'project' && <Badge variant="light">{t('partnership.kinds.project')}</Badge>}
                <Text size="sm">{t('town.partners.since', { year: partner.sinceYear })}</Text>
                <PartnershipStatusBadge status={partner.status} />
              </Group>
            </Group>
            {partner.programme && (
              <Text size="sm" mt="xs">
                {t('town.partners.programme', { programme: partner.programme })}
              </Text>
            )}
            {partner.description && <Text mt="xs">{localized(partner.description, partner.descriptionVariants)}</Text>}
            <Anchor component={Link} to={`/partnerships/${partner.partnershipId}`} size="sm" mt="xs" display="inline-block" aria-label={t('partnership.openPageWith', { town: partnerTown.nameLocal })}>
              {t('partnership.openPage')}
            </Anchor>
          </Paper>
        );
      })}
    </Stack>
  );
}
