import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
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
