import { Alert, Box, Button, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { ADAPTATION_LIMITS, AdaptationErrorCode, type Adaptation } from '@twinning/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { FormAlert } from '../../../common/components/FormAlert';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { describeError } from '../../../common/utils/describe-error';
import {
  hasFieldErrors,
  mergeFieldErrors,
  serverFieldErrors,
  type FieldErrors,
} from '../../../common/utils/field-errors';
import { ApiError } from '../../../lib/api-client';
import { useRecordCheckIn } from '../hooks/useAdaptationMutations';
import {
  CHECK_IN_FIELDS,
  toCheckInRequest,
  validateCheckInForm,
  type CheckInField,
  type CheckInFormValues,
} from '../utils/adaptation-form';
import { checkInStatusesAfter } from '../utils/adaptation-status';

interface CheckInFormProps {
  adaptation: Adaptation;
  onRecorded: (message: string) => void;
}

/**
 * For the adapting town's staff: a progress note in the current status, the next status, or
 * discontinuing with the reason. Once implemented or discontinued, it only says it is finished.
 */
export function CheckInForm({ adaptation, onRecorded }: CheckInFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const checkIn = useRecordCheckIn(adaptation);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [values, setValues] = useState<CheckInFormValues>({ status: adaptation.status, note: '', results: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<CheckInField>>({});
  useUnsavedChangesGuard({ when: values.note.trim() !== '' || values.results.trim() !== '' });
  const allowed = checkInStatusesAfter(adaptation.status);
  // After a reload (someone else checked in) the choice may no longer be offered: fall back to the current status.
  const status = allowed.includes(values.status) ? values.status : adaptation.status;
  const discontinuing = status === 'discontinued';

  const server = serverFieldErrors(checkIn.error, CHECK_IN_FIELDS, t);
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const invalidTransition = checkIn.error instanceof ApiError && checkIn.error.code === AdaptationErrorCode.InvalidTransition;
  const formError = invalidTransition
    ? t('checkIn.invalidTransition')
    : checkIn.error && !hasFieldErrors(server.fields)
      ? describeError(checkIn.error, t)
      : null;

  const set = <Field extends keyof CheckInFormValues>(field: Field, value: CheckInFormValues[Field]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const submitted = { ...values, status };
    const found = validateCheckInForm(submitted, t);
    setFieldErrors(found);
    if (hasFieldErrors(found)) {
      focusFirstInvalid();
      return;
    }
    checkIn.mutate(toCheckInRequest(submitted), {
      onSuccess: (saved) => {
        setValues({ status: saved.status, note: '', results: '' });
        onRecorded(t('checkIn.recorded'));
      },
    });
  };

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="xs">
        {t('checkIn.title')}
      </Title>
      {allowed.length === 0 ? (
        <Alert color="gray" variant="light">
          {t(`checkIn.finished.${adaptation.status === 'implemented' ? 'implemented' : 'discontinued'}`)}
        </Alert>
      ) : (
        <form ref={formRef} onSubmit={submit} noValidate>
          <Stack gap="md" maw={760}>
            <Text size="sm">{t('checkIn.intro')}</Text>
            <FormAlert messages={[...(formError ? [formError] : []), ...server.unmatched]} />
            <NativeSelect
              label={t('checkIn.status')}
              data={allowed.map((option) => ({ value: option, label: t(`adaptationStatus.${option}`) }))}
              value={status}
              onChange={(event) => {
                const chosen = allowed.find((option) => option === event.currentTarget.value);
                if (chosen) set('status', chosen);
              }}
              error={errors.status}
            />
            <Textarea
              label={discontinuing ? t('checkIn.reason') : t('checkIn.note')}
              description={
                <CharacterCount value={values.note} max={ADAPTATION_LIMITS.noteMaxLength}>
                  {discontinuing ? t('checkIn.reasonHint') : t('checkIn.noteHint')}
                </CharacterCount>
              }
              required
              autosize
              minRows={3}
              value={values.note}
              onChange={(event) => set('note', event.currentTarget.value)}
              error={errors.note}
            />
            <Textarea
              label={t('checkIn.results')}
              description={
                <CharacterCount value={values.results} max={ADAPTATION_LIMITS.noteMaxLength}>
                  {t('checkIn.resultsHint')}
                </CharacterCount>
              }
              autosize
              minRows={2}
              value={values.results}
              onChange={(event) => set('results', event.currentTarget.value)}
              error={errors.results}
            />
            <Group>
              <Button type="submit" loading={checkIn.isPending} color={discontinuing ? 'red' : undefined}>
                {t('checkIn.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Box>
  );
}
