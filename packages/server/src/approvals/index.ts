export { approvalTypeHandlers, type ApprovalTypeHandler } from './approval-type-handler';
export { registerApprovalRoutes } from './approval-routes';
export { registerApprovalFileRoutes } from './approval-file-routes';
export { registerApprovalDelegationRoutes } from './approval-delegation-routes';
export { flagOverdueApprovalSteps } from './flag-overdue-approval-steps';
export { loadApprovalRequest } from './load-approval-request';
export { actOnApprovalRequest } from './act-on-approval-request';
export { createApprovalRequest } from './create-approval-request';
export { registerApprovalConfigRoutes } from './approval-config-routes';
