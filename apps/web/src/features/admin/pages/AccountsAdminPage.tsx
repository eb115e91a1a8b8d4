import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type AdminUser } from '@twinning/contracts';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../common/components/ConfirmDialog';
import { PagedList } from '../../../common/components/PagedList';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { useSession } from '../../auth/hooks/useSession';
import { canAdminister } from '../../auth/utils/permissions';
import { AccountFilterForm } from '../components/AccountFilterForm';
import { AccountTable } from '../components/AccountTable';
import { EditAccountDialog } from '../components/EditAccountDialog';
import { useAdminUsers, useSendPasswordReset, useSetUserActive, useVerifyUser } from '../hooks/useAdminUsers';
import { accountActionError } from '../utils/account-errors';
import { accountFiltersToParams, parseAccountFilters, toAdminUserListQuery } from '../utils/list-filters';

/** Accounts for moderators (verify the pending ones) and admins (roles, municipalities, deactivation). */
export function AccountsAdminPage() {
  const { t } = useTranslation();
  const { account: viewer } = useSession();
  const { filters, updateFilters } = useUrlFilters(parseAccountFilters, accountFiltersToParams);
  const pendingOnly = filters.status === 'pending' && !filters.role && !filters.q;
  usePageTitle(pendingOnly ? t('adminAccounts.pendingTitle') : t('adminAccounts.title'));

  const users = useAdminUsers(toAdminUserListQuery(filters));
  const verify = useVerifyUser();
  const setActive = useSetUserActive();
  const sendReset = useSendPasswordReset();
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [toggling, setToggling] = useState<{ user: AdminUser; active: boolean } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const clearFilters = useCallback(() => updateFilters({ status: null, role: null, q: '' }), [updateFilters]);

  if (!viewer) return null;

  const verifyUser = (user: AdminUser) => {
    setActionError(null);
    verify.mutate(user.id, {
      onSuccess: () => setNotice(t('adminAccounts.verified', { name: user.displayName })),
      onError: (error) => setActionError(accountActionError(error, t)),
    });
  };
  const sendResetTo = (user: AdminUser) => {
    setActionError(null);
    sendReset.mutate(user.id, {
      onSuccess: () => setNotice(t('accountSecurity.admin.resetSent', { email: user.email })),
      onError: (error) => setActionError(accountActionError(error, t)),
    });
  };
  const closeToggle = () => {
    setToggling(null);
    setActive.reset();
  };
  const confirmToggle = () => {
    if (!toggling) return;
    const { user, active } = toggling;
    setActive.mutate(
      { userId: user.id, active },
      {
        onSuccess: () => {
          setNotice(t(active ? 'adminAccounts.reactivated' : 'adminAccounts.deactivated', { name: user.displayName }));
          closeToggle();
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{pendingOnly ? t('adminAccounts.pendingTitle') : t('adminAccounts.title')}</Title>
          <Text c="dimmed">{pendingOnly ? t('adminAccounts.pendingIntro') : t('adminAccounts.intro')}</Text>
        </div>
        {canAdminister(viewer) && (
          <Button component={Link} to="/admin/accounts/invite">
            {t('adminInvite.title')}
          </Button>
        )}
      </Group>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {actionError && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          withCloseButton
          onClose={() => setActionError(null)}
          closeButtonLabel={t('common.dismiss')}
        >
          {actionError}
        </Alert>
      )}
      <AccountFilterForm filters={filters} onChange={updateFilters} onClear={clearFilters} />
      <PagedList
        query={users}
        page={filters.page}
        onPageChange={updateFilters}
        totalLabel={(counts) => t('adminAccounts.total', counts)}
        loadingLabel={t('adminAccounts.loading')}
        errorTitle={t('adminAccounts.loadError')}
        empty={pendingOnly ? t('adminAccounts.emptyPending') : t('adminAccounts.empty')}
      >
        {(items, position) => (
          <AccountTable
            users={items}
            caption={t('adminAccounts.table.caption', position)}
            viewer={viewer}
            verifyingId={verify.isPending ? (verify.variables ?? null) : null}
            sendingResetId={sendReset.isPending ? (sendReset.variables ?? null) : null}
            onVerify={verifyUser}
            onSendReset={sendResetTo}
            onEdit={setEditing}
            onSetActive={(user, active) => setToggling({ user, active })}
          />
        )}
      </PagedList>

      <EditAccountDialog
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setNotice(t('adminAccounts.updated', { name: saved.displayName }));
          setEditing(null);
        }}
      />
      <ConfirmDialog
        opened={toggling !== null}
        title={
          toggling
            ? t(toggling.active ? 'adminAccounts.reactivateTitle' : 'adminAccounts.deactivateTitle', {
                name: toggling.user.displayName,
              })
            : ''
        }
        message={toggling?.active ? t('adminAccounts.reactivateMessage') : t('adminAccounts.deactivateMessage')}
        confirmLabel={toggling?.active ? t('adminAccounts.reactivate') : t('adminAccounts.deactivate')}
        danger={!toggling?.active}
        busy={setActive.isPending}
        error={setActive.error ? accountActionError(setActive.error, t) : null}
        onConfirm={confirmToggle}
        onCancel={closeToggle}
      />
    </Stack>
  );
}
