import { ActionIcon, Button, Group, Indicator, Menu, Stack, Text } from '@mantine/core';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { referralIndicatorScope, type Notification } from '@tansiq/domain';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useSession } from '../../auth';
import { useLanguage } from '../../../lib/use-language';
import { useMarkNotificationsRead, useNotifications } from '../api/use-notifications';
import { notificationMessage } from './notification-message';

/**
 * The header's bell: the unread count, the latest 10 notifications; a click marks one read and opens its referral (or,
 * for an escalation to someone who steers the whole GST, the overdue referrals of the indicators page).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDateTime, formatInteger } = useFormatters();
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const navigate = useNavigate();
  const { actor, gst } = useSession();
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];

  function handleOpen(notification: Notification) {
    if (notification.readAt === null) {
      markRead.mutate({ ids: [notification.id] });
    }
    // A GST director (or analyst) is told of escalations but opens no referral: they land on the overdue list.
    if (notification.kind === 'referral_overdue' && referralIndicatorScope(actor, gst.id) === 'gst') {
      void navigate({ to: '/referral-indicators', hash: 'overdue' });
    } else if (notification.entityType === 'referral') {
      void navigate({ to: '/referrals/$referralId', params: { referralId: notification.entityId } });
    }
    if (notification.entityType === 'approval_request') {
      void navigate({ to: '/approvals/$requestId', params: { requestId: notification.entityId } });
    }
  }

  return (
    <Menu position="bottom-end" width={360} shadow="md" withinPortal>
      <Menu.Target>
        <Indicator
          label={unread > 99 ? '99+' : formatInteger(unread)}
          size={16}
          color="red"
          disabled={unread === 0}
          offset={4}
        >
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('notifications.label', { count: unread })}>
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown>
        <Group justify="space-between" px="sm" py={6} gap="xs">
          <Text size="sm" fw={600}>
            {t('notifications.title')}
          </Text>
          {unread > 0 && (
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconChecks size={14} />}
              loading={markRead.isPending}
              onClick={() => markRead.mutate({ ids: 'all' })}
            >
              {t('notifications.markAllRead')}
            </Button>
          )}
        </Group>
        <Menu.Divider />
        {items.length === 0 && (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {t('notifications.empty')}
          </Text>
        )}
        {items.map((notification) => (
          <Menu.Item
            key={notification.id}
            onClick={() => handleOpen(notification)}
            bg={notification.readAt === null ? 'var(--mantine-color-blue-light)' : undefined}
          >
            <Stack gap={2}>
              <Text size="sm" fw={notification.readAt === null ? 600 : 400}>
                {notificationMessage(notification, t, language)}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(notification.createdAt)}
              </Text>
            </Stack>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
