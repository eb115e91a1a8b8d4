import { Burger, Drawer, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { HeaderSearch } from '../features/search/components/HeaderSearch';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNavigation } from './MainNavigation';

/**
 * The header of a narrow screen: one menu button that opens the links, the search box and the
 * language switch in a drawer. The drawer keeps the focus inside until it closes (Escape, its
 * close button, or going anywhere), then hands it back to the button.
 */
export function HeaderMenu() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Every navigation has a new key, also a link to the page already shown or a search from the box.
  const { key: locationKey } = useLocation();
  useEffect(() => close(), [locationKey, close]);

  return (
    <>
      <Burger opened={opened} onClick={toggle} aria-label={t('nav.menu')} aria-expanded={opened} size="sm" />
      <Drawer
        opened={opened}
        onClose={close}
        position="right"
        size="xs"
        title={t('nav.menu')}
        closeButtonProps={{ 'aria-label': t('nav.closeMenu') }}
      >
        <Stack gap="lg">
          {/* Text of 16 px, as iOS otherwise zooms into the box when it takes the focus. */}
          <HeaderSearch width="100%" size="md" />
          <MainNavigation orientation="vertical" />
          <LanguageSwitch />
        </Stack>
      </Drawer>
    </>
  );
}
