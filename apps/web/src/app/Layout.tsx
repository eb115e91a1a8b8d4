import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { UnsavedChangesGuard } from '../common/components/UnsavedChangesGuard';
import { PageSkeleton } from '../common/components/PageSkeleton';
import { useFocusMainOnNavigation } from '../common/hooks/useFocusMainOnNavigation';
import { useSession } from '../features/auth/hooks/useSession';
import { NotificationsMenu } from '../features/notifications/components/NotificationsMenu';
import { HeaderSearch } from '../features/search/components/HeaderSearch';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNavigation } from './MainNavigation';

export const MAIN_CONTENT_ID = 'main-content';

export function Layout() {
  const { t } = useTranslation();
  const { account } = useSession();
  useFocusMainOnNavigation(MAIN_CONTENT_ID);

  return (
    <UnsavedChangesGuard>
      <Anchor href={`#${MAIN_CONTENT_ID}`} className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="xl" wrap="wrap">
              <Anchor component={Link} to="/" fw={700} size="lg" c="inherit" underline="never" aria-label={t('app.homeLink')}>
                {t('app.name')}
              </Anchor>
              <MainNavigation />
            </Group>
            <Group gap="sm">
              <HeaderSearch />
              {account && <NotificationsMenu />}
              <LanguageSwitch />
            </Group>
          </Group>
        </Container>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size="lg" py="lg">
        {/* Pages other than the home page load when first opened (AppRoutes): the header stays. */}
        <Suspense fallback={<PageSkeleton label={t('app.loadingPage')} />}>
          <Outlet />
        </Suspense>
      </Container>
      <Box component="footer" py="md">
        <Container size="lg">
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
            <Anchor component={Link} to="/accessibility" size="sm">
              {t('accessibilityStatement.title')}
            </Anchor>
          </Group>
        </Container>
      </Box>
    </UnsavedChangesGuard>
  );
}
