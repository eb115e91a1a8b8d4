import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { adminKeys } from '../api/admin.api';

/**
 * A change made in the admin pages: once the API has it, every list that shows the changed thing
 * is fetched again, and the audit log too, since every change lands there.
 */
export function useAdminMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  affected: readonly QueryKey[],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all(
        [...affected, adminKeys.auditEvents()].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
