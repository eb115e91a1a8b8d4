import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type NotificationList } from '@twinning/contracts';
import { fetchNotifications, markNotificationRead, notificationKeys } from '../api/notifications.api';

/** New decisions arrive while the page is open; asking once a minute is enough for them. */
const NOTIFICATIONS_REFRESH_MS = 60_000;

/** For a signed-in person: the header shows the bell only to them. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: ({ signal }) => fetchNotifications(signal),
    refetchInterval: NOTIFICATIONS_REFRESH_MS,
  });
}

/** Marks one notification read, at once on screen (the count drops), then as the API confirms. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onMutate: async (id: string) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.all });
      const before = queryClient.getQueryData<NotificationList>(notificationKeys.all);
      if (before) {
        const readAt = new Date().toISOString();
        queryClient.setQueryData<NotificationList>(notificationKeys.all, {
          items: before.items.map((item) => (item.id === id && !item.readAt ? { ...item, readAt } : item)),
          unreadCount: Math.max(0, before.unreadCount - (before.items.some((item) => item.id === id && !item.readAt) ? 1 : 0)),
        });
      }
      return { before };
    },
    onError: (_error, _id, context) => {
      if (context?.before) queryClient.setQueryData(notificationKeys.all, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
