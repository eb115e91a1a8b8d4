import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../../common/components/FormAlert';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { isLinkInvalid } from '../api/auth.api';
import { useConfirmEmail } from '../hooks/useEmailConfirmation';

/**
 * The link of the confirmation e-mail. It confirms on a button press, not on opening: mail
 * scanners that open every link must not use it up.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const confirmation = useConfirmEmail();
  const invalid = isLinkInvalid(confirmation.error);
  usePageTitle(invalid ? t('accountSecurity.confirmEmail.invalidTitle') : t('accountSecurity.confirmEmail.title'));

  if (invalid) {
    return (
      <StatusMessage
        title={t('accountSecurity.confirmEmail.invalidTitle')}
        message={t('accountSecurity.confirmEmail.invalidMessage')}
        linkTo="/account"
        linkLabel={t('accountSecurity.confirmEmail.toAccount')}
      />
    );
  }
  if (confirmation.isSuccess) {
    return (
      <Stack gap="md" maw={520}>
        <Title order={1}>{t('accountSecurity.confirmEmail.title')}</Title>
        <Alert color="green" variant="light" role="status" title={t('accountSecurity.confirmEmail.confirmedTitle')}>
          {t('accountSecurity.confirmEmail.confirmedMessage')}
        </Alert>
        <Anchor component={Link} to="/account">
          {t('accountSecurity.confirmEmail.toAccount')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={520} align="flex-start">
      <Title order={1}>{t('accountSecurity.confirmEmail.title')}</Title>
      <Text>{t('accountSecurity.confirmEmail.intro')}</Text>
      <FormAlert messages={[confirmation.error ? describeError(confirmation.error, t) : null]} />
      <Button loading={confirmation.isPending} onClick={() => confirmation.mutate(token)}>
        {t('accountSecurity.confirmEmail.submit')}
      </Button>
    </Stack>
  );
}
