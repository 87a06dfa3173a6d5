import { Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import type { ApprovalRequestView } from '@tansiq/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { ApprovalActions } from './approval-actions';
import { ApprovalChain } from './approval-chain';
import { ApprovalFiles } from './approval-files';
import { ApprovalHistory } from './approval-history';
import { ApprovalStatusBadge, OverdueBadge } from './approval-status-badge';
import { useRequestLabel } from './approval-table';

function Header({ request }: { request: ApprovalRequestView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDateTime } = useFormatters();
  const label = useRequestLabel();
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h3">
            {label(request)}
          </Title>
          <Text size="sm">
            {localizedName(request.originEstablishment, language)}
            {request.destinationEstablishment &&
              ` ${language === 'ar' ? '←' : '→'} ${localizedName(request.destinationEstablishment, language)}`}
          </Text>
          <Text size="xs" c="dimmed">
            {t('approvals.page.raisedBy', { name: request.requester })}
            {request.submittedAt &&
              ` · ${t('approvals.page.submittedAt', { date: formatDateTime(request.submittedAt) })}`}
            {request.decidedAt && ` · ${t('approvals.page.decidedAt', { date: formatDateTime(request.decidedAt) })}`}
          </Text>
        </Stack>
        <Group gap={4}>
          <ApprovalStatusBadge status={request.status} />
          {request.overdue && <OverdueBadge />}
        </Group>
      </Group>
    </Card>
  );
}

/**
 * One request: header, the type's own panels (`children`: a mobility's subject and impact, composed by the page),
 * the actions this user may take, the chain, files and history.
 */
export function ApprovalRequestDetail({ request, children }: { request: ApprovalRequestView; children?: ReactNode }) {
  return (
    <Stack gap="md">
      <Header request={request} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {children}
            <ApprovalActions request={request} />
            <ApprovalHistory history={request.history} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <ApprovalChain steps={request.steps} />
            <ApprovalFiles request={request} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
