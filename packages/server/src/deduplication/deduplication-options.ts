/** Settings of a run; the defaults suit production, tests shrink them and simulate a kill. */
export interface DeduplicationOptions {
  /** Blocking keys per page; each page commits its pairs, cursor and counters in one transaction. */
  pageSize?: number;
  /** Blocks (patients sharing one key) larger than this are skipped: such a key does not discriminate. */
  maxBlockSize?: number;
  /** An index needs this many active patients before the run learns a new model on it. */
  minimumPatientsForTraining?: number;
  /** Clusters merged per transaction in the clustering phase (set-based writes, see mergeClusterPage). */
  clusterPageSize?: number;
  /** Patients the scoring phase keeps read between pages (see createMatchablePatientCache). */
  patientCacheSize?: number;
  /** Tests: throw after this many committed pages, as if the process were killed. */
  stopAfterPages?: number;
  /** Tests: throw after this many committed cluster merges, as if the process were killed. */
  stopAfterClusters?: number;
}

export const defaultPageSize = 2_000;
export const defaultMaxBlockSize = 300;
export const defaultClusterPageSize = 500;
export const defaultPatientCacheSize = 400_000;
export const defaultMinimumPatientsForTraining = 1_000;
/** Training reads at most this many patients: a uniform sample keeps the model's prior and frequencies unbiased. */
export const trainingSampleSize = 200_000;

/** Another worker moved the run on (a retried or re-sent job): this one stops without touching the run. */
export class RunTakenOverError extends Error {
  constructor() {
    super('Another worker is running this deduplication');
    this.name = 'RunTakenOverError';
  }
}

/** The simulated kill of the tests. */
export class SimulatedStopError extends Error {
  constructor(what: string) {
    super(`Stopped on purpose after ${what} (simulated kill)`);
    this.name = 'SimulatedStopError';
  }
}
