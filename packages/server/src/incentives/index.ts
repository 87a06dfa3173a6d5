export { registerIncentiveRoutes } from './incentive-routes';
export { computeIncentiveMonth } from './compute-incentive-month';
