import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createI18n } from '../i18n';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';
import { createQueryClient } from './query-client';

export function App() {
  // Created once per mounted app (not per module), so nothing is shared between roots.
  const [i18n] = useState(() => createI18n());
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
