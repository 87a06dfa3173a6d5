import type { BreakGlassReviewStatus } from '@tansiq/domain';

/** The review page's filters, as the URL holds them. */
export interface BreakGlassReviewFilters {
  status: BreakGlassReviewStatus;
  page: number;
}

export const breakGlassReviewPageSize = 25;
