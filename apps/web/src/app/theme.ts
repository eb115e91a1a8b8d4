import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Keyboard users always see where they are; mouse clicks do not leave a ring behind.
  focusRing: 'auto',
  defaultRadius: 'md',
});
