import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type SessionInfo } from '@twinning/contracts';
import { createMemoryRouter, RouterProvider, useLocation, type Location } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { AppRoutes, preloadPages } from '../app/AppRoutes';
import { createQueryClient } from '../app/query-client';
import { storeSession } from '../features/auth/utils/session-cache';
import { type Language } from '../i18n';
import { createTestI18n } from './i18n';

// The app loads its pages lazily; tests find them rendered at once, as in a browser that has them.
beforeAll(() => preloadPages());

interface RenderAppOptions {
  language?: Language;
  /** Who is signed in (from `buildSessionInfo`); a visitor by default. No GET /me is made. */
  session?: SessionInfo | null;
}

/** Renders the whole app (layout, routes, providers) at `path`, with fresh state for each test. */
export function renderApp(path: string, { language = 'en', session = null }: RenderAppOptions = {}) {
  const i18n = createTestI18n(language);
  const queryClient = createQueryClient({ retry: false });
  // As if GET /me had just answered, so tests stub only the requests they are about.
  storeSession(queryClient, session);
  // No pause between keystrokes: a form typed out letter by letter would otherwise take seconds on a busy machine.
  const user = userEvent.setup({ delay: null });
  const seen: { location?: Location } = {};

  // A data router, as in App, so that navigation blocking works in tests too.
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            <AppRoutes />
            <LocationProbe onRender={(location) => (seen.location = location)} />
          </>
        ),
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <AppProviders i18n={i18n} queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );

  /** Where the app has navigated to, e.g. to check that filters landed in the URL. */
  const currentLocation = (): Location => {
    if (!seen.location) throw new Error('The router has not rendered yet.');
    return seen.location;
  };
  return { ...view, user, i18n, queryClient, currentLocation, router };
}

function LocationProbe({ onRender }: { onRender: (location: Location) => void }) {
  onRender(useLocation());
  return null;
}
