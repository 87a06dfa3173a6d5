import { Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconCircleCheck, IconEdit, IconFileImport, IconLock, IconLockOpen, IconPlus } from '@tabler/icons-react';
import type { EstablishmentChange } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { useEstablishmentHistory } from '../api/use-establishment-history';
import { formatChangeValue } from './format-change-value';

function ChangeList({ changes }: { changes: EstablishmentChange['changes'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap={2} mt={4}>
      {changes.map((fieldChange) => (
        <Text size="sm" key={fieldChange.field}>
          <Text span fw={500}>
            {t(`establishment.${fieldChange.field}`, { defaultValue: fieldChange.field })}
          </Text>
          {': '}
          <Text span c="dimmed" td="line-through">
            {formatChangeValue(fieldChange.field, fieldChange.before, language, t)}
          </Text>
          {' → '}
          <Text span>{formatChangeValue(fieldChange.field, fieldChange.after, language, t)}</Text>
        </Text>
      ))}
    </Stack>
  );
}

const actionIcons: Record<EstablishmentChange['action'], typeof IconEdit> = {
  created: IconPlus,
  updated: IconEdit,
  closed: IconLock,
  reopened: IconLockOpen,
  imported: IconFileImport,
};

/** Who changed what and when, newest first: each field as before → after. */
export function EstablishmentHistoryTimeline({ establishmentId }: { establishmentId: string }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const history = useEstablishmentHistory(establishmentId, true);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="history-title">
      <Title order={2} size="h4" mb="md" id="history-title">
        {t('history.title')}
      </Title>
      {history.isPending && <PageLoader />}
      {history.isError && <ErrorPanel error={history.error} onRetry={() => void history.refetch()} />}
      {history.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('history.empty')}
        </Text>
      )}
      {history.data && history.data.length > 0 && (
        <Timeline bulletSize={26} lineWidth={2} data-testid="history">
          {history.data.map((change) => {
            const Icon = actionIcons[change.action] ?? IconCircleCheck;
            return (
              <Timeline.Item
                key={change.id}
                bullet={<Icon size={14} />}
                title={
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {t(`history.action.${change.action}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('history.version', { version: change.version })}
                    </Text>
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  {t('history.byWhen', {
                    who: change.changedBy?.displayName ?? t('history.system'),
                    when: formatDateTime(change.changedAt),
                  })}
                </Text>
                {change.changes.length > 0 &&
                  (change.action === 'created' || change.action === 'imported' ? (
                    <details>
                      <summary>
                        <Text span size="xs" c="dimmed" style={{ cursor: 'pointer' }}>
                          {t('history.showValues', { count: change.changes.length })}
                        </Text>
                      </summary>
                      <ChangeList changes={change.changes} />
                    </details>
                  ) : (
                    <ChangeList changes={change.changes} />
                  ))}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Card>
  );
}
