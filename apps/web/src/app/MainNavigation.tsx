import { Box, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { SectionLink } from '../common/components/SectionLink';
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
  // A town's own page is inside the towns section but is not the page the link points to.
  const onTownList = useMatch('/towns');
  const inTowns = useMatch('/towns/*');

  return (
    <Box component="nav" aria-label={t('app.mainNavigation')}>
      <Group component="ul" gap="lg" wrap="wrap" m={0} p={0} style={{ listStyle: 'none' }}>
        <SectionLink
          to="/towns"
          label={t('nav.towns')}
          current={Boolean(onTownList)}
          inSection={Boolean(inTowns)}
        />
        <SectionLink to="/map" label={t('nav.map')} />
        <SectionLink to="/case-studies" label={t('nav.caseStudies')} />
        <SectionLink to="/funding" label={t('nav.funding')} />
        <SectionLink to="/statistics" label={t('nav.statistics')} />
        {/* Until the session is known, offer nothing that might be wrong a moment later. */}
        {isPending ? null : account ? (
          <>
            {canWriteCaseStudies(account) && <SectionLink to="/my-municipality" label={t('nav.myMunicipality')} />}
            {canModerate(account) && <SectionLink to="/moderation" label={t('nav.moderation')} />}
            {canAdminister(account) ? (
              <SectionLink to="/admin" label={t('nav.admin')} />
            ) : (
              canVerifyAccounts(account) && <SectionLink to="/admin/accounts" label={t('nav.accounts')} />
            )}
            <SectionLink to="/account" label={t('nav.account')} />
            <li>
              <SignOutButton />
            </li>
          </>
        ) : (
          <>
            <SectionLink to="/sign-in" label={t('nav.signIn')} />
            <SectionLink to="/register" label={t('nav.register')} />
          </>
        )}
      </Group>
    </Box>
  );
}
