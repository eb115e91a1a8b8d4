import { ApiRoutes, type NotificationList, type NotificationPreferences } from '@twinning/contracts';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export const notificationKeys = {
  all: ['notifications'] as const,
};

export function fetchNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return apiGet<NotificationList>(ApiRoutes.notifications, { signal });
}

export function markNotificationRead(id: string): Promise<void> {
  return apiPost<void>(ApiRoutes.readNotification(id));
}

export const notificationPreferenceKeys = {
  all: ['notification-preferences'] as const,
};

export function fetchNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return apiGet<NotificationPreferences>(ApiRoutes.notificationPreferences, { signal });
}

export function saveNotificationPreferences(changes: Partial<NotificationPreferences>): Promise<NotificationPreferences> {
  return apiPatch<NotificationPreferences>(ApiRoutes.notificationPreferences, changes);
}
