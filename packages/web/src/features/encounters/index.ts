export * from './components/patient-timeline';
