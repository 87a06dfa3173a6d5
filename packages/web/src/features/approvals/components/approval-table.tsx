import { Group, Table, Text } from '@mantine/core';
import type { ApprovalRequestSummary } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { ApprovalStatusBadge, OverdueBadge } from './approval-status-badge';

/** The kind of a request as its type names it (a mobility's kind, else the type). */
export function useRequestLabel() {
  const { t } = useTranslation();
  return (request: Pick<ApprovalRequestSummary, 'type' | 'subject'>) => {
    const subject = request.subject as { kind?: unknown } | null;
    const kind = typeof subject?.kind === 'string' ? subject.kind : null;
    return kind
      ? t(`approvals.mobility.kind.${kind}`)
      : t(`approvals.type.${request.type}`, { defaultValue: request.type });
  };
}

/** A worklist: one row per request, linked to its page, late steps flagged. */
export function ApprovalTable({ requests }: { requests: readonly ApprovalRequestSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDate } = useFormatters();
  const label = useRequestLabel();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('approvals.column.request')}</Table.Th>
            <Table.Th>{t('approvals.column.route')}</Table.Th>
            <Table.Th>{t('approvals.column.requester')}</Table.Th>
            <Table.Th>{t('approvals.column.status')}</Table.Th>
            <Table.Th>{t('approvals.column.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Td>
                <AnchorLink to="/approvals/$requestId" params={{ requestId: request.id }} size="sm" fw={600}>
                  {label(request)}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {request.submittedAt ? formatDate(request.submittedAt) : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{localizedName(request.originEstablishment, language)}</Text>
                {request.destinationEstablishment && (
                  <Text size="xs" c="dimmed">
                    {language === 'ar' ? '←' : '→'} {localizedName(request.destinationEstablishment, language)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{request.requester}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <ApprovalStatusBadge status={request.status} />
                  {request.status === 'pending' && request.currentStep !== null && (
                    <Text size="xs" c="dimmed">
                      {t('approvals.stepOf', { step: request.currentStep + 1, count: request.stepCount })}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Text size="sm">{request.currentDueAt ? formatDate(request.currentDueAt) : '—'}</Text>
                  {request.overdue && <OverdueBadge />}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
