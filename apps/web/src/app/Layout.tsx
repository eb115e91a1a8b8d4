import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { UnsavedChangesGuard } from '../common/components/UnsavedChangesGuard';
import { PageSkeleton } from '../common/components/PageSkeleton';
import { useNarrowScreen } from '../common/hooks/useNarrowScreen';
import { useFocusMainOnNavigation } from '../common/hooks/useFocusMainOnNavigation';
import { useSession } from '../features/auth/hooks/useSession';
import { NotificationsMenu } from '../features/notifications/components/NotificationsMenu';
import { HeaderSearch } from '../features/search/components/HeaderSearch';
import { HeaderMenu } from './HeaderMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNavigation } from './MainNavigation';

export const MAIN_CONTENT_ID = 'main-content';
// Below this width even English links would not fit beside the search box in one row (an admin
// has the most); at 1366 px German ones still do, with the header as wide as the window.
const HEADER_MENU_BREAKPOINT = 'lg';

export function Layout() {
  const { t } = useTranslation();
  const { account } = useSession();
  const narrowScreen = useNarrowScreen(HEADER_MENU_BREAKPOINT);
  useFocusMainOnNavigation(MAIN_CONTENT_ID);

  return (
    <UnsavedChangesGuard>
      <Anchor href={`#${MAIN_CONTENT_ID}`} className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container fluid>
          <Group justify="space-between" wrap={narrowScreen ? 'nowrap' : 'wrap'} gap="sm">
            <Group gap="lg" wrap="wrap">
              <Anchor component={Link} to="/" fw={700} size="lg" c="inherit" underline="never" aria-label={t('app.homeLink')}>
                {t('app.name')}
              </Anchor>
              {!narrowScreen && <MainNavigation />}
            </Group>
            <Group gap="xs" wrap="nowrap">
              {!narrowScreen && <HeaderSearch />}
              {account && <NotificationsMenu />}
              {narrowScreen ? <HeaderMenu /> : <LanguageSwitch />}
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
