export * from './territory';
export * from './gsts';
export * from './users';
export * from './establishments';
export * from './audit';
export * from './imports';
export * from './patients';
