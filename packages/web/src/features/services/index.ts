export {
  useServiceDirectory,
  serviceDirectoryPageSize,
  type ServiceDirectoryFilters,
} from './api/use-service-directory';
export { useService } from './api/use-service';
export { useSlotShortages } from './api/use-slot-shortages';
export { useGstHolidays } from './api/use-gst-holidays';
export { ServiceDirectoryTable } from './components/service-directory-table';
export { ServiceDirectoryFiltersBar } from './components/service-directory-filters';
export { DirectoryEntryForm } from './components/directory-entry-form';
export { BedsCard } from './components/beds-card';
export { WeeklyScheduleEditor } from './components/weekly-schedule-editor';
export { ClosuresPanel } from './components/closures-panel';
export { UpcomingSessionsPanel } from './components/upcoming-sessions-panel';
export { SlotShortageTable } from './components/slot-shortage-table';
export { GstHolidaysEditor } from './components/gst-holidays-editor';
export { useServiceLabels } from './components/use-service-labels';
