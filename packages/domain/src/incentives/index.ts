export * from './incentive-rules';
export * from './compute-incentive-statement';
export * from './incentive-statement-status';
export * from './incentive-policy';
export * from './incentive-api';
export * from './incentive-payroll-csv';
