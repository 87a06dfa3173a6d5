export { mobilityHandler } from './mobility-handler';
export { registerMobilityRoutes } from './mobility-routes';
