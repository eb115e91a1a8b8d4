import { Anchor, Box, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useMatch } from 'react-router';
import { SignOutButton } from '../features/auth/components/SignOutButton';
import { useSession } from '../features/auth/hooks/useSession';
import { canAdminister, canModerate, canVerifyAccounts, canWriteCaseStudies } from '../features/auth/utils/permissions';

/**
 * The header's links: what the signed-in role can use and nothing more (PRODUCT.md, "Who uses
 * it"). Hiding a link protects nothing; the API refuses what a role may not do.
 */
export function MainNavigation() {
  const { t } = useTranslation();
  const { account, isPending } = useSession();
  // The towns list is also the home page, so "Towns" is the current page on both; a town's own
  // page is inside that section but is not the page the link points to.
  const onHome = useMatch('/');
  const onTownList = useMatch('/towns');
  const inTowns = useMatch('/towns/*');

  return (
    <Box component="nav" aria-label={t('app.mainNavigation')}>
      <Group component="ul" gap="lg" wrap="wrap" m={0} p={0} style={{ listStyle: 'none' }}>
        <NavItem
          to="/towns"
          label={t('nav.towns')}
          current={Boolean(onHome || onTownList)}
          inSection={Boolean(inTowns)}
        />
        <SectionItem to="/case-studies" label={t('nav.caseStudies')} />
        <SectionItem to="/statistics" label={t('nav.statistics')} />
        {/* Until the session is known, offer nothing that might be wrong a moment later. */}
        {isPending ? null : account ? (
          <>
            {canWriteCaseStudies(account) && <SectionItem to="/my-municipality" label={t('nav.myMunicipality')} />}
            {canModerate(account) && <SectionItem to="/moderation" label={t('nav.moderation')} />}
            {canAdminister(account) ? (
              <SectionItem to="/admin" label={t('nav.admin')} />
            ) : (
              canVerifyAccounts(account) && <SectionItem to="/admin/accounts" label={t('nav.accounts')} />
            )}
            <SectionItem to="/account" label={t('nav.account')} />
            <li>
              <SignOutButton />
            </li>
          </>
        ) : (
          <>
            <SectionItem to="/sign-in" label={t('nav.signIn')} />
            <SectionItem to="/register" label={t('nav.register')} />
          </>
        )}
      </Group>
    </Box>
  );
}

/** A link that is the current page at its own path and underlined anywhere below it. */
function SectionItem({ to, label }: { to: string; label: string }) {
  const { pathname } = useLocation();
  return <NavItem to={to} label={label} current={pathname === to} inSection={pathname.startsWith(`${to}/`)} />;
}

interface NavItemProps {
  to: string;
  label: string;
  current: boolean;
  inSection: boolean;
}

function NavItem({ to, label, current, inSection }: NavItemProps) {
  return (
    <li>
      <Anchor
        component={Link}
        to={to}
        fw={500}
        underline={current || inSection ? 'always' : 'hover'}
        aria-current={current ? 'page' : undefined}
      >
        {label}
      </Anchor>
    </li>
  );
}
