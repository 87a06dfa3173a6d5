export { wisnForStaffCounts } from './wisn-for-staff-counts';
