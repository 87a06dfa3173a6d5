export { mobilityHandler } from './mobility-handler';
export { registerMobilityRoutes } from './mobility-routes';
export { seedDemoMobilityRequests } from './seed-demo-mobility-requests';
