export { useHrDashboard, type HrDashboardFilters } from './api/use-hr-dashboard';
export { HrDashboardFiltersBar } from './components/hr-dashboard-filters';
export { HrDashboardView } from './components/hr-dashboard-view';
