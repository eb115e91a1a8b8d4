import { Button, Grid, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { COUNTRY_CODE_PATTERN, MUNICIPALITY_KINDS, MUNICIPALITY_LIMITS, type Municipality } from '@twinning/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { FormAlert } from '../../../common/components/FormAlert';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import { isOneOf } from '../../../common/utils/is-one-of';
import { isSameValue } from '../../../common/utils/same-value';
import {
  hasFieldErrors,
  mergeFieldErrors,
  serverFieldErrors,
  type FieldErrors,
} from '../../../common/utils/field-errors';
import { useFormatters } from '../../../i18n';
import { useSaveMunicipality } from '../hooks/useAdminMunicipalities';
import { TextVariantFields } from './TextVariantFields';
import {
  changedMunicipalityFields,
  emptyMunicipalityForm,
  MUNICIPALITY_FIELDS,
  municipalityToForm,
  toMunicipalityInput,
  validateMunicipalityForm,
  type MunicipalityField,
  type MunicipalityFormValues,
} from '../utils/municipality-form';

interface MunicipalityFormProps {
  /** The town being edited; a new one when left out. */
  municipality?: Municipality;
  onCancel: () => void;
  onSaved: (saved: Municipality) => void;
}

export function MunicipalityForm({ municipality, onCancel, onSaved }: MunicipalityFormProps) {
  const { t } = useTranslation();
  const { countryName } = useFormatters();
  const save = useSaveMunicipality();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [initial] = useState<MunicipalityFormValues>(() =>
    municipality ? municipalityToForm(municipality) : emptyMunicipalityForm(),
  );
  const [values, setValues] = useState(initial);
  const guard = useUnsavedChangesGuard({ when: !isSameValue(values, initial) });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<MunicipalityField>>({});

  const server = serverFieldErrors(save.error, MUNICIPALITY_FIELDS, t);
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = save.error && !hasFieldErrors(server.fields) ? describeError(save.error, t) : null;

  const set = <Field extends keyof MunicipalityFormValues>(field: Field, value: MunicipalityFormValues[Field]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateMunicipalityForm(values, t);
    setFieldErrors(found);
    if (hasFieldErrors(found)) {
      focusFirstInvalid();
      return;
    }
    const input = toMunicipalityInput(values);
    if (!municipality) {
      save.mutate({ kind: 'create', input }, { onSuccess: onSaved });
      return;
    }
    const changes = changedMunicipalityFields(municipality, input);
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    save.mutate({ kind: 'update', id: municipality.id, changes }, { onSuccess: onSaved });
  };

  const validCountry = COUNTRY_CODE_PATTERN.test(values.country);

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert messages={[formError, ...server.unmatched]} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('adminMunicipalities.form.nameLocal')}
              description={
                <CharacterCount value={values.nameLocal} max={MUNICIPALITY_LIMITS.nameMaxLength}>
                  {t('adminMunicipalities.form.nameLocalHint')}
                </CharacterCount>
              }
              required
              value={values.nameLocal}
              onChange={(event) => set('nameLocal', event.currentTarget.value)}
              error={errors.nameLocal}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('adminMunicipalities.form.nameEn')}
              description={
                <CharacterCount value={values.nameEn} max={MUNICIPALITY_LIMITS.nameMaxLength}>
                  {t('adminMunicipalities.form.nameEnHint')}
                </CharacterCount>
              }
              required
              lang="en"
              value={values.nameEn}
              onChange={(event) => set('nameEn', event.currentTarget.value)}
              error={errors.nameEn}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={t('adminMunicipalities.form.country')}
              description={validCountry ? countryName(values.country) : t('adminMunicipalities.form.countryHint')}
              required
              autoComplete="off"
              value={values.country}
              // Codes are upper case; typing "de" means DE.
              onChange={(event) => set('country', event.currentTarget.value.toUpperCase())}
              error={errors.country}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={t('adminMunicipalities.form.region')}
              description={<CharacterCount value={values.region} max={MUNICIPALITY_LIMITS.regionMaxLength} />}
              required
              value={values.region}
              onChange={(event) => set('region', event.currentTarget.value)}
              error={errors.region}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('adminMunicipalities.form.kind')}
              required
              data={MUNICIPALITY_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
              value={values.kind}
              onChange={(kind) => set('kind', isOneOf(kind, MUNICIPALITY_KINDS) ? kind : null)}
              error={errors.kind}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextVariantFields
              legend={t('adminMunicipalities.form.regionVariants')}
              values={values.regionVariants}
              onChange={(variants) => set('regionVariants', variants)}
              error={errors.regionVariants}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NumberInput
              label={t('adminMunicipalities.form.population')}
              required
              hideControls
              value={values.population}
              onChange={(value) => set('population', value)}
              error={errors.population}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NumberInput
              label={t('adminMunicipalities.form.populationYear')}
              required
              hideControls
              value={values.populationYear}
              onChange={(value) => set('populationYear', value)}
              error={errors.populationYear}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NumberInput
              label={t('adminMunicipalities.form.latitude')}
              description={t('adminMunicipalities.form.latitudeHint')}
              required
              decimalScale={6}
              hideControls
              value={values.latitude}
              onChange={(value) => set('latitude', value)}
              error={errors.latitude}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NumberInput
              label={t('adminMunicipalities.form.longitude')}
              description={t('adminMunicipalities.form.longitudeHint')}
              required
              decimalScale={6}
              hideControls
              value={values.longitude}
              onChange={(value) => set('longitude', value)}
              error={errors.longitude}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput
              label={t('adminMunicipalities.form.website')}
              description={
                <CharacterCount value={values.website} max={MUNICIPALITY_LIMITS.websiteMaxLength}>
                  {t('adminMunicipalities.form.websiteHint')}
                </CharacterCount>
              }
              type="url"
              value={values.website}
              onChange={(event) => set('website', event.currentTarget.value)}
              error={errors.website}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput
              label={t('accountSecurity.admin.emailDomains')}
              description={t('accountSecurity.admin.emailDomainsHint')}
              placeholder="bursa.bel.tr"
              value={values.emailDomains}
              onChange={(event) => set('emailDomains', event.currentTarget.value)}
              error={errors.emailDomains}
            />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => guard.confirmDiscard(onCancel)} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {municipality ? t('common.saveChanges') : t('adminMunicipalities.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
