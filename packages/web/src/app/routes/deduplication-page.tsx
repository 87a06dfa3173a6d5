import { Alert, Box, Group, LoadingOverlay, Pagination, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { canManagePatientIdentities, isDeduplicationRunActive } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button-link';
import { EmptyResult } from '../../components/empty-result';
import { ErrorPanel } from '../../components/error-panel';
import { PageLoader } from '../../components/page-loader';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../features/auth';
import {
  DeduplicationRunsTable,
  StartDeduplicationButton,
  deduplicationRunsPageSize,
  useDeduplicationRuns,
} from '../../features/deduplication';
import { useFormatters } from '../../lib/use-formatters';
import { ForbiddenNotice } from './forbidden-notice';

/** Batch deduplication of the regional index: start a run, follow its progress, then review what it queued. */
export function DeduplicationPage() {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const { actor, gst } = useSession();
  const [page, setPage] = useState(1);
  const allowed = canManagePatientIdentities(actor, gst.id);
  const runs = useDeduplicationRuns(gst.id, page, allowed);

  if (!allowed) {
    return <ForbiddenNotice />;
  }
  const active = runs.data?.items.some(isDeduplicationRunActive) ?? false;
  return (
    <Stack gap="md">
      <PageTitle
        title={t('deduplication.title')}
        subtitle={t('deduplication.subtitle')}
        actions={
          <>
            <ButtonLink
              to="/duplicates"
              search={{ status: 'pending', page: 1 }}
              variant="light"
              leftSection={<IconUsersGroup size={18} />}
            >
              {t('deduplication.reviewQueue')}
            </ButtonLink>
            <StartDeduplicationButton gstId={gst.id} disabled={active || runs.isPending} />
          </>
        }
      />
      {active && (
        <Alert color="blue" role="status">
          {t('deduplication.running')}
        </Alert>
      )}
      {runs.isPending && <PageLoader />}
      {runs.isError && <ErrorPanel error={runs.error} onRetry={() => void runs.refetch()} />}
      {runs.data?.items.length === 0 && <EmptyResult title={t('deduplication.empty')} />}
      {runs.data && runs.data.items.length > 0 && (
        <Box pos="relative">
          <LoadingOverlay visible={runs.isPlaceholderData} />
          <Text size="sm" c="dimmed" mb="xs">
            {t('deduplication.count', { count: runs.data.total, formatted: formatInteger(runs.data.total) })}
          </Text>
          <DeduplicationRunsTable runs={runs.data.items} />
          <Group justify="center" mt="md">
            <Pagination
              total={Math.max(1, Math.ceil(runs.data.total / deduplicationRunsPageSize))}
              value={page}
              onChange={setPage}
            />
          </Group>
        </Box>
      )}
    </Stack>
  );
}
