import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Referral } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { timerColors } from './timer-badges';

/** The referral's timers (accept, appointment, counter-referral): due dates and where each stands; breached in red. */
export function ReferralTimers({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="referral-timers-title">
      <Title order={2} size="h4" id="referral-timers-title" mb="sm">
        {t('referrals.timers.title')}
      </Title>
      <Stack gap="xs">
        {referral.timers.map((timer) => (
          <Group key={timer.timer} justify="space-between" gap="xs" wrap="nowrap" data-testid={`timer-${timer.timer}`}>
            <Stack gap={0}>
              <Text
                size="sm"
                c={timer.state === 'breached' ? 'red' : undefined}
                fw={timer.state === 'breached' ? 600 : 400}
              >
                {t(`referrals.timers.name.${timer.timer}`)}
              </Text>
              <Text size="xs" c={timer.state === 'breached' ? 'red' : 'dimmed'}>
                {timer.dueAt
                  ? t('referrals.timers.due', { date: formatDateTime(timer.dueAt) })
                  : t('referrals.timers.notStarted')}
              </Text>
            </Stack>
            <Badge
              color={timerColors[timer.state]}
              variant={timer.state === 'breached' ? 'filled' : 'light'}
              style={{ flexShrink: 0 }}
            >
              {t(`referrals.timers.state.${timer.state}`)}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
