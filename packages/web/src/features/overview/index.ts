export { useRegionOverview } from './api/use-region-overview';
export { indicators, type Indicator } from './components/indicators';
export { KpiCards } from './components/kpi-cards';
export { ProvinceTable } from './components/province-table';
export { ProvinceChoropleth } from './components/province-choropleth';
export { ProvinceBarChart } from './components/province-bar-chart';
export { TypeBreakdownChart } from './components/type-breakdown-chart';
