import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../../common/components/BackLink';
import { FormAlert } from '../../../common/components/FormAlert';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { type FieldErrors, hasFieldErrors, mergeFieldErrors, serverFieldErrors } from '../../../common/utils/field-errors';
import { isSameValue } from '../../../common/utils/same-value';
import { useSession } from '../../auth/hooks/useSession';
import { PartnerRequestFields } from '../components/PartnerRequestFields';
import { usePostPartnerRequest } from '../hooks/usePartnerRequests';
import {
  emptyPartnerRequestForm,
  PARTNER_REQUEST_FIELDS,
  type PartnerRequestField,
  type PartnerRequestForm,
  readPartnerRequestDraft,
  removePartnerRequestDraft,
  toPartnerRequestInput,
  validatePartnerRequestForm,
  writePartnerRequestDraft,
} from '../utils/partner-request-form';

/**
 * `/partner-requests/new`: a town's staff post a request. What they type stays in this browser
 * until the request is posted, so an error, a reload, a closed tab or leaving the page loses none
 * of it (hence no unsaved-changes warning here).
 */
export function NewPartnerRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { account } = useSession();
  const accountId = account?.id ?? '';
  usePageTitle(t('partnerRequests.form.pageTitle'));
  const post = usePostPartnerRequest();
  const { formRef, focusFirstInvalid, holdsUnreadable } = useFocusFirstInvalid();
  const [values, setValues] = useState<PartnerRequestForm>(() => readPartnerRequestDraft(accountId) ?? emptyPartnerRequestForm());
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<PartnerRequestField>>({});

  useEffect(() => {
    if (isSameValue(values, emptyPartnerRequestForm())) removePartnerRequestDraft(accountId);
    else writePartnerRequestDraft(accountId, values);
  }, [accountId, values]);

  const server = serverFieldErrors(post.error, PARTNER_REQUEST_FIELDS, t);
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = post.error && !hasFieldErrors(server.fields) ? describeError(post.error, t) : null;
  const change = <Field extends PartnerRequestField>(field: Field, value: PartnerRequestForm[Field]) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePartnerRequestForm(values, t, new Date().toISOString().slice(0, 10));
    setFieldErrors(found);
    if (hasFieldErrors(found) || holdsUnreadable()) {
      focusFirstInvalid();
      return;
    }
    post.mutate(toPartnerRequestInput(values), {
      onSuccess: (request) => {
        removePartnerRequestDraft(accountId);
        void navigate(`/partner-requests/${request.id}`);
      },
    });
  };

  return (
    <Stack gap="lg" maw={760}>
      <div>
        <BackLink to="/partner-requests" label={t('partnerRequests.backToList')} />
        <Title order={1} mt="xs">
          {t('partnerRequests.form.pageTitle')}
        </Title>
        <Text mt="xs">{t('partnerRequests.form.intro')}</Text>
      </div>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={[...(formError ? [formError] : []), ...server.unmatched]} />
          <PartnerRequestFields values={values} errors={errors} onChange={change} />
          <Group>
            <Button type="submit" loading={post.isPending}>
              {t('partnerRequests.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
