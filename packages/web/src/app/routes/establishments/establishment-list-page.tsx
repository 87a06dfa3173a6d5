import { Box, Button, Group, LoadingOverlay, Pagination, Text } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { canManageRegistry } from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { EmptyResult } from '../../../components/empty-result';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import {
  EstablishmentFiltersBar,
  establishmentExportUrl,
  establishmentPageSize,
  EstablishmentTable,
  useEstablishments,
  type EstablishmentFilters,
} from '../../../features/establishments';
import { useFormatters } from '../../../lib/use-formatters';

const route = getRouteApi('/_app/establishments');

/** The registry: filters in the URL, 25 per page, CSV export of the filtered list. */
export function EstablishmentListPage() {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const { actor, gst } = useSession();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const establishments = useEstablishments(gst.id, filters);
  const total = establishments.data?.total ?? 0;

  const setFilters = (next: EstablishmentFilters) => void navigate({ search: next });

  return (
    <>
      <PageTitle
        title={t('establishments.title')}
        actions={
          <>
            <Button
              component="a"
              href={establishmentExportUrl(gst.id, filters)}
              download
              variant="default"
              leftSection={<IconDownload size={18} />}
            >
              {t('establishments.export')}
            </Button>
            {canManageRegistry(actor, { gstId: gst.id }) && (
              <ButtonLink to="/establishments/new" leftSection={<IconPlus size={18} />}>
                {t('establishments.new')}
              </ButtonLink>
            )}
          </>
        }
      />
      <EstablishmentFiltersBar
        regionCode={gst.regionCode}
        filters={filters}
        onChange={setFilters}
        summary={
          establishments.data && (
            <Text size="sm" c="dimmed" data-testid="establishment-count" aria-live="polite">
              {t('establishments.count', { count: total, formatted: formatInteger(total) })}
            </Text>
          )
        }
      />
      {establishments.isPending && <PageLoader />}
      {establishments.isError && (
        <ErrorPanel error={establishments.error} onRetry={() => void establishments.refetch()} />
      )}
      {establishments.data && establishments.data.items.length === 0 && (
        <EmptyResult title={t('establishments.emptyTitle')} description={t('establishments.emptyDescription')} />
      )}
      {establishments.data && establishments.data.items.length > 0 && (
        <Box pos="relative">
          <LoadingOverlay visible={establishments.isPlaceholderData} overlayProps={{ blur: 1 }} />
          <EstablishmentTable establishments={establishments.data.items} />
          <Group justify="center" mt="md">
            <Pagination
              total={Math.max(1, Math.ceil(total / establishmentPageSize))}
              value={filters.page}
              onChange={(page) => setFilters({ ...filters, page })}
              getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
              getItemProps={(page) => ({ 'aria-label': t('pagination.page', { page }) })}
            />
          </Group>
        </Box>
      )}
    </>
  );
}
