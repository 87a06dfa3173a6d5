export * from './teleexpertise-rows';
export * from './teleexpertise-writes';
export * from './teleexpertise-queries';
export * from './teleconsultation-queries';
