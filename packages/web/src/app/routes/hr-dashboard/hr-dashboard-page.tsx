import { Stack } from '@mantine/core';
import { hrDashboardScope, todayInMorocco } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import {
  HrDashboardFiltersBar,
  HrDashboardView,
  useHrDashboard,
  type HrDashboardFilters,
} from '../../../features/hr-dashboard';
import { useProvinces } from '../../../features/territory';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { ForbiddenNotice } from '../forbidden-notice';

/** "Tableau de bord RH" (issue #5 §9): the GST's workforce at a glance, for a month and a province. */
export function HrDashboardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { actor, gst } = useSession();
  const currentMonth = todayInMorocco().slice(0, 7);
  const [filters, setFilters] = useState<HrDashboardFilters>({ gstId: gst.id, month: currentMonth, provinceCode: '' });
  const scope = hrDashboardScope(actor, gst.id);
  const allowed = scope !== null;
  const dashboard = useHrDashboard({ ...filters, gstId: gst.id }, allowed);
  const provinces = useProvinces(gst.regionCode);
  if (!allowed) {
    return <ForbiddenNotice />;
  }
  return (
    <Stack gap="md">
      <PageTitle title={t('hrDashboard.title')} subtitle={t('hrDashboard.subtitle')} />
      <HrDashboardFiltersBar
        filters={filters}
        currentMonth={currentMonth}
        provinces={
          scope === 'gst' || (scope !== null && scope.provinceCodes.length > 0)
            ? (provinces.data ?? [])
                .filter(
                  (province) =>
                    province.parentCode === null && (scope === 'gst' || scope.provinceCodes.includes(province.code)),
                )
                .map((province) => ({ value: province.code, label: localizedName(province, language) }))
            : null
        }
        onChange={setFilters}
      />
      {dashboard.isError ? (
        <ErrorPanel error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : dashboard.isPending ? (
        <PageLoader />
      ) : (
        <HrDashboardView dashboard={dashboard.data} regionCode={gst.regionCode} />
      )}
    </Stack>
  );
}
