import { screen } from '@testing-library/react';
import { buildSessionInfo } from '../../../test/factories';
import { stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

describe('AccountPage', () => {
  beforeEach(() => {
    stubFetch(() => ({ body: {} }));
  });

  it('shows the account, and explains that a pending one waits for an admin or moderator', () => {
    renderApp('/account', { session: buildSessionInfo({ status: 'pending', verifiedAt: null }) });

    expect(screen.getByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    expect(document.title).toBe('My account · Twinning Exchange');
    expect(screen.getByText('Ayşe Yılmaz')).toBeInTheDocument();
    expect(screen.getByText('ayse.yilmaz@kadikoy.bel.tr')).toBeInTheDocument();
    expect(screen.getByText('Municipal staff')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kadıköy' })).toBeInTheDocument();
    expect(screen.getAllByText('Waiting for verification')).not.toHaveLength(0);
    expect(screen.getByText(/An admin or moderator of the programme will check that you work for Kadıköy/)).toBeInTheDocument();
  });

  it('shows a verified admin without a municipality, in Turkish', () => {
    renderApp('/account', { session: buildSessionInfo({ role: 'admin', municipality: null }), language: 'tr' });

    expect(screen.getByRole('heading', { level: 1, name: 'Hesabım' })).toBeInTheDocument();
    expect(screen.getByText('Yönetici')).toBeInTheDocument();
    expect(screen.getByText('Doğrulandı')).toBeInTheDocument();
    expect(screen.queryByText(/Doğrulama bekleniyor/)).not.toBeInTheDocument();
  });

  it('asks a visitor to sign in first', () => {
    renderApp('/account');

    expect(screen.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeInTheDocument();
  });
});
