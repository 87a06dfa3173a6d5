import { Badge, Group, Tooltip } from '@mantine/core';
import type { ReferralSummary, TimerState } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

export const timerColors: Record<TimerState, string> = {
  not_started: 'gray',
  running: 'blue',
  met: 'green',
  breached: 'red',
  met_late: 'orange',
};

/** The running and breached timers of a referral, as small badges with their due date on hover. */
export function TimerBadges({ timers }: { timers: ReferralSummary['timers'] }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const shown = timers.filter((timer) => timer.state === 'running' || timer.state === 'breached');
  if (shown.length === 0) {
    return null;
  }
  return (
    <Group gap={4} wrap="wrap">
      {shown.map((timer) => (
        <Tooltip
          key={timer.timer}
          label={timer.dueAt ? t('referrals.timers.due', { date: formatDateTime(timer.dueAt) }) : ''}
          disabled={!timer.dueAt}
          withArrow
        >
          <Badge
            size="xs"
            color={timerColors[timer.state]}
            variant={timer.state === 'breached' ? 'filled' : 'light'}
            style={{ textTransform: 'none' }}
          >
            {t(`referrals.timers.short.${timer.state}`, { timer: t(`referrals.timers.name.${timer.timer}`) })}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
