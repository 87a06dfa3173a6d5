export * from './synthetic-record';
export * from './moroccan-names';
export type { NameEntry } from './parse-name-table';
export * from './generate-population-batches';
export * from './generate-population';
export * from './corrupt-record';
export * from './truth-pairs';
