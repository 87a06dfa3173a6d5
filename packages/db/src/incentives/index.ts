export * from './incentive-rule-queries';
export * from './incentive-activity-queries';
export * from './incentive-statement-writes';
export * from './incentive-statement-queries';
