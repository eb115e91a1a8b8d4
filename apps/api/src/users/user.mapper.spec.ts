import { accountStatusOf } from './user.mapper';

describe('accountStatusOf', () => {
  it.each([
    [{ verifiedAt: null, deactivatedAt: null }, 'pending'],
    [{ verifiedAt: new Date(), deactivatedAt: null }, 'active'],
    [{ verifiedAt: new Date(), deactivatedAt: new Date() }, 'deactivated'],
    [{ verifiedAt: null, deactivatedAt: new Date() }, 'deactivated'],
  ])('%j is %s', (user, status) => {
    expect(accountStatusOf(user)).toBe(status);
  });
});
