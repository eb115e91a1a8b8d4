import { Button, Grid, Group, MultiSelect, Select, Stack, Textarea, TagsInput, TextInput } from '@mantine/core';
import {
  CURRENCIES,
  FUNDING_LIMITS,
  FUNDING_PROGRAMME_KIND_LABELS,
  FUNDING_PROGRAMME_KINDS,
  FundingErrorCode,
  type FundingProgramme,
  type FundingProgrammeInput,
  THEME_LABELS,
  THEMES,
} from '@twinning/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../common/components/FormAlert';
import { NumberField } from '../../../common/components/NumberField';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import { type FieldErrors, hasFieldErrors, mergeFieldErrors, serverFieldErrors } from '../../../common/utils/field-errors';
import { isOneOf } from '../../../common/utils/is-one-of';
import { isSameValue } from '../../../common/utils/same-value';
import { useFormatters } from '../../../i18n/useFormatters';
import { ApiError } from '../../../lib/api-client';
import { useSaveFundingProgramme } from '../hooks/useFunding';

const FIELDS = ['name', 'aliases', 'funder', 'kind', 'eligibleCountries', 'themes', 'typicalGrantMin', 'typicalGrantMax', 'grantCurrency', 'coFinancingRatePercent', 'officialUrl', 'description.en', 'description.tr', 'description.de'] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED_TEXTS = ['name', 'funder', 'officialUrl'] as const;
const LANGUAGES = ['en', 'tr', 'de'] as const;

const EMPTY: FundingProgrammeInput = {
  name: '',
  aliases: [],
  funder: '',
  kind: 'eu',
  eligibleCountries: [],
  themes: [],
  typicalGrantMin: null,
  typicalGrantMax: null,
  grantCurrency: null,
  coFinancingRatePercent: null,
  officialUrl: '',
  description: { en: '', tr: '', de: '' },
};

function toInput({ id: _id, archived: _archived, ...input }: FundingProgramme): FundingProgrammeInput {
  return input;
}

/** A moderator creates a programme, or edits every field of one. Empty amounts stay empty: better than a guess. */
export function FundingProgrammeForm({ programme, onSaved, onCancel }: { programme?: FundingProgramme; onSaved: (saved: FundingProgramme) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { labelOf, compareText } = useFormatters();
  const save = useSaveFundingProgramme();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [initial] = useState(() => (programme ? toInput(programme) : EMPTY));
  const [values, setValues] = useState(initial);
  const guard = useUnsavedChangesGuard({ when: !isSameValue(values, initial) });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});

  const server = serverFieldErrors(save.error, FIELDS, t);
  if (save.error instanceof ApiError && save.error.code === FundingErrorCode.ProgrammeNameTaken) server.fields.name = t('funding.programmeForm.nameTaken');
  if (save.error instanceof ApiError && save.error.code === FundingErrorCode.InvalidRange) server.fields.typicalGrantMax = t('funding.programmeForm.rangeUpsideDown');
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = save.error && !hasFieldErrors(server.fields) ? describeError(save.error, t) : null;
  const set = <Key extends keyof FundingProgrammeInput>(field: Key, value: FundingProgrammeInput[Key]) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    for (const field of REQUIRED_TEXTS) if (!values[field].trim()) found[field] = t('funding.callForm.required');
    for (const language of LANGUAGES) if (!values.description[language].trim()) found[`description.${language}`] = t('funding.callForm.required');
    if (values.typicalGrantMin !== null && values.typicalGrantMax !== null && values.typicalGrantMin > values.typicalGrantMax) found.typicalGrantMax = t('funding.programmeForm.rangeUpsideDown');
    setFieldErrors(found);
    if (hasFieldErrors(found)) {
      focusFirstInvalid();
      return;
    }
    save.mutate({ id: programme?.id, input: values }, { onSuccess: onSaved });
  };

  const themeOptions = THEMES.map((value) => ({ value, label: labelOf(THEME_LABELS[value]) })).sort((a, b) => compareText(a.label, b.label));
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={programme ? t('funding.programmeForm.editTitle') : t('funding.programmeForm.createTitle')}>
      <Stack gap="md">
        <FormAlert messages={[formError, ...server.unmatched]} />
        <TextInput label={t('funding.programmeForm.name')} required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} />
        <TagsInput label={t('funding.programmeForm.aliases')} description={t('funding.programmeForm.aliasesHint')} maxTags={FUNDING_LIMITS.maxAliases} value={values.aliases} onChange={(aliases) => set('aliases', aliases)} error={errors.aliases} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label={t('funding.funder')} required value={values.funder} onChange={(e) => set('funder', e.currentTarget.value)} error={errors.funder} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('funding.kind')}
              required
              allowDeselect={false}
              data={FUNDING_PROGRAMME_KINDS.map((kind) => ({ value: kind, label: labelOf(FUNDING_PROGRAMME_KIND_LABELS[kind]) }))}
              value={values.kind}
              onChange={(kind) => isOneOf(kind, FUNDING_PROGRAMME_KINDS) && set('kind', kind)}
              error={errors.kind}
            />
          </Grid.Col>
        </Grid>
        <TagsInput
          label={t('funding.eligibleCountries')}
          description={t('funding.programmeForm.countriesHint')}
          value={values.eligibleCountries}
          onChange={(codes) => set('eligibleCountries', codes)}
          error={errors.eligibleCountries}
        />
        <MultiSelect label={t('funding.themeLabel')} data={themeOptions} value={values.themes} onChange={(themes) => set('themes', themes.filter((theme) => isOneOf(theme, THEMES)))} error={errors.themes} searchable />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NumberField label={t('funding.programmeForm.grantMin')} min={FUNDING_LIMITS.minAmount} max={FUNDING_LIMITS.maxAmount} value={values.typicalGrantMin} onChange={(value) => set('typicalGrantMin', value)} error={errors.typicalGrantMin} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NumberField label={t('funding.programmeForm.grantMax')} min={FUNDING_LIMITS.minAmount} max={FUNDING_LIMITS.maxAmount} value={values.typicalGrantMax} onChange={(value) => set('typicalGrantMax', value)} error={errors.typicalGrantMax} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select label={t('funding.programmeForm.currency')} data={[...CURRENCIES]} value={values.grantCurrency} onChange={(currency) => set('grantCurrency', isOneOf(currency, CURRENCIES) ? currency : null)} clearable error={errors.grantCurrency} />
          </Grid.Col>
        </Grid>
        <NumberField
          label={t('funding.coFinancingRate')}
          suffix="%"
          min={FUNDING_LIMITS.minRatePercent}
          max={FUNDING_LIMITS.maxRatePercent}
          value={values.coFinancingRatePercent}
          onChange={(value) => set('coFinancingRatePercent', value)}
          error={errors.coFinancingRatePercent}
        />
        <TextInput type="url" label={t('funding.officialPage')} required value={values.officialUrl} onChange={(e) => set('officialUrl', e.currentTarget.value)} error={errors.officialUrl} />
        {LANGUAGES.map((language) => (
          <Textarea
            key={language}
            label={t(`funding.programmeForm.description.${language}`)}
            required
            autosize
            minRows={3}
           
            value={values.description[language]}
            onChange={(e) => set('description', { ...values.description, [language]: e.currentTarget.value })}
            error={errors[`description.${language}`]}
          />
        ))}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => guard.confirmDiscard(onCancel)} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {programme ? t('common.saveChanges') : t('funding.programmeForm.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
