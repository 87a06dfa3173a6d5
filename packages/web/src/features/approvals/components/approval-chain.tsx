import { Badge, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ApprovalStepView } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { OverdueBadge } from './approval-status-badge';

const stateColors: Record<ApprovalStepView['state'], string> = {
  waiting: 'gray',
  current: 'blue',
  approved: 'teal',
  rejected: 'red',
  returned: 'orange',
};

function StepItem({ step }: { step: ApprovalStepView }) {
  const { t } = useTranslation();
  const { formatDate, formatDateTime } = useFormatters();
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t(`role.${step.approver.role}`)} · {t(`approvals.scope.${step.approver.scope}`)}
        </Text>
        <Badge size="sm" variant="light" color={stateColors[step.state]}>
          {t(`approvals.stepState.${step.state}`)}
        </Badge>
        {step.overdue && <OverdueBadge />}
      </Group>
      <Text size="xs" c="dimmed">
        {step.dueAt
          ? t('approvals.dueOn', { date: formatDate(step.dueAt), days: step.respondWithinWorkingDays })
          : t('approvals.within', { days: step.respondWithinWorkingDays })}
      </Text>
      {step.decidedAt && (
        <Text size="xs">
          {[formatDateTime(step.decidedAt), step.decidedBy].join(' · ')}
          {step.onBehalfOf && ` ${t('approvals.onBehalfOf', { name: step.onBehalfOf })}`}
        </Text>
      )}
    </Stack>
  );
}

/** The chain copied on the request: each step's approver, state, due date and who decided. */
export function ApprovalChain({ steps }: { steps: readonly ApprovalStepView[] }) {
  const { t } = useTranslation();
  const active = steps.findIndex((step) => step.state === 'current');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="approval-chain-title">
      <Title order={2} size="h4" id="approval-chain-title" mb="sm">
        {t('approvals.page.chain')}
      </Title>
      {steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('approvals.page.noChain')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={active === -1 ? steps.length - 1 : active}>
          {steps.map((step) => (
            <Timeline.Item key={step.index} color={stateColors[step.state]}>
              <StepItem step={step} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
