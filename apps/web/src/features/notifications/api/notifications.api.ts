import { ApiRoutes, type NotificationList } from '@twinning/contracts';
import { apiGet, apiPost } from '../../../lib/api-client';

export const notificationKeys = {
  all: ['notifications'] as const,
};

export function fetchNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return apiGet<NotificationList>(ApiRoutes.notifications, { signal });
}

export function markNotificationRead(id: string): Promise<void> {
  return apiPost<void>(ApiRoutes.readNotification(id));
}
