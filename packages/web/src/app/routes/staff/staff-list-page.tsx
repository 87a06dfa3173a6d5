import { Anchor, Box, Group, LoadingOverlay, Pagination, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { canImportStaff, canViewStaffingTable } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { EmptyResult } from '../../../components/empty-result';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { StaffFiltersBar, StaffTable, staffPageSize, useStaffList } from '../../../features/staff';
import { useFormatters } from '../../../lib/use-formatters';

const route = getRouteApi('/_app/staff');

/** The GST's staff: search by name, filter by cadre and status; HR registers, imports and exports from here. */
export function StaffListPage() {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const { gst, actor } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useStaffList(gst.id, search);
  const hr = canImportStaff(actor, gst.id);
  const actions = (
    <>
      {canViewStaffingTable(actor, { gstId: gst.id, establishmentId: null }) && (
        <ButtonLink to="/staffing-table" variant="light">
          {t('staff.navStaffingTable')}
        </ButtonLink>
      )}
      {hr && (
        <>
          <ButtonLink to="/staff/import" variant="light">
            {t('staff.import')}
          </ButtonLink>
          <Anchor href={`/api/staff/export.csv?gstId=${gst.id}`} download size="sm">
            {t('staff.export')}
          </Anchor>
          <ButtonLink to="/staff/new">{t('staff.new')}</ButtonLink>
        </>
      )}
    </>
  );
  return (
    <>
      <PageTitle title={t('staff.title')} subtitle={t('staff.subtitle')} actions={actions} />
      <StaffFiltersBar filters={search} onChange={(filters) => void navigate({ search: filters })} />
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && <EmptyResult title={t('staff.empty')} />}
      {list.data && list.data.items.length > 0 && (
        <Box pos="relative">
          <LoadingOverlay visible={list.isPlaceholderData} />
          <Text size="sm" c="dimmed" mb="xs">
            {t('staff.count', { count: list.data.total, formatted: formatInteger(list.data.total) })}
          </Text>
          <StaffTable items={list.data.items} />
          <Group justify="center" mt="md">
            <Pagination
              total={Math.max(1, Math.ceil(list.data.total / staffPageSize))}
              value={search.page}
              onChange={(page) => void navigate({ search: { ...search, page } })}
            />
          </Group>
        </Box>
      )}
    </>
  );
}
