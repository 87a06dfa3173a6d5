export * from './components/break-glass-dialog';
export * from './components/break-glass-banner';
