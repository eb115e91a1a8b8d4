import { accountStatusOf, emailDomainMatches } from './user.mapper';

describe('accountStatusOf', () => {
  const confirmed = { emailConfirmedAt: new Date() };
  it.each([
    [{ verifiedAt: null, deactivatedAt: null, emailConfirmedAt: null }, 'unconfirmed'],
    [{ verifiedAt: null, deactivatedAt: null, ...confirmed }, 'pending'],
    [{ verifiedAt: new Date(), deactivatedAt: null, ...confirmed }, 'active'],
    [{ verifiedAt: new Date(), deactivatedAt: new Date(), ...confirmed }, 'deactivated'],
    [{ verifiedAt: null, deactivatedAt: new Date(), emailConfirmedAt: null }, 'deactivated'],
  ])('%j is %s', (user, status) => {
    expect(accountStatusOf(user)).toBe(status);
  });
});

describe('emailDomainMatches', () => {
  it.each([
    ['ayse@bursa.bel.tr', ['bursa.bel.tr'], true],
    ['ayse@Mail.Bursa.bel.tr', ['bursa.bel.tr'], true],
    ['ayse@notbursa.bel.tr', ['bursa.bel.tr'], false],
    ['ayse@gmail.com', ['bursa.bel.tr', 'bursa.gov.tr'], false],
    ['ayse@gmail.com', [], null],
  ])('%s with %j is %j', (email, domains, expected) => {
    expect(emailDomainMatches(email, domains)).toBe(expected);
  });
});
