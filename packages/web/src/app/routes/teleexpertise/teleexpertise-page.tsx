import { Group, Pagination, SegmentedControl, Select, Stack } from '@mantine/core';
import { teleexpertiseWorklists } from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../../components/empty-result';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { TeleexpertiseTable, teleexpertisePageSize, useTeleexpertiseList } from '../../../features/teleexpertise';
import { ForbiddenNotice } from '../forbidden-notice';
import { useClinicianEstablishments } from './use-clinician-establishments';

const route = getRouteApi('/_app/teleexpertise');

/** The tele-expertise worklists of one of the clinician's establishments: what they asked, and what to answer. */
export function TeleexpertisePage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const establishments = useClinicianEstablishments();
  const establishmentId = search.establishmentId ?? establishments[0]?.value ?? null;
  const list = useTeleexpertiseList(establishmentId, search.worklist, search.page);
  if (establishments.length === 0) {
    return <ForbiddenNotice />;
  }
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / teleexpertisePageSize));
  return (
    <Stack gap="md">
      <PageTitle title={t('teleexpertise.title')} subtitle={t('teleexpertise.subtitle')} />
      <Group gap="sm" wrap="wrap" align="flex-end">
        {establishments.length > 1 && (
          <Select
            label={t('teleexpertise.establishment')}
            data={establishments}
            value={establishmentId}
            allowDeselect={false}
            onChange={(value) =>
              void navigate({ search: (previous) => ({ ...previous, establishmentId: value ?? undefined, page: 1 }) })
            }
          />
        )}
        <SegmentedControl
          aria-label={t('teleexpertise.title')}
          data={teleexpertiseWorklists.map((worklist) => ({
            value: worklist,
            label: t(`teleexpertise.worklist.${worklist}`),
          }))}
          value={search.worklist}
          onChange={(value) =>
            void navigate({
              search: (previous) => ({ ...previous, worklist: value, page: 1 }),
            })
          }
        />
      </Group>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && <EmptyResult title={t('teleexpertise.empty')} />}
      {list.data && list.data.items.length > 0 && <TeleexpertiseTable items={list.data.items} />}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={search.page}
          onChange={(page) => void navigate({ search: (previous) => ({ ...previous, page }) })}
        />
      )}
    </Stack>
  );
}
