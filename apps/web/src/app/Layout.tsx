import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatch } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

export const MAIN_CONTENT_ID = 'main-content';

export function Layout() {
  const { t } = useTranslation();
  // The towns list is also the home page, so "Towns" is the current page on both; a town's own
  // page is inside that section but is not the page the link points to.
  const onHome = useMatch('/');
  const onTownList = useMatch('/towns');
  const inTowns = useMatch('/towns/*');
  const townListIsCurrent = Boolean(onHome || onTownList);

  return (
    <>
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
              <Box component="nav" aria-label={t('app.mainNavigation')}>
                <Anchor
                  component={Link}
                  to="/towns"
                  fw={500}
                  underline={townListIsCurrent || inTowns ? 'always' : 'hover'}
                  aria-current={townListIsCurrent ? 'page' : undefined}
                >
                  {t('nav.towns')}
                </Anchor>
              </Box>
            </Group>
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size="lg" py="lg">
        <Outlet />
      </Container>
      <Box component="footer" py="md">
        <Container size="lg">
          <Text size="sm" c="dimmed">
            {t('app.tagline')}
          </Text>
        </Container>
      </Box>
    </>
  );
}
