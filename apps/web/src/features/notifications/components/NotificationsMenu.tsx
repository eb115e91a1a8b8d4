import { ActionIcon, Badge, Box, Indicator, Menu, Text } from '@mantine/core';
import { type Notification } from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatters } from '../../../i18n';
import { caseStudyQuestionsPath } from '../../questions/utils/question-links';
import { useMarkNotificationRead, useNotifications } from '../hooks/useNotifications';

/**
 * The bell in the header of a signed-in person: how many notifications are unread, and the list.
 * Opening a notification marks it read and goes to what it is about: the case study for a
 * decision, the adaptation for an adaptation started or checked in on, the case study's questions
 * for a question asked or answered, the moderators' queues for what waits for them, the account
 * page for an account verified, the partner request (or the moderators' queue of pairs) for news
 * about a partner request.
 */
export function NotificationsMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const unread = notifications.data?.unreadCount ?? 0;
  const items = notifications.data?.items ?? [];

  const open = (notification: Notification) => {
    if (!notification.readAt) markRead.mutate(notification.id);
    void navigate(notificationTarget(notification));
  };

  return (
    <Menu position="bottom-end" width={340} withinPortal>
      {/* The menu's button itself gets aria-expanded and aria-haspopup: a div around it may not have them. */}
      <Indicator label={<span aria-hidden="true">{unread}</span>} size={18} disabled={unread === 0} offset={4} color="red">
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={unread > 0 ? t('notifications.labelUnread', { count: unread }) : t('notifications.label')}
          >
            <BellIcon />
          </ActionIcon>
        </Menu.Target>
      </Indicator>
      <Menu.Dropdown>
        <Menu.Label>{t('notifications.title')}</Menu.Label>
        {notifications.isError ? (
          <Text size="sm" c="red" px="sm" py="xs">
            {t('notifications.loadError')}
          </Text>
        ) : notifications.isPending ? (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {t('notifications.loading')}
          </Text>
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {t('notifications.empty')}
          </Text>
        ) : (
          items.map((notification) => (
            <Menu.Item key={notification.id} onClick={() => open(notification)}>
              <NotificationText notification={notification} />
            </Menu.Item>
          ))
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

function notificationTarget(notification: Notification): string {
  if (notification.kind === 'partner_pair_awaiting_confirmation') return '/moderation/partner-pairs';
  if (notification.partnerRequestId) return `/partner-requests/${notification.partnerRequestId}`;
  if (notification.kind === 'account_verified' || !notification.caseStudyId) return '/account';
  if (notification.kind === 'submission_waiting') return '/moderation';
  if (notification.kind === 'report_waiting') return '/moderation/reports';
  if (notification.kind === 'question_asked' || notification.kind === 'question_answered') {
    return caseStudyQuestionsPath(notification.caseStudyId ?? '');
  }
  if (notification.kind === 'translation_decision' && notification.language) {
    return `/case-studies/${notification.caseStudyId}?lang=${notification.language}`;
  }
  return notification.kind !== 'moderation_decision' && notification.adaptationId
    ? `/adaptations/${notification.adaptationId}`
    : `/case-studies/${notification.caseStudyId}`;
}

function notificationMessage(notification: Notification, t: TFunction, languageName: (code: string) => string): string {
  const title = notification.title.trim() || t('caseStudy.untitled');
  const language = notification.language ? languageName(notification.language) : '';
  if (notification.kind === 'moderation_decision') {
    return notification.decision ? t(`notifications.decision.${notification.decision}`, { title }) : title;
  }
  if (notification.kind === 'translation_decision') {
    return t(notification.decision === 'approve' ? 'notifications.translationApproved' : 'notifications.translationRejected', { title, language });
  }
  if (notification.kind === 'translation_requested') return t('notifications.translation_requested', { title, language });
  if (notification.kind === 'submission_waiting' && language) return t('notifications.translation_submitted', { title, language });
  if (notification.kind === 'account_verified') return t('notifications.account_verified', { town: notification.title });
  return t(`notifications.${notification.kind}`, { title });
}

function NotificationText({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const { formatTimeAgo, languageName } = useFormatters();
  const unread = !notification.readAt;
  return (
    <Box>
      <Text size="sm" fw={unread ? 700 : 400}>
        {unread && (
          <Badge size="xs" color="red" variant="filled" mr={6} component="span">
            {t('notifications.new')}
          </Badge>
        )}
        {notificationMessage(notification, t, languageName)}
      </Text>
      <Text size="xs" c="dimmed">
        {formatTimeAgo(notification.createdAt)}
      </Text>
    </Box>
  );
}

function BellIcon() {
  return (
    <svg width={20} height={20} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden="true">
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
