export * from './approval-request-rows';
export * from './approval-request-queries';
export * from './approval-event-queries';
export * from './approval-delegation-queries';
export * from './approval-config-queries';
