export { ApprovalWorklists } from './components/approval-worklists';
export { ApprovalRequestDetail } from './components/approval-request-detail';
export { DelegationsPanel } from './components/delegations-panel';
export { TimeToDecisionChart } from './components/time-to-decision-chart';
export { useApprovalRequest, useApprovalStats, approvalKeys } from './api/approval-queries';
export { ApprovalChainsEditor } from './components/approval-chains-editor';
