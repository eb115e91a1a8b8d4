import { Box, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionLink } from '../../../common/components/SectionLink';
import { useSession } from '../../auth/hooks/useSession';
import { canAdminister, canVerifyAccounts } from '../../auth/utils/permissions';

/** The admin area's own links, limited to what the role can open. */
export function AdminSectionNav() {
  const { t } = useTranslation();
  const { account } = useSession();
  if (!account) return null;

  const sections = [
    { to: '/admin/accounts', label: t('admin.sections.accounts'), allowed: canVerifyAccounts(account) },
    { to: '/admin/municipalities', label: t('admin.sections.municipalities'), allowed: canAdminister(account) },
    { to: '/admin/partnerships', label: t('admin.sections.partnerships'), allowed: canAdminister(account) },
    { to: '/admin/audit', label: t('admin.sections.audit'), allowed: canAdminister(account) },
  ].filter((section) => section.allowed);
  // A moderator has one section only: a menu of one link is noise.
  if (sections.length < 2) return null;

  return (
    <Box component="nav" aria-label={t('admin.sectionNavigation')}>
      <Group component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
        {sections.map((section) => (
          <SectionLink key={section.to} to={section.to} label={section.label} size="sm" />
        ))}
      </Group>
    </Box>
  );
}
