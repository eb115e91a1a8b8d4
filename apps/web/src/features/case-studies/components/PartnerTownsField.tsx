import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { CASE_STUDY_LIMITS, type MunicipalitySummary } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { MunicipalityPicker } from '../../municipalities/components/MunicipalityPicker';
import { fieldId } from '../utils/content-fields';

interface PartnerTownsFieldProps {
  /** The chosen towns, in order (those whose names are still loading are left out). */
  towns: MunicipalitySummary[];
  ids: string[];
  ownMunicipalityId: string | undefined;
  onAdd: (town: MunicipalitySummary) => void;
  onRemove: (id: string) => void;
  error?: string;
}

/** The partner towns that took part: chosen one by one with the town picker. */
export function PartnerTownsField({ towns, ids, ownMunicipalityId, onAdd, onRemove, error }: PartnerTownsFieldProps) {
  const { t } = useTranslation();
  const { countryName } = useFormatters();
  const full = ids.length >= CASE_STUDY_LIMITS.maxPartners;
  return (
    <Fieldset legend={t('caseStudyFields.partnerMunicipalityIds')} variant="unstyled">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('caseStudyForm.partnersHint')}
        </Text>
        {ids.length > 0 && (
          <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
            {ids.map((id) => {
              const town = towns.find((candidate) => candidate.id === id);
              const name = town?.nameLocal ?? t('caseStudyForm.partnerLoading');
              return (
                <Group component="li" key={id} gap="sm" wrap="nowrap">
                  <Text>
                    {name}
                    {town && (
                      <Text component="span" c="dimmed" size="sm">
                        {' · '}
                        {countryName(town.country)}
                      </Text>
                    )}
                  </Text>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    onClick={() => onRemove(id)}
                    aria-label={t('caseStudyForm.removeNamed', { name })}
                  >
                    {t('caseStudyForm.remove')}
                  </Button>
                </Group>
              );
            })}
          </Stack>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        {/* Remounted after each choice, so the box is empty again for the next town. */}
        <div id={fieldId('partnerMunicipalityIds')}>
          <MunicipalityPicker
            key={ids.length}
            label={t('caseStudyForm.addPartner')}
            value={null}
            disabled={full}
            description={full ? t('caseStudyForm.tooMany', { max: CASE_STUDY_LIMITS.maxPartners }) : undefined}
            excludeId={ownMunicipalityId}
            onChange={(town) => {
              if (town && !ids.includes(town.id)) onAdd(town);
            }}
          />
        </div>
      </Stack>
    </Fieldset>
  );
}
