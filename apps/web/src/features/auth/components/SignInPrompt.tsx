import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { signInPathFor } from '../utils/next-path';

/** A page for members only, opened by a visitor: sign in, and come back here afterwards. */
export function SignInPrompt() {
  const { t } = useTranslation();
  const location = useLocation();
  usePageTitle(t('guard.signInTitle'));
  return (
    <Stack gap="sm" py="xl" align="flex-start">
      <Title order={1}>{t('guard.signInTitle')}</Title>
      <Text>{t('guard.signInMessage')}</Text>
      <Group gap="md">
        <Button component={Link} to={signInPathFor(`${location.pathname}${location.search}`)}>
          {t('guard.signInAction')}
        </Button>
        <Anchor component={Link} to="/register">
          {t('guard.registerAction')}
        </Anchor>
      </Group>
    </Stack>
  );
}
