import type { HrDashboard } from '@tansiq/domain';
import { useMemo } from 'react';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

/** Names of the establishments and provinces a dashboard mentions, in the current language (the id when unknown). */
export function useDashboardLabels(dashboard: HrDashboard) {
  const language = useLanguage();
  return useMemo(() => {
    const establishments = new Map(dashboard.establishments.map((item) => [item.id, item]));
    const provinces = new Map(dashboard.provinces.map((item) => [item.code, item]));
    return {
      establishment: (id: string) => {
        const found = establishments.get(id);
        return found ? localizedName(found, language) : id;
      },
      province: (code: string) => {
        const found = provinces.get(code);
        return found ? localizedName(found, language) : code;
      },
      language,
    };
  }, [dashboard, language]);
}
