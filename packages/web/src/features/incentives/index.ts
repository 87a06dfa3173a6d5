export { useIncentiveRules } from './api/use-incentives';
export { IncentiveRulesEditor } from './components/incentive-rules-editor';
export { IncentiveStatementsPanel } from './components/incentive-statements-panel';
export { IncentiveStatementView } from './components/incentive-statement-view';
export { MyIncentiveStatements } from './components/my-incentive-statements';
