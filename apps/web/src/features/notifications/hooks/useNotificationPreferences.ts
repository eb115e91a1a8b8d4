import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchNotificationPreferences, notificationPreferenceKeys, saveNotificationPreferences } from '../api/notifications.api';

/** A channel for every kind of notification: the person's choices, the defaults elsewhere. */
export function useNotificationPreferences() {
  return useQuery({ queryKey: notificationPreferenceKeys.all, queryFn: ({ signal }) => fetchNotificationPreferences(signal) });
}

/** Saves the changed kinds; the answer (every kind with its channel) replaces what was shown. */
export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationPreferences,
    onSuccess: (saved) => queryClient.setQueryData(notificationPreferenceKeys.all, saved),
  });
}
