export { DeduplicationRunsTable } from './components/deduplication-runs-table';
export { DeduplicationProgress } from './components/deduplication-progress';
export { StartDeduplicationButton } from './components/start-deduplication-button';
export { useDeduplicationRuns, deduplicationRunsPageSize } from './api/use-deduplication-runs';
