import { Button, Grid, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { AdminErrorCode, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES, type Partnership, PARTNERSHIP_LIMITS } from '@twinning/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { DateField } from '../../../common/components/DateField';
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
import { ApiError } from '../../../lib/api-client';
import { ProgrammeCallFields } from '../../funding/components/ProgrammeCallFields';
import { MunicipalityPicker } from '../../municipalities/components/MunicipalityPicker';
import { useSavePartnership } from '../hooks/useAdminPartnerships';
import { TextVariantFields } from './TextVariantFields';
import {
  changedPartnershipFields,
  emptyPartnershipForm,
  PARTNERSHIP_FIELD_ALIASES,
  PARTNERSHIP_FIELDS,
  partnershipToForm,
  toPartnershipInput,
  validatePartnershipForm,
  type PartnershipField,
  type PartnershipFormValues,
} from '../utils/partnership-form';

interface PartnershipFormProps {
  /** The twinning being edited; a new one when left out. */
  partnership?: Partnership;
  onCancel: () => void;
  onSaved: (saved: Partnership) => void;
}

export function PartnershipForm({ partnership, onCancel, onSaved }: PartnershipFormProps) {
  const { t } = useTranslation();
  const save = useSavePartnership();
  const { formRef, focusFirstInvalid, holdsUnreadable } = useFocusFirstInvalid();
  const [initial] = useState<PartnershipFormValues>(() =>
    partnership ? partnershipToForm(partnership) : emptyPartnershipForm(),
  );
  const [values, setValues] = useState(initial);
  const guard = useUnsavedChangesGuard({ when: !isSameValue(values, initial) });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<PartnershipField>>({});

  const server = serverFieldErrors(save.error, PARTNERSHIP_FIELDS, t, PARTNERSHIP_FIELD_ALIASES);
  const exists = save.error instanceof ApiError && save.error.code === AdminErrorCode.PartnershipExists;
  if (exists) server.fields.second = t('adminPartnerships.form.exists');
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = save.error && !hasFieldErrors(server.fields) ? describeError(save.error, t) : null;

  const set = <Field extends keyof PartnershipFormValues>(field: Field, value: PartnershipFormValues[Field]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePartnershipForm(values, t);
    setFieldErrors(found);
    if (hasFieldErrors(found) || holdsUnreadable()) {
      focusFirstInvalid();
      return;
    }
    if (!partnership) {
      save.mutate({ kind: 'create', input: toPartnershipInput(values) }, { onSuccess: onSaved });
      return;
    }
    const changes = changedPartnershipFields(partnership, values);
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    save.mutate({ kind: 'update', id: partnership.id, changes }, { onSuccess: onSaved });
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert messages={[formError, ...server.unmatched]} />
        {partnership ? (
          // The pair is what the partnership is; to twin other towns, create another one.
          <Text>
            {t('adminPartnerships.form.pair', {
              first: partnership.municipalities[0].nameLocal,
              second: partnership.municipalities[1].nameLocal,
            })}
          </Text>
        ) : (
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MunicipalityPicker
                label={t('adminPartnerships.form.first')}
                required
                value={values.first}
                onChange={(town) => set('first', town)}
                excludeId={values.second?.id}
                error={errors.first}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MunicipalityPicker
                label={t('adminPartnerships.form.second')}
                required
                value={values.second}
                onChange={(town) => set('second', town)}
                excludeId={values.first?.id}
                error={errors.second}
              />
            </Grid.Col>
          </Grid>
        )}
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NumberInput
              label={t('adminPartnerships.form.sinceYear')}
              required
              hideControls
              value={values.sinceYear}
              onChange={(value) => set('sinceYear', value)}
              error={errors.sinceYear}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('adminPartnerships.form.status')}
              required
              allowDeselect={false}
              data={PARTNERSHIP_STATUSES.map((status) => ({
                value: status,
                label: t(`town.partners.status.${status}`),
              }))}
              value={values.status}
              onChange={(status) => {
                if (isOneOf(status, PARTNERSHIP_STATUSES)) set('status', status);
              }}
              error={errors.status}
            />
          </Grid.Col>
        </Grid>
        <Select
          label={t('adminPartnerships.form.kind')}
          required
          allowDeselect={false}
          data={PARTNERSHIP_KINDS.map((kind) => ({ value: kind, label: t(`partnership.kinds.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => {
            if (isOneOf(kind, PARTNERSHIP_KINDS)) set('kind', kind);
          }}
          error={errors.kind}
        />
        <TextInput
          label={t('adminPartnerships.form.programme')}
          description={
            <CharacterCount value={values.programme} max={PARTNERSHIP_LIMITS.programmeMaxLength}>
              {t('adminPartnerships.form.programmeHint')}
            </CharacterCount>
          }
          value={values.programme}
          onChange={(event) => set('programme', event.currentTarget.value)}
          error={errors.programme}
        />
        <ProgrammeCallFields
          value={values}
          onChange={(aim) => setValues((current) => ({ ...current, ...aim }))}
          labels={{ programme: t('adminPartnerships.form.fundingProgramme'), call: t('adminPartnerships.form.fundingCall') }}
          errors={{ programme: errors.fundingProgrammeId, call: errors.fundingCallId }}
          closedCalls="shown"
        />
        <Textarea
          label={t('adminPartnerships.form.description')}
          description={<CharacterCount value={values.description} max={PARTNERSHIP_LIMITS.descriptionMaxLength} />}
          autosize
          minRows={3}
          value={values.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errors.description}
        />
        <TextVariantFields
          legend={t('adminPartnerships.form.descriptionVariants')}
          values={values.descriptionVariants}
          onChange={(variants) => set('descriptionVariants', variants)}
          error={errors.descriptionVariants}
          multiline
        />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DateField label={t('adminPartnerships.form.agreementSignedOn')} value={values.agreementSignedOn || null} onChange={(date) => set('agreementSignedOn', date ?? '')} error={errors.agreementSignedOn} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput type="url" label={t('adminPartnerships.form.agreementUrl')} value={values.agreementUrl} onChange={(event) => set('agreementUrl', event.currentTarget.value)} error={errors.agreementUrl} />
          </Grid.Col>
        </Grid>
        <Textarea
          label={t('adminPartnerships.form.agreementText')}
          description={<CharacterCount value={values.agreementText} max={PARTNERSHIP_LIMITS.agreementTextMaxLength} />}
          autosize
          minRows={2}
          value={values.agreementText}
          onChange={(event) => set('agreementText', event.currentTarget.value)}
          error={errors.agreementText}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => guard.confirmDiscard(onCancel)} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {partnership ? t('common.saveChanges') : t('adminPartnerships.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
