import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  type AdminPartnershipListQuery,
  type PartnershipInput,
  type PartnershipUpdate,
} from '@twinning/contracts';
import { municipalityKeys } from '../../municipalities/api/municipalities.api';
import {
  adminKeys,
  createPartnership,
  deletePartnership,
  fetchAdminPartnerships,
  updatePartnership,
} from '../api/admin.api';
import { useAdminMutation } from './useAdminMutation';

export function useAdminPartnerships(query: AdminPartnershipListQuery) {
  return useQuery({
    queryKey: adminKeys.partnershipList(query),
    queryFn: ({ signal }) => fetchAdminPartnerships(query, signal),
    placeholderData: keepPreviousData,
  });
}

export type PartnershipSave =
  | { kind: 'create'; input: PartnershipInput }
  | { kind: 'update'; id: string; changes: PartnershipUpdate };

/** A twinning changed: the admin list and the partners on both towns' public pages. */
const PARTNERSHIP_LISTS = [adminKeys.partnerships(), municipalityKeys.all];

export function useSavePartnership() {
  return useAdminMutation(
    (save: PartnershipSave) =>
      save.kind === 'create' ? createPartnership(save.input) : updatePartnership(save.id, save.changes),
    PARTNERSHIP_LISTS,
  );
}

export function useDeletePartnership() {
  return useAdminMutation((id: string) => deletePartnership(id), PARTNERSHIP_LISTS);
}
