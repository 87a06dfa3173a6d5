import { hrAggregateScope, hrAggregateScopeCovers, type HrAggregateScope } from '../staff/hr-aggregate-scope';

/**
 * Who reads the HR dashboards (issue #5 §9), aggregates only: as WISN (`hrAggregateScope`). No province figure is
 * built from other establishments' staff for someone who sees their establishment only.
 */
export type HrDashboardScope = HrAggregateScope;

/** The part of a GST's HR dashboards the actor reads; null when none (clinicians, desks, other GSTs). */
export const hrDashboardScope = hrAggregateScope;

/** Whether a scope covers one establishment of the GST. */
export const hrDashboardScopeCovers = (
  scope: HrDashboardScope,
  establishment: { id: string; provinceCode: string },
): boolean => hrAggregateScopeCovers(scope, establishment);

/** Whether a scope sees a whole province (its headcount and densities per 10,000 inhabitants). */
export const hrDashboardScopeCoversProvince = (scope: HrDashboardScope, provinceCode: string): boolean =>
  scope === 'gst' || scope.provinceCodes.includes(provinceCode);
