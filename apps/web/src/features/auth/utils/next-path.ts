import { type Account } from '@twinning/contracts';
import { canWriteCaseStudies } from './permissions';

export const NEXT_PARAM = 'next';

/** Where a sign-in goes without `?next=`: a town's staff to their town's work (feed, drafts); others to their account. */
export function landingPathFor(account: Account): string {
  return canWriteCaseStudies(account) ? '/my-municipality' : '/account';
}

/**
 * The `?next=` path to go to after signing in, if it stays on this site: it must begin with a
 * single "/" ("//evil.example" and "/\evil.example" lead to other hosts in browsers) and carry no
 * control characters. Anything else gives null, so no link can send a person elsewhere.
 */
export function safeNextPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/')) return null;
  if (value.startsWith('//') || value.includes('\\')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  return value;
}

/** The sign-in address that comes back to `path` afterwards. */
export function signInPathFor(path: string): string {
  const next = safeNextPath(path);
  return next && next !== '/' ? `/sign-in?${new URLSearchParams({ [NEXT_PARAM]: next }).toString()}` : '/sign-in';
}
