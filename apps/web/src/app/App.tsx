import { type i18n as I18n } from 'i18next';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';
import { createQueryClient } from './query-client';

/** `i18n` comes with the reader's language loaded (loadI18n in main.tsx). */
export function App({ i18n }: { i18n: I18n }) {
  // Created once per mounted app (not per module), so nothing is shared between roots.
  const [queryClient] = useState(createQueryClient);
  // A data router, because only it can hold a navigation until the person confirms it
  // (useBlocker in UnsavedChangesGuard); the routes themselves stay in AppRoutes.
  const [router] = useState(() => createBrowserRouter([{ path: '*', element: <AppRoutes /> }]));

  return (
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
