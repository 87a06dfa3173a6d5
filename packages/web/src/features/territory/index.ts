export { useProvinceShapes } from './api/use-province-shapes';
export { useProvinces } from './api/use-provinces';
export { useCommunes } from './api/use-communes';
export type { AreaCollection, AreaFeature } from './api/geo-schema';
