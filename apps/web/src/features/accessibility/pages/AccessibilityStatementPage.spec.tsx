import { screen } from '@testing-library/react';
import { ApiRoutes, type PublicConfig } from '@twinning/contracts';
import { stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const publicConfig: PublicConfig = {
  mapTiles: { urlTemplate: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: 'Test tiles', maxZoom: 18 },
  accessibilityContactEmail: null,
};

describe('AccessibilityStatementPage', () => {
  it('has the sections of the EU model statement and gives the contact address the operators set', async () => {
    stubFetch((url) => (url.pathname === ApiRoutes.publicConfig ? { body: { ...publicConfig, accessibilityContactEmail: 'access@town.example' } } : { status: 404 }));
    renderApp('/accessibility');

    expect(screen.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeInTheDocument();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(sections).toEqual([
      'Compliance status',
      'Non-accessible content',
      'Preparation of this accessibility statement',
      'Feedback and contact information',
      'Enforcement procedure',
    ]);
    expect(screen.getByText(/partially compliant with EN 301 549/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'access@town.example' })).toHaveAttribute('href', 'mailto:access@town.example');
  });

  it('says so when no contact address is set, in Turkish', async () => {
    stubFetch((url) => (url.pathname === ApiRoutes.publicConfig ? { body: publicConfig } : { status: 404 }));
    renderApp('/accessibility', { language: 'tr' });

    expect(screen.getByRole('heading', { level: 1, name: 'Erişilebilirlik beyanı' })).toBeInTheDocument();
    expect(await screen.findByText(/henüz bir adres vermedi/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /@/ })).not.toBeInTheDocument();
  });
});
