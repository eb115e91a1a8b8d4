import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../common/components/FormAlert';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { describeError } from '../../../common/utils/describe-error';
import { useResendEmailConfirmation } from '../hooks/useEmailConfirmation';
import { tooManyEmailsMessage } from '../utils/too-many-attempts';

/** "Check your e-mail": what a registered account does next, with a new link on request. */
export function EmailConfirmationNotice({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useResendEmailConfirmation();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Alert color="orange" variant="light" title={t('accountSecurity.confirmEmail.noticeTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('accountSecurity.confirmEmail.noticeMessage', { email })}</Text>
        <SuccessNotice message={notice} onClose={() => setNotice(null)} />
        <FormAlert messages={[resend.error ? (tooManyEmailsMessage(resend.error, t) ?? describeError(resend.error, t)) : null]} />
        <Button
          variant="light"
          size="sm"
          loading={resend.isPending}
          onClick={() => {
            setNotice(null);
            resend.mutate(undefined, { onSuccess: () => setNotice(t('accountSecurity.confirmEmail.resent', { email })) });
          }}
        >
          {t('accountSecurity.confirmEmail.resend')}
        </Button>
      </Stack>
    </Alert>
  );
}
