import { em, type MantineBreakpoint, px, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the window is narrower than one of the theme's breakpoints, for layouts that change
 * what they render there (a menu button instead of the header's links, filters in a drawer).
 * Read at once, not after a first render, so a phone never flashes the wide layout.
 */
export function useNarrowScreen(breakpoint: MantineBreakpoint): boolean {
  const theme = useMantineTheme();
  const width = Number(px(theme.breakpoints[breakpoint]));
  return useMediaQuery(`(max-width: ${em(width - 0.1)})`, false, { getInitialValueInEffect: false });
}
