import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RosterDetail } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/describe-error';
import { usePublishRoster, rosterPrintUrl } from '../api/use-rosters';

interface RosterToolbarProps {
  roster: RosterDetail;
  canManage: boolean;
  onRegenerate: () => void;
  regenerating: boolean;
}

/** Status, gaps and the actions on one roster: regenerate a draft, publish it, print. */
export function RosterToolbar({ roster, canManage, onRegenerate, regenerating }: RosterToolbarProps) {
  const { t, i18n } = useTranslation();
  const publish = usePublishRoster(roster.id);
  const isDraft = roster.status === 'draft';
  function handlePublish() {
    publish.mutate(roster.version, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('rosters.publishedNotice') }),
      onError: (error) => notifications.show({ color: 'red', message: describeError(error, t) }),
    });
  }
  return (
    <Group justify="space-between">
      <Group gap="xs">
        <Badge color={isDraft ? 'orange' : 'teal'}>{t(`rosters.status.${roster.status}`)}</Badge>
        <Text size="sm" c="dimmed">
          {t('rosters.version', { version: roster.version })}
        </Text>
        <Text size="sm" c={roster.gapCount > 0 ? 'red.8' : 'teal.8'} fw={600}>
          {roster.gapCount > 0 ? t('rosters.gapCount', { count: roster.gapCount }) : t('rosters.noGap')}
        </Text>
      </Group>
      <Group gap="xs">
        {canManage && isDraft && (
          <Button variant="default" onClick={onRegenerate} loading={regenerating}>
            {t('rosters.regenerate')}
          </Button>
        )}
        {canManage && isDraft && (
          <Button onClick={handlePublish} loading={publish.isPending}>
            {t('rosters.publish')}
          </Button>
        )}
        <Anchor href={rosterPrintUrl(roster.id, i18n.language)} target="_blank" rel="noreferrer">
          {t('rosters.print')}
        </Anchor>
      </Group>
    </Group>
  );
}
