export { useStaffList, useStaffMember, useStaffingTable, staffPageSize } from './api/use-staff';
export type { StaffFilters } from './api/use-staff';
export { StaffTable } from './components/staff-table';
export { StaffFiltersBar } from './components/staff-filters';
export { StaffMemberView } from './components/staff-member-view';
export { StaffingTableEditor } from './components/staffing-table-editor';
export { StaffImportForm } from './components/staff-import-form';
export { CreateStaffForm } from './components/create-staff-form';
export { StaffEstablishmentPicker } from './components/staff-establishment-picker';
