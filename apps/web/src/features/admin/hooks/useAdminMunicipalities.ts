import { type MunicipalityInput } from '@twinning/contracts';
import { municipalityKeys } from '../../municipalities/api/municipalities.api';
import { adminKeys, createMunicipality, deleteMunicipality, updateMunicipality } from '../api/admin.api';
import { useAdminMutation } from './useAdminMutation';

export type MunicipalitySave =
  | { kind: 'create'; input: MunicipalityInput }
  | { kind: 'update'; id: string; changes: Partial<MunicipalityInput> };

/** A town changed: the public lists and pages, and the partnerships that name it. */
const TOWN_LISTS = [municipalityKeys.all, adminKeys.partnerships()];

export function useSaveMunicipality() {
  return useAdminMutation(
    (save: MunicipalitySave) =>
      save.kind === 'create' ? createMunicipality(save.input) : updateMunicipality(save.id, save.changes),
    TOWN_LISTS,
  );
}

export function useDeleteMunicipality() {
  return useAdminMutation((id: string) => deleteMunicipality(id), TOWN_LISTS);
}
