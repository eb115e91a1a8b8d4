import { Anchor, Text } from '@mantine/core';
import { type Account } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, FactList } from '../../../common/components/FactList';
import { useFormatters } from '../../../i18n';
import { AccountStatusBadge } from './AccountStatusBadge';
import { townName } from '../../municipalities/utils/town-name';

/** The account as a description list: one term, one value. */
export function AccountFacts({ account }: { account: Account }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  return (
    <FactList>
      <Fact term={t('account.displayName')}>{account.displayName}</Fact>
      <Fact term={t('account.email')}>{account.email}</Fact>
      <Fact term={t('account.role')}>{t(`roles.${account.role}`)}</Fact>
      <Fact term={t('account.municipality')}>
        {account.municipality ? (
          <Anchor component={Link} to={`/towns/${account.municipality.id}`}>
            {townName(account.municipality)}
          </Anchor>
        ) : (
          <Text c="dimmed" component="span">
            {t('account.noMunicipality')}
          </Text>
        )}
      </Fact>
      <Fact term={t('account.status')}>
        <AccountStatusBadge status={account.status} />
      </Fact>
      <Fact term={t('account.memberSince')}>{formatDate(account.createdAt)}</Fact>
      {account.verifiedAt && <Fact term={t('account.verifiedAt')}>{formatDate(account.verifiedAt)}</Fact>}
    </FactList>
  );
}
