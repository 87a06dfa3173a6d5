import { Box, Group, LoadingOverlay, Pagination, Tabs, Text } from '@mantine/core';
import { canManagePatientIdentities, type DuplicatePairStatus } from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../components/empty-result';
import { ErrorPanel } from '../../components/error-panel';
import { PageLoader } from '../../components/page-loader';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../features/auth';
import { DuplicateQueueTable, duplicatePageSize, useDuplicatePairs } from '../../features/duplicates';
import { useFormatters } from '../../lib/use-formatters';
import { ForbiddenNotice } from './forbidden-notice';

const route = getRouteApi('/_app/duplicates');

const tabs = ['pending', 'merged', 'auto_merged', 'not_duplicate'] as const satisfies readonly DuplicatePairStatus[];

/** The review queue of possible duplicate patients of the GST, by status, the most probable first. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const { actor, gst } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = canManagePatientIdentities(actor, gst.id);
  const pairs = useDuplicatePairs(gst.id, search, allowed);

  if (!allowed) {
    return <ForbiddenNotice />;
  }
  return (
    <>
      <PageTitle title={t('duplicates.title')} subtitle={t('duplicates.subtitle')} />
      <Tabs
        value={search.status}
        onChange={(value) => {
          const status = tabs.find((tab) => tab === value);
          if (status) {
            void navigate({ search: { status, page: 1 } });
          }
        }}
        mb="md"
      >
        <Tabs.List>
          {tabs.map((status) => (
            <Tabs.Tab key={status} value={status}>
              {t(`duplicates.status.${status}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {pairs.isPending && <PageLoader />}
      {pairs.isError && <ErrorPanel error={pairs.error} onRetry={() => void pairs.refetch()} />}
      {pairs.data?.items.length === 0 && <EmptyResult title={t('duplicates.empty')} />}
      {pairs.data && pairs.data.items.length > 0 && (
        <Box pos="relative">
          <LoadingOverlay visible={pairs.isPlaceholderData} />
          <Text size="sm" c="dimmed" mb="xs">
            {t('duplicates.count', { count: pairs.data.total, formatted: formatInteger(pairs.data.total) })}
          </Text>
          <DuplicateQueueTable pairs={pairs.data.items} />
          <Group justify="center" mt="md">
            <Pagination
              total={Math.max(1, Math.ceil(pairs.data.total / duplicatePageSize))}
              value={search.page}
              onChange={(page) => void navigate({ search: { ...search, page } })}
            />
          </Group>
        </Box>
      )}
    </>
  );
}
