export { wisnForStaffCounts } from './wisn-for-staff-counts';
export { getRegionalWisn } from './get-regional-wisn';
