import { TextInput } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createI18n } from '../i18n';
import { en } from '../i18n/locales/en';
import { AppProviders } from './AppProviders';
import { createQueryClient } from './query-client';
import { LanguageSwitch } from './LanguageSwitch';

// Turkish stands for a language whose chunk cannot be fetched (offline, a deploy replaced it).
jest.mock('../i18n/locales/tr', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

/** As the app starts: only the reader's language at hand (English), the others fetched when chosen. */
function renderSwitchBesideAForm() {
  const i18n = createI18n('en', { en });
  render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()} env="test">
      <TextInput label="Your note" />
      <LanguageSwitch />
    </AppProviders>,
  );
  return { i18n, user: userEvent.setup({ delay: null }) };
}

describe('LanguageSwitch', () => {
  it('fetches a language the first time it is chosen and switches, keeping what was typed', async () => {
    const { i18n, user } = renderSwitchBesideAForm();
    await user.type(screen.getByRole('textbox', { name: 'Your note' }), 'Half written');
    expect(i18n.hasResourceBundle('de', 'translation')).toBe(false);

    await user.click(screen.getByRole('button', { name: /Deutsch/ }));

    const group = await screen.findByRole('group', { name: 'Sprache' });
    expect(within(group).getByRole('button', { name: /Deutsch/ })).toHaveAttribute('aria-pressed', 'true');
    expect(group).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('textbox', { name: 'Your note' })).toHaveValue('Half written');
    expect(document.documentElement.lang).toBe('de');
  });

  it('stays in the current language and says so when a language cannot be fetched', async () => {
    const { i18n, user } = renderSwitchBesideAForm();
    await user.type(screen.getByRole('textbox', { name: 'Your note' }), 'Half written');

    await user.click(screen.getByRole('button', { name: /Türkçe/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Türkçe could not be loaded. Check your connection and try again.');
    expect(i18n.language).toBe('en');
    expect(screen.getByRole('button', { name: /English/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('textbox', { name: 'Your note' })).toHaveValue('Half written');
  });
});
