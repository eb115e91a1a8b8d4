import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { type Account, type AdminUser } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';
import { AccountStatusBadge } from '../../auth/components/AccountStatusBadge';
import { canAdminister, canVerifyAccounts } from '../../auth/utils/permissions';
import { townName } from '../../municipalities/utils/town-name';

interface AccountTableProps {
  users: AdminUser[];
  caption: string;
  /** The person looking: decides which buttons each row offers. */
  viewer: Account;
  /** The account being verified right now, so only its button spins. */
  verifyingId: string | null;
  /** The account a reset link is being sent to right now. */
  sendingResetId: string | null;
  onVerify: (user: AdminUser) => void;
  onSendReset: (user: AdminUser) => void;
  onEdit: (user: AdminUser) => void;
  onSetActive: (user: AdminUser, active: boolean) => void;
}

export function AccountTable({
  users,
  caption,
  viewer,
  verifyingId,
  sendingResetId,
  onVerify,
  onSendReset,
  onEdit,
  onSetActive,
}: AccountTableProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const mayVerify = canVerifyAccounts(viewer);
  const mayAdminister = canAdminister(viewer);

  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminAccounts.table.person')}</Table.Th>
            <Table.Th scope="col">{t('adminAccounts.table.role')}</Table.Th>
            <Table.Th scope="col">{t('adminAccounts.table.municipality')}</Table.Th>
            <Table.Th scope="col">{t('adminAccounts.table.status')}</Table.Th>
            <Table.Th scope="col">{t('adminAccounts.table.registered')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const isSelf = user.id === viewer.id;
            return (
              <Table.Tr key={user.id}>
                <Table.Th scope="row" fw="normal">
                  <Text fw={600}>{user.displayName}</Text>
                  <Text size="sm" c="dimmed">
                    {user.email}
                  </Text>
                  <EmailDomainMatch matches={user.emailDomainMatches} />
                </Table.Th>
                <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                <Table.Td>
                  {user.municipality ? (
                    <Anchor component={Link} to={`/towns/${user.municipality.id}`}>
                      {townName(user.municipality)}
                    </Anchor>
                  ) : (
                    <Text c="dimmed" component="span">
                      {t('account.noMunicipality')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <AccountStatusBadge status={user.status} />
                </Table.Td>
                <Table.Td>{formatDate(user.createdAt)}</Table.Td>
                <Table.Td>
                  {isSelf ? (
                    // The API refuses changes to one's own account; another admin must make them.
                    <Text size="sm" c="dimmed">
                      {t('adminAccounts.you')}
                    </Text>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      {mayVerify && user.status === 'pending' && (
                        <Button
                          size="compact-sm"
                          onClick={() => onVerify(user)}
                          loading={verifyingId === user.id}
                          aria-label={t('adminAccounts.verifyNamed', { name: user.displayName })}
                        >
                          {t('adminAccounts.verify')}
                        </Button>
                      )}
                      {mayAdminister && (
                        <>
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => onEdit(user)}
                            aria-label={t('adminAccounts.editNamed', { name: user.displayName })}
                          >
                            {t('adminAccounts.edit')}
                          </Button>
                          {user.status !== 'deactivated' && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() => onSendReset(user)}
                              loading={sendingResetId === user.id}
                              aria-label={t('accountSecurity.admin.sendResetNamed', { name: user.displayName })}
                            >
                              {t('accountSecurity.admin.sendReset')}
                            </Button>
                          )}
                          {user.status === 'deactivated' ? (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() => onSetActive(user, true)}
                              aria-label={t('adminAccounts.reactivateNamed', { name: user.displayName })}
                            >
                              {t('adminAccounts.reactivate')}
                            </Button>
                          ) : (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              onClick={() => onSetActive(user, false)}
                              aria-label={t('adminAccounts.deactivateNamed', { name: user.displayName })}
                            >
                              {t('adminAccounts.deactivate')}
                            </Button>
                          )}
                        </>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Whether the address is at one of the municipality's domains: what a moderator checks before verifying. */
function EmailDomainMatch({ matches }: { matches: boolean | null }) {
  const { t } = useTranslation();
  if (matches === null) {
    return (
      <Text size="xs" c="dimmed">
        {t('accountSecurity.admin.domainUnknown')}
      </Text>
    );
  }
  return (
    <Badge size="sm" variant="light" color={matches ? 'green' : 'orange'}>
      {matches ? t('accountSecurity.admin.domainMatch') : t('accountSecurity.admin.domainMismatch')}
    </Badge>
  );
}
