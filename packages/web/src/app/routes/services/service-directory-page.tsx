import { Badge, Box, CloseButton, Group, LoadingOverlay, Pagination, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../../components/empty-result';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import {
  ServiceDirectoryFiltersBar,
  ServiceDirectoryTable,
  serviceDirectoryPageSize,
  useServiceDirectory,
} from '../../../features/services';
import { useFormatters } from '../../../lib/use-formatters';

const route = getRouteApi('/_app/services');

/** The GST's directory of services: filter by specialty, province or establishment; each line opens the service. */
export function ServiceDirectoryPage() {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const { gst } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const directory = useServiceDirectory(gst.id, search);
  return (
    <>
      <PageTitle title={t('services.title')} subtitle={t('services.subtitle')} />
      <ServiceDirectoryFiltersBar
        regionCode={gst.regionCode}
        filters={search}
        onChange={(filters) => void navigate({ search: filters })}
      />
      {search.establishmentId && (
        <Group mb="sm">
          <Badge
            variant="light"
            size="lg"
            rightSection={
              <CloseButton
                size="xs"
                aria-label={t('services.showAll')}
                onClick={() => void navigate({ search: { ...search, establishmentId: undefined, page: 1 } })}
              />
            }
          >
            {directory.data?.items[0]?.establishment.nameFr ?? t('services.onlyEstablishment')}
          </Badge>
        </Group>
      )}
      {directory.isPending && <PageLoader />}
      {directory.isError && <ErrorPanel error={directory.error} onRetry={() => void directory.refetch()} />}
      {directory.data?.items.length === 0 && <EmptyResult title={t('services.empty')} />}
      {directory.data && directory.data.items.length > 0 && (
        <Box pos="relative">
          <LoadingOverlay visible={directory.isPlaceholderData} />
          <Text size="sm" c="dimmed" mb="xs">
            {t('services.count', { count: directory.data.total, formatted: formatInteger(directory.data.total) })}
          </Text>
          <ServiceDirectoryTable items={directory.data.items} />
          <Group justify="center" mt="md">
            <Pagination
              total={Math.max(1, Math.ceil(directory.data.total / serviceDirectoryPageSize))}
              value={search.page}
              onChange={(page) => void navigate({ search: { ...search, page } })}
            />
          </Group>
        </Box>
      )}
    </>
  );
}
