import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createI18n } from '../i18n';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';
import { createQueryClient } from './query-client';

export function App() {
  // Created once per mounted app (not per module), so nothing is shared between roots.
  const [i18n] = useState(() => createI18n());
  const [queryClient] = useState(createQueryClient);

  return (
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
