import { trainPatientMatchModel, type MatchModel } from '@tansiq/domain';
import {
  countActivePatients,
  countSharedMatchKeys,
  insertMatchModel,
  listActivePatientsForTraining,
  lockRunningDeduplicationRun,
  updateDeduplicationRun,
  type Db,
  type StoredDeduplicationRun,
} from '@tansiq/db';
import { ensureMatchModel } from '../patients/find-patient-candidates';
import {
  defaultMinimumPatientsForTraining,
  RunTakenOverError,
  trainingSampleSize,
  type DeduplicationOptions,
} from './deduplication-options';

/**
 * The training phase: a model learnt by EM on the index itself once it is large enough (all active patients, or a
 * uniform sample), else the GST's current model. The new model, its version and thresholds, the number of shared keys
 * to walk, and the move to scoring are committed together.
 */
export async function trainDeduplicationModel(
  db: Db,
  run: StoredDeduplicationRun,
  options: DeduplicationOptions,
): Promise<StoredDeduplicationRun> {
  const choice = await chooseModel(db, run.gstId, options);
  const keysTotal = await countSharedMatchKeys(db, run.gstId);
  return db.transaction(async (tx) => {
    if (!(await lockRunningDeduplicationRun(tx, run.gstId, run.id, 'training'))) {
      throw new RunTakenOverError();
    }
    const modelVersion =
      choice.kind === 'learnt'
        ? await insertMatchModel(tx, run.gstId, { model: choice.model, trainedOn: choice.trainedOn, source: 'index' })
        : choice.version;
    const fields = {
      phase: 'scoring' as const,
      cursor: null,
      keysTotal,
      modelVersion,
      linkThreshold: choice.model.thresholds.link,
      reviewThreshold: choice.model.thresholds.review,
    };
    await updateDeduplicationRun(tx, run.gstId, run.id, fields);
    return { ...run, ...fields };
  });
}

type ModelChoice =
  { kind: 'learnt'; model: MatchModel; trainedOn: number } | { kind: 'current'; model: MatchModel; version: number };

async function chooseModel(db: Db, gstId: string, options: DeduplicationOptions): Promise<ModelChoice> {
  const activeCount = await countActivePatients(db, gstId);
  if (activeCount < (options.minimumPatientsForTraining ?? defaultMinimumPatientsForTraining)) {
    return { kind: 'current', ...(await ensureMatchModel(db, gstId)) };
  }
  // The sample comes back in no particular order; sorted, a retried training learns the same model.
  const patients = (await listActivePatientsForTraining(db, gstId, trainingSampleSize)).sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
  return { kind: 'learnt', model: trainPatientMatchModel(patients), trainedOn: patients.length };
}
