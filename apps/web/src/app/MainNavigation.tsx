import { Box, Flex } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { SectionLink } from '../common/components/SectionLink';
import { SignOutButton } from '../features/auth/components/SignOutButton';
import { useSession } from '../features/auth/hooks/useSession';
import { canAdminister, canModerate, canVerifyAccounts, canWriteCaseStudies } from '../features/auth/utils/permissions';

/**
 * The header's links: what the signed-in role can use and nothing more (PRODUCT.md, "Who uses
 * it"). Hiding a link protects nothing; the API refuses what a role may not do. In a row in the
 * header, or one link a line in the menu of a narrow screen (HeaderMenu).
 */
export function MainNavigation({ orientation = 'horizontal' }: { orientation?: 'horizontal' | 'vertical' }) {
  const { t } = useTranslation();
  const { account, isPending } = useSession();
  // A town's own page is inside the towns section but is not the page the link points to.
  const onTownList = useMatch('/towns');
  const inTowns = useMatch('/towns/*');
  // Larger on a phone, where each link is a finger's target.
  const linkSize = orientation === 'vertical' ? 'lg' : undefined;

  return (
    <Box component="nav" aria-label={t('app.mainNavigation')}>
      <Flex
        component="ul"
        direction={orientation === 'horizontal' ? 'row' : 'column'}
        gap="sm"
        wrap="wrap"
        align={orientation === 'horizontal' ? 'center' : 'flex-start'}
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
      >
        <SectionLink
          size={linkSize}
          to="/towns"
          label={t('nav.towns')}
          current={Boolean(onTownList)}
          inSection={Boolean(inTowns)}
        />
        <SectionLink size={linkSize} to="/map" label={t('nav.map')} />
        <SectionLink size={linkSize} to="/case-studies" label={t('nav.caseStudies')} />
        <SectionLink size={linkSize} to="/funding" label={t('nav.funding')} />
        <SectionLink size={linkSize} to="/statistics" label={t('nav.statistics')} />
        {/* Until the session is known, offer nothing that might be wrong a moment later. */}
        {isPending ? null : account ? (
          <>
            {canWriteCaseStudies(account) && <SectionLink size={linkSize} to="/my-municipality" label={t('nav.myMunicipality')} />}
            {canModerate(account) && <SectionLink size={linkSize} to="/moderation" label={t('nav.moderation')} />}
            {canAdminister(account) ? (
              <SectionLink size={linkSize} to="/admin" label={t('nav.admin')} />
            ) : (
              canVerifyAccounts(account) && <SectionLink size={linkSize} to="/admin/accounts" label={t('nav.accounts')} />
            )}
            <SectionLink size={linkSize} to="/account" label={t('nav.account')} />
            <li>
              <SignOutButton />
            </li>
          </>
        ) : (
          <>
            <SectionLink size={linkSize} to="/sign-in" label={t('nav.signIn')} />
            <SectionLink size={linkSize} to="/register" label={t('nav.register')} />
          </>
        )}
      </Flex>
    </Box>
  );
}
