export { PatientImportPanel, type ImportEstablishmentOption } from './components/patient-import-panel';
export { PatientImportHistory } from './components/patient-import-history';
export { useImportEstablishments } from './api/use-import-establishments';
