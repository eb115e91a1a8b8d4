import { type Account } from '@twinning/contracts';

/*
 * What the client offers to whom (PRODUCT.md, "Who uses it"). Only navigation and pages use
 * these; the API enforces the same rules on every request.
 */

export function isVerified(account: Account): boolean {
  return account.status === 'active';
}

/** Moderators and admins verify pending accounts. */
export function canVerifyAccounts(account: Account): boolean {
  return isVerified(account) && (account.role === 'moderator' || account.role === 'admin');
}

/** Admins manage accounts and roles, municipalities, partnerships, and read the audit log. */
export function canAdminister(account: Account): boolean {
  return isVerified(account) && account.role === 'admin';
}
