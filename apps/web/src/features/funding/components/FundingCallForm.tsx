import { Button, Grid, Group, Stack, TextInput } from '@mantine/core';
import { FundingErrorCode } from '@twinning/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../common/components/DateField';
import { FormAlert } from '../../../common/components/FormAlert';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import { type FieldErrors, hasFieldErrors, mergeFieldErrors, serverFieldErrors } from '../../../common/utils/field-errors';
import { isSameValue } from '../../../common/utils/same-value';
import { ApiError } from '../../../lib/api-client';
import { useCreateFundingCall } from '../hooks/useFunding';

const FIELDS = ['title', 'opensOn', 'closesOn', 'url'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const EMPTY: Values = { title: '', opensOn: '', closesOn: '', url: '' };

/** A moderator adds a call to a programme: its title, its dates and its page. */
export function FundingCallForm({ programmeId, onDone }: { programmeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateFundingCall();
  const { formRef, focusFirstInvalid, holdsUnreadable } = useFocusFirstInvalid();
  const [values, setValues] = useState(EMPTY);
  const guard = useUnsavedChangesGuard({ when: !isSameValue(values, EMPTY) });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});

  const server = serverFieldErrors(create.error, FIELDS, t);
  if (create.error instanceof ApiError && create.error.code === FundingErrorCode.InvalidRange) server.fields.closesOn = t('funding.callForm.closesBeforeOpens');
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = create.error && !hasFieldErrors(server.fields) ? describeError(create.error, t) : null;
  const set = (field: Field, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    for (const field of FIELDS) if (!values[field].trim()) found[field] = t('funding.callForm.required');
    if (!found.opensOn && !found.closesOn && values.closesOn < values.opensOn) found.closesOn = t('funding.callForm.closesBeforeOpens');
    setFieldErrors(found);
    if (hasFieldErrors(found) || holdsUnreadable()) {
      focusFirstInvalid();
      return;
    }
    create.mutate(
      { programmeId, title: values.title.trim(), opensOn: values.opensOn, closesOn: values.closesOn, url: values.url.trim(), budget: null, budgetCurrency: null },
      { onSuccess: onDone },
    );
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('funding.callForm.title')}>
      <Stack gap="md">
        <FormAlert messages={[formError, ...server.unmatched]} />
        <TextInput label={t('funding.callForm.callTitle')} required value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DateField label={t('funding.callForm.opensOn')} required value={values.opensOn || null} onChange={(date) => set('opensOn', date ?? '')} error={errors.opensOn} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DateField label={t('funding.callForm.closesOn')} required value={values.closesOn || null} onChange={(date) => set('closesOn', date ?? '')} error={errors.closesOn} />
          </Grid.Col>
        </Grid>
        <TextInput type="url" label={t('funding.callForm.url')} required value={values.url} onChange={(e) => set('url', e.currentTarget.value)} error={errors.url} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => guard.confirmDiscard(onDone)} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('funding.callForm.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
