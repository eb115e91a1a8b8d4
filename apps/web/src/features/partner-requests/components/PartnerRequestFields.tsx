import { MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { CASE_STUDY_LANGUAGES, PARTNER_REQUEST_LIMITS, POPULATION_BAND_LABELS, POPULATION_BANDS, SDGS, THEME_LABELS, THEMES } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { DateField } from '../../../common/components/DateField';
import { type FieldErrors } from '../../../common/utils/field-errors';
import { isOneOf } from '../../../common/utils/is-one-of';
import { useFormatters } from '../../../i18n';
import { ProgrammeCallFields } from '../../funding/components/ProgrammeCallFields';
import { useCountryOptions } from '../../municipalities/hooks/useCountryOptions';
import { type PartnerRequestField, type PartnerRequestForm } from '../utils/partner-request-form';

interface Props {
  values: PartnerRequestForm;
  errors: FieldErrors<PartnerRequestField>;
  onChange: <Field extends PartnerRequestField>(field: Field, value: PartnerRequestForm[Field]) => void;
}

/** The fields of a partner request: what, on which themes and goals, aimed at which funding, by when, and with whom. */
export function PartnerRequestFields({ values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const { labelOf, languageName } = useFormatters();
  const countryOptions = useCountryOptions();

  return (
    <Stack gap="md">
      <TextInput
        label={t('partnerRequests.form.title')}
        description={<CharacterCount value={values.title} max={PARTNER_REQUEST_LIMITS.titleMaxLength}>{t('partnerRequests.form.titleHint')}</CharacterCount>}
        required
        value={values.title}
        onChange={(event) => onChange('title', event.currentTarget.value)}
        error={errors.title}
      />
      <Textarea
        label={t('partnerRequests.form.description')}
        description={<CharacterCount value={values.description} max={PARTNER_REQUEST_LIMITS.descriptionMaxLength}>{t('partnerRequests.form.descriptionHint')}</CharacterCount>}
        required
        autosize
        minRows={5}
        value={values.description}
        onChange={(event) => onChange('description', event.currentTarget.value)}
        error={errors.description}
      />
      <MultiSelect
        label={t('partnerRequests.themes')}
        required
        data={THEMES.map((theme) => ({ value: theme, label: labelOf(THEME_LABELS[theme]) }))}
        value={values.themes}
        onChange={(themes) => onChange('themes', themes.filter((theme) => isOneOf(theme, THEMES)))}
        error={errors.themes}
        searchable
      />
      <MultiSelect
        label={t('partnerRequests.sdgs')}
        data={SDGS.map((sdg) => ({ value: String(sdg.number), label: `${sdg.number} · ${labelOf(sdg.label)}` }))}
        value={values.sdgs}
        onChange={(sdgs) => onChange('sdgs', sdgs)}
        error={errors.sdgs}
        searchable
      />
      <ProgrammeCallFields
        value={values}
        onChange={({ fundingProgrammeId, fundingCallId }) => {
          onChange('fundingProgrammeId', fundingProgrammeId);
          onChange('fundingCallId', fundingCallId);
        }}
        labels={{ programme: t('partnerRequests.programme'), call: t('partnerRequests.call') }}
        errors={{ programme: errors.fundingProgrammeId, call: errors.fundingCallId }}
        closedCalls="hidden"
      />
      <DateField
        label={t('partnerRequests.deadline')}
        description={t('partnerRequests.form.deadlineHint')}
        required
        value={values.deadline || null}
        onChange={(date) => onChange('deadline', date ?? '')}
        error={errors.deadline}
      />
      <Textarea label={t('partnerRequests.offers')} required autosize minRows={3} maxLength={PARTNER_REQUEST_LIMITS.offerMaxLength} value={values.offers} onChange={(event) => onChange('offers', event.currentTarget.value)} error={errors.offers} />
      <Textarea label={t('partnerRequests.seeks')} required autosize minRows={3} maxLength={PARTNER_REQUEST_LIMITS.offerMaxLength} value={values.seeks} onChange={(event) => onChange('seeks', event.currentTarget.value)} error={errors.seeks} />
      <MultiSelect
        label={t('partnerRequests.languages')}
        required
        data={CASE_STUDY_LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))}
        value={values.languages}
        onChange={(languages) => onChange('languages', languages.filter((language) => isOneOf(language, CASE_STUDY_LANGUAGES)))}
        error={errors.languages}
        searchable
      />
      <MultiSelect
        label={t('partnerRequests.partnerCountries')}
        description={t('partnerRequests.form.anyHint')}
        data={countryOptions}
        value={values.partnerCountries}
        onChange={(countries) => onChange('partnerCountries', countries)}
        error={errors.partnerCountries}
        searchable
      />
      <MultiSelect
        label={t('partnerRequests.partnerSizes')}
        description={t('partnerRequests.form.anyHint')}
        data={POPULATION_BANDS.map((band) => ({ value: band, label: labelOf(POPULATION_BAND_LABELS[band]) }))}
        value={values.partnerPopulationBands}
        onChange={(bands) => onChange('partnerPopulationBands', bands.filter((band) => isOneOf(band, POPULATION_BANDS)))}
        error={errors.partnerPopulationBands}
      />
    </Stack>
  );
}
