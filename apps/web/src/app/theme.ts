import { createTheme, type CSSVariablesResolver, darken, keys } from '@mantine/core';

/*
 * Colours chosen for WCAG 2.1 AA, 4.5:1 for text, once here rather than per element (the axe
 * checks of the browser tests hold every page to it):
 * - links and filled buttons use shade 8 (indigo.6, Mantine's default, is 4.3:1 on white);
 * - filled badges and buttons pick black or white text by the colour behind them: with the
 *   threshold at 0.18 either choice reaches 4.5:1 on any shade (white on orange.8 would be 3.6:1).
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  luminanceThreshold: 0.18,
  // Keyboard users always see where they are; mouse clicks do not leave a ring behind.
  focusRing: 'auto',
  defaultRadius: 'md',
  components: {
    // Every table scrolls sideways inside its own box when the screen is narrower than it, and
    // shows its scrollbar whenever there is more to see: Mantine's default shows it only while
    // hovered, which a phone never does, so a cut-off column looked like the end of the table.
    // (A plain object, not Table.ScrollContainer.extend: the theme loads on the first visit, tables later.)
    TableScrollContainer: { defaultProps: { scrollAreaProps: { type: 'auto', scrollbarSize: 10 } } },
  },
});

/**
 * Mantine's light scheme puts helper text ("dimmed") in gray.6, 3.3:1 on white, and coloured
 * text (light and outline badges, `c="green"`) in shades that reach only 2.5 to 4.4:1 for green,
 * orange, yellow, teal. Here they become gray.7 and each colour's shade 9 darkened: at least 5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (currentTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    ...Object.fromEntries(
      keys(currentTheme.colors).flatMap((color) => {
        const readable = darken(currentTheme.colors[color][9], 0.3);
        return [
          [`--mantine-color-${color}-light-color`, readable],
          [`--mantine-color-${color}-outline`, readable],
          [`--mantine-color-${color}-text`, readable],
        ];
      }),
    ),
  },
  dark: {},
});
