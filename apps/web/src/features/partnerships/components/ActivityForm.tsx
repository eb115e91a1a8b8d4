import { Button, Checkbox, Grid, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { CURRENCIES, PARTNERSHIP_ACTIVITY_KINDS, PARTNERSHIP_ACTIVITY_LIMITS as LIMITS, type PartnershipActivity } from '@twinning/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../common/components/DateField';
import { FormAlert } from '../../../common/components/FormAlert';
import { NumberField } from '../../../common/components/NumberField';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import { type FieldErrors, hasFieldErrors, mergeFieldErrors, serverFieldErrors } from '../../../common/utils/field-errors';
import { isOneOf } from '../../../common/utils/is-one-of';
import { isSameValue } from '../../../common/utils/same-value';
import { useProgrammeOptions } from '../../funding/hooks/useFunding';
import { useSaveActivity } from '../hooks/usePartnership';
import { type ActivityFormField, type ActivityFormValues, activityToForm, emptyActivityForm, toActivityInput, validateActivityForm } from '../utils/activity-form';

const FIELDS: readonly ActivityFormField[] = ['kind', 'title', 'description', 'startsOn', 'endsOn', 'participantCount', 'participantRoles', 'learned', 'caseStudyIds', 'fundingProgrammeId', 'fundingAmount', 'fundingCurrency'];

interface ActivityFormProps {
  partnershipId: string;
  /** The activity to edit; a new one when left out. */
  activity?: PartnershipActivity;
  /** The practices the form offers: those that travelled between the two towns, and the ones the activity names already. */
  practices: { id: string; title: string }[];
  onDone: () => void;
}

/** Staff of the two towns record a study visit, staff exchange, training or joint project, and what it built. */
export function ActivityForm({ partnershipId, activity, practices, onDone }: ActivityFormProps) {
  const { t } = useTranslation();
  const save = useSaveActivity(partnershipId);
  const programmeOptions = useProgrammeOptions();
  const { formRef, focusFirstInvalid, holdsUnreadable } = useFocusFirstInvalid();
  const [initial] = useState(() => (activity ? activityToForm(activity) : emptyActivityForm()));
  const [values, setValues] = useState(initial);
  const guard = useUnsavedChangesGuard({ when: !isSameValue(values, initial) });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<ActivityFormField>>({});

  const server = serverFieldErrors(save.error, FIELDS, t);
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = save.error && !hasFieldErrors(server.fields) ? describeError(save.error, t) : null;
  const set = <Field extends keyof ActivityFormValues>(field: Field, value: ActivityFormValues[Field]) => setValues((current) => ({ ...current, [field]: value }));
  const practiceOptions = [...new Map([...practices, ...(activity?.caseStudies ?? [])].map((practice) => [practice.id, { value: practice.id, label: practice.title }])).values()];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateActivityForm(values);
    const found: FieldErrors<ActivityFormField> = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t(`partnership.activityForm.problems.${problem}`, { max: LIMITS.participantRolesMax })]));
    setFieldErrors(found);
    if (hasFieldErrors(found) || holdsUnreadable()) {
      focusFirstInvalid();
      return;
    }
    save.mutate({ activityId: activity?.id, input: toActivityInput(values) }, { onSuccess: onDone });
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t(activity ? 'partnership.activityForm.editTitle' : 'partnership.activityForm.addTitle')}>
      <Stack gap="md">
        <FormAlert messages={[formError, ...server.unmatched]} />
        <Select
          label={t('partnership.activityForm.kind')}
          required
          allowDeselect={false}
          data={PARTNERSHIP_ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`partnership.activityKinds.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => isOneOf(kind, PARTNERSHIP_ACTIVITY_KINDS) && set('kind', kind)}
          error={errors.kind}
        />
        <TextInput label={t('partnership.activityForm.title')} required maxLength={LIMITS.titleMaxLength} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DateField label={t('partnership.activityForm.startsOn')} required value={values.startsOn || null} onChange={(date) => set('startsOn', date ?? '')} error={errors.startsOn} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DateField
              label={t('partnership.activityForm.endsOn')}
              description={t('partnership.activityForm.endsOnHint')}
              value={values.endsOn || null}
              onChange={(date) => set('endsOn', date ?? '')}
              error={errors.endsOn}
            />
          </Grid.Col>
        </Grid>
        <Textarea
          label={t('partnership.activityForm.description')}
          description={t('partnership.activityForm.markdownHint')}
          autosize
          minRows={3}
          maxLength={LIMITS.descriptionMaxLength}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={errors.description}
        />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NumberField label={t('partnership.activityForm.participantCount')} integer min={0} max={LIMITS.participantCountMax} value={values.participantCount} onChange={(count) => set('participantCount', count)} error={errors.participantCount} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('partnership.activityForm.participantRoles')}
              description={t('partnership.activityForm.participantRolesHint')}
              value={values.participantRoles}
              onChange={(e) => set('participantRoles', e.currentTarget.value)}
              error={errors.participantRoles}
            />
          </Grid.Col>
        </Grid>
        <Textarea
          label={t('partnership.activityForm.learned')}
          description={t('partnership.activityForm.markdownHint')}
          autosize
          minRows={2}
          maxLength={LIMITS.learnedMaxLength}
          value={values.learned}
          onChange={(e) => set('learned', e.currentTarget.value)}
          error={errors.learned}
        />
        <MultiSelect
          label={t('partnership.activityForm.practices')}
          description={t('partnership.activityForm.practicesHint')}
          data={practiceOptions}
          value={values.caseStudyIds}
          onChange={(ids) => set('caseStudyIds', ids)}
          maxValues={LIMITS.caseStudiesMax}
          disabled={practiceOptions.length === 0}
          error={errors.caseStudyIds}
        />
        {values.kind === 'joint_project' && (
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('partnership.activityForm.programme')}
                searchable
                clearable
                data={programmeOptions}
                value={values.fundingProgrammeId}
                onChange={(programmeId) => set('fundingProgrammeId', programmeId)}
                error={errors.fundingProgrammeId}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <NumberField label={t('partnership.activityForm.amount')} min={0} max={LIMITS.fundingAmountMax} value={values.fundingAmount} onChange={(amount) => set('fundingAmount', amount)} error={errors.fundingAmount} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <Select
                label={t('partnership.activityForm.currency')}
                data={[...CURRENCIES]}
                clearable
                value={values.fundingCurrency}
                onChange={(currency) => set('fundingCurrency', isOneOf(currency, CURRENCIES) ? currency : null)}
                error={errors.fundingCurrency}
              />
            </Grid.Col>
          </Grid>
        )}
        <Checkbox label={t('partnership.activityForm.isPublic')} description={t('partnership.activityForm.isPublicHint')} checked={values.isPublic} onChange={(e) => set('isPublic', e.currentTarget.checked)} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => guard.confirmDiscard(onDone)} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t(activity ? 'partnership.activityForm.save' : 'partnership.activityForm.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
