export {
  parseEstablishmentFilters,
  establishmentPageSize,
  type EstablishmentFilters,
} from './api/establishment-filters';
export { establishmentExportUrl, establishmentTemplateUrl } from './api/establishment-csv-urls';
export { useEstablishments } from './api/use-establishments';
export { useEstablishment, establishmentQuery } from './api/use-establishment';
export { useEstablishmentPoints } from './api/use-establishment-points';
export { useChangeEstablishmentStatus } from './api/use-change-establishment-status';
export { EstablishmentFiltersBar } from './components/establishment-filters-bar';
export { EstablishmentTable } from './components/establishment-table';
export { EstablishmentForm } from './components/establishment-form';
export { EstablishmentDetails } from './components/establishment-details';
export { EstablishmentCapacity } from './components/establishment-capacity';
export { EstablishmentHistoryTimeline } from './components/establishment-history-timeline';
export { EstablishmentLocationMap } from './components/establishment-location-map';
export { CloseEstablishmentModal } from './components/close-establishment-modal';
export { TypeBadge } from './components/type-badge';
export { StatusBadge } from './components/status-badge';
export { typeColors } from './components/type-colors';
