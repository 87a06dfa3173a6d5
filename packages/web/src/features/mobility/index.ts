export { MobilityForm } from './components/mobility-form';
export { MobilityImpactPanel } from './components/mobility-impact-panel';
export { MobilitySubjectCard } from './components/mobility-subject-card';
