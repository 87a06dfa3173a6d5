export { parseAuditFilters, auditPageSize, type AuditFilters } from './api/audit-filters';
export { useAuditEvents } from './api/use-audit-events';
export { AuditFiltersBar } from './components/audit-filters-bar';
export { AuditTable } from './components/audit-table';
