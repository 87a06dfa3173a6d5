export * from './components/break-glass-dialog';
export * from './components/break-glass-banner';
export { BreakGlassAccessTable } from './components/break-glass-access-table';
export { ReviewBreakGlassModal } from './components/review-break-glass-modal';
export { useBreakGlassAccesses } from './api/use-break-glass-accesses';
export { breakGlassReviewPageSize, type BreakGlassReviewFilters } from './api/break-glass-review-filters';
