import { randomBytes } from 'node:crypto';
import { withoutTokens } from './logging';

describe('URLs in the log', () => {
  const token = randomBytes(32).toString('base64url');

  it.each([
    [`/api/v1/invitations/${token}`, '/api/v1/invitations/[token]'],
    [`/api/v1/invitations/${token}/accept`, '/api/v1/invitations/[token]/accept'],
    [`/API/V1/Auth/Password-Reset/${token}/`, '/API/V1/Auth/Password-Reset/[token]/'],
    [`/api/v1/auth/email-confirmation/${token}?token=${token}&lang=tr`, '/api/v1/auth/email-confirmation/[token]?token=[token]&lang=tr'],
  ])('mask the token in %s', (url, logged) => {
    expect(withoutTokens(url)).toBe(logged);
  });

  it.each(['/api/v1/search?q=bisiklet&sdg=11', '/api/v1/case-studies/3f1c8e0a-5b7d-4c2e-9a61-0d4b2f7e8c19', '/assets/AcceptInvitationPage-with-a-long-name-D3xk.js'])('keep %s as it is', (url) => {
    expect(withoutTokens(url)).toBe(url);
  });
});
