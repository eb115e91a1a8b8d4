import { type Account } from '@twinning/contracts';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { PageLoader } from '../../../common/components/PageLoader';
import { useSession } from '../hooks/useSession';
import { NoAccess } from './NoAccess';
import { SignInPrompt } from './SignInPrompt';

const ACCOUNT_PATH = '/account';

interface RequireAccountProps {
  /** Who may open the page; any signed-in account when left out. */
  allow?: (account: Account) => boolean;
  /** The page; the nested routes (`<Outlet />`) when left out. */
  children?: ReactNode;
}

/**
 * Shows a page only to the people it is for: visitors are asked to sign in, others are told they
 * have no access. A convenience, not a protection: the API refuses the data to the wrong people.
 */
export function RequireAccount({ allow, children }: RequireAccountProps) {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();

  if (session.isPending) return <PageLoader label={t('guard.checking')} />;
  if (session.isError) {
    return <ErrorState title={t('guard.sessionError')} error={session.error} onRetry={session.refetch} />;
  }
  if (!session.account) return <SignInPrompt />;
  // An admin or moderator without the second factor they must have: the account page sets it up first.
  if (session.account.twoFactorSetupRequired && pathname !== ACCOUNT_PATH) return <Navigate to={ACCOUNT_PATH} replace />;
  if (allow && !allow(session.account)) return <NoAccess account={session.account} />;
  return <>{children ?? <Outlet />}</>;
}
