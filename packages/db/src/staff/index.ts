export * from './staff-member-rows';
export * from './staff-member-writes';
export * from './staff-member-queries';
export * from './staff-assignment-queries';
export * from './staffing-table-queries';
export * from './staff-key-queries';
export * from './staff-export-queries';
