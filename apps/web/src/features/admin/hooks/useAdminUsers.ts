import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type AdminUserListQuery, type UpdateUserRequest } from '@twinning/contracts';
import {
  adminKeys,
  createInvitation,
  deactivateUser,
  fetchAdminUsers,
  reactivateUser,
  sendPasswordReset,
  updateUser,
  verifyUser,
} from '../api/admin.api';
import { useAdminMutation } from './useAdminMutation';

export function useAdminUsers(query: AdminUserListQuery) {
  return useQuery({
    queryKey: adminKeys.userList(query),
    queryFn: ({ signal }) => fetchAdminUsers(query, signal),
    placeholderData: keepPreviousData,
  });
}

const ACCOUNT_LISTS = [adminKeys.users()];

export function useVerifyUser() {
  return useAdminMutation((userId: string) => verifyUser(userId), ACCOUNT_LISTS);
}

export function useUpdateUser() {
  return useAdminMutation(
    ({ userId, request }: { userId: string; request: UpdateUserRequest }) => updateUser(userId, request),
    ACCOUNT_LISTS,
  );
}

export function useSetUserActive() {
  return useAdminMutation(
    ({ userId, active }: { userId: string; active: boolean }) =>
      active ? reactivateUser(userId) : deactivateUser(userId),
    ACCOUNT_LISTS,
  );
}

/** Changes no account in the lists: nothing to refetch. */
export function useSendPasswordReset() {
  return useAdminMutation((userId: string) => sendPasswordReset(userId), []);
}

export function useCreateInvitation() {
  return useAdminMutation(createInvitation, ACCOUNT_LISTS);
}
