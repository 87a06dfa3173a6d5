export * from './teleexpertise-state-machine';
export * from './teleexpertise-policy';
export * from './teleexpertise-timer';
export * from './teleexpertise';
export * from './teleexpertise-record';
