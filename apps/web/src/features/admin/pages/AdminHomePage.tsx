import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useSession } from '../../auth/hooks/useSession';
import { canAdminister } from '../../auth/utils/permissions';

/** Admins: what they can manage. Moderators have only the accounts, so they go straight there. */
export function AdminHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  const { account } = useSession();
  if (account && !canAdminister(account)) return <Navigate to="/admin/accounts" replace />;

  const sections = [
    { to: '/admin/accounts?status=pending', title: t('admin.home.pendingTitle'), text: t('admin.home.pendingText') },
    { to: '/admin/accounts', title: t('admin.sections.accounts'), text: t('admin.home.accountsText') },
    { to: '/admin/accounts/invite', title: t('adminInvite.title'), text: t('admin.home.inviteText') },
    {
      to: '/admin/municipalities',
      title: t('admin.sections.municipalities'),
      text: t('admin.home.municipalitiesText'),
    },
    { to: '/admin/partnerships', title: t('admin.sections.partnerships'), text: t('admin.home.partnershipsText') },
    { to: '/admin/audit', title: t('admin.sections.audit'), text: t('admin.home.auditText') },
  ];

  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.title')}</Title>
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2, md: 3 }} m={0} p={0} style={{ listStyle: 'none' }}>
        {sections.map((section) => (
          <Paper component="li" withBorder p="md" key={section.to}>
            <Anchor component={Link} to={section.to} fw={600}>
              {section.title}
            </Anchor>
            <Text size="sm" c="dimmed" mt={4}>
              {section.text}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
