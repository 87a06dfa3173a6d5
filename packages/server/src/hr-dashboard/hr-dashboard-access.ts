import {
  authorize,
  hrDashboardScope,
  hrDashboardScopeCovers,
  hrDashboardScopeCoversProvince,
  outOfScope,
  seesGst,
  type HrDashboardEstablishment,
  type HrDashboardScope,
  type Province,
} from '@tansiq/domain';
import type { RequestContext } from '../http/request-context';

/**
 * The part of a GST's HR dashboards the actor reads.
 * @throws AppError not_found (a GST the actor does not work in), forbidden (no dashboard role in that GST).
 */
export function hrDashboardScopeOf(context: RequestContext, gstId: string): HrDashboardScope {
  const scope = hrDashboardScope(context.actor, gstId);
  authorize({ visible: seesGst(context.actor, gstId), allowed: scope !== null, entity: 'GST', gstId });
  return scope ?? 'gst';
}

/** What one dashboard reads: its establishments, and the whole provinces whose densities it shows. */
export interface HrDashboardSelection {
  scope: HrDashboardScope;
  establishments: HrDashboardEstablishment[];
  establishmentIds: ReadonlySet<string>;
  /** The GST's whole provinces (names and RGPH 2024 population are public), and those whose densities are shown. */
  provinces: Province[];
  densityProvinces: Province[];
  /** The whole province a province code counts in (a préfecture d'arrondissements counts in its préfecture). */
  provinceOf: (code: string) => string;
}

/**
 * Narrows the GST to the actor's scope and the province asked for. A province that is not one of the GST's, or that
 * the actor sees nothing of, answers 404 like a missing one.
 * @throws AppError not_found
 */
export function selectHrDashboard(
  scope: HrDashboardScope,
  gstId: string,
  all: { provinces: readonly Province[]; establishments: readonly HrDashboardEstablishment[] },
  provinceCode: string | undefined,
): HrDashboardSelection {
  // Préfectures d'arrondissements are parts of a préfecture, never added to it: densities read whole provinces.
  const provinces = all.provinces.filter((province) => province.parentCode === null);
  const parentOf = new Map(all.provinces.map((province) => [province.code, province.parentCode ?? province.code]));
  const provinceOf = (code: string) => parentOf.get(code) ?? code;
  const inProvince = (code: string) => provinceCode === undefined || provinceOf(code) === provinceCode;
  const establishments = all.establishments.filter(
    (establishment) => hrDashboardScopeCovers(scope, establishment) && inProvince(establishment.provinceCode),
  );
  if (provinceCode !== undefined) {
    const known = provinces.some((province) => province.code === provinceCode);
    if (!known || (!hrDashboardScopeCoversProvince(scope, provinceCode) && establishments.length === 0)) {
      throw outOfScope('province', gstId);
    }
  }
  return {
    scope,
    establishments,
    establishmentIds: new Set(establishments.map((establishment) => establishment.id)),
    provinces,
    densityProvinces: provinces.filter(
      (province) => hrDashboardScopeCoversProvince(scope, province.code) && inProvince(province.code),
    ),
    provinceOf,
  };
}
