import { useRoutes, type RouteObject } from 'react-router';
import { TownPage } from '../features/municipalities/pages/TownPage';
import { TownsPage } from '../features/municipalities/pages/TownsPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <TownsPage /> },
      { path: 'towns', element: <TownsPage /> },
      { path: 'towns/:id', element: <TownPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The routes, inside whichever router renders them: BrowserRouter in the app, MemoryRouter in tests.
 * Declarative routing is enough, since React Query (not route loaders) fetches the data.
 */
export function AppRoutes() {
  return useRoutes(appRoutes);
}
