import { Box, Group, LoadingOverlay, Pagination, Text } from '@mantine/core';
import { canSearchAudit } from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../components/empty-result';
import { ErrorPanel } from '../../components/error-panel';
import { PageLoader } from '../../components/page-loader';
import { PageTitle } from '../../components/page-title';
import { AuditFiltersBar, AuditTable, auditPageSize, useAuditEvents } from '../../features/audit';
import { useSession } from '../../features/auth';
import { useFormatters } from '../../lib/use-formatters';
import { ForbiddenNotice } from './forbidden-notice';

const route = getRouteApi('/_app/audit');

/** The GST's audit trail: every write, denial and failed login. */
export function AuditPage() {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const { actor, gst } = useSession();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const events = useAuditEvents(gst.id, filters);

  if (!canSearchAudit(actor, gst.id)) {
    return <ForbiddenNotice />;
  }
  return (
    <>
      <PageTitle title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <AuditFiltersBar filters={filters} onChange={(next) => void navigate({ search: next })} />
      {events.isPending && <PageLoader />}
      {events.isError && <ErrorPanel error={events.error} onRetry={() => void events.refetch()} />}
      {events.data?.items.length === 0 && <EmptyResult title={t('audit.empty')} />}
      {events.data && events.data.items.length > 0 && (
        <Box pos="relative">
          <LoadingOverlay visible={events.isPlaceholderData} />
          <Text size="sm" c="dimmed" mb="xs">
            {t('audit.count', { count: events.data.total, formatted: formatInteger(events.data.total) })}
          </Text>
          <AuditTable events={events.data.items} />
          <Group justify="center" mt="md">
            <Pagination
              total={Math.max(1, Math.ceil(events.data.total / auditPageSize))}
              value={filters.page}
              onChange={(page) => void navigate({ search: { ...filters, page } })}
            />
          </Group>
        </Box>
      )}
    </>
  );
}
