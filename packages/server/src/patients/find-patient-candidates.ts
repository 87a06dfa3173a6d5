import {
  generatePopulation,
  patientBlockingKeys,
  scorePatientCandidates,
  syntheticToPatientInput,
  toMatchBand,
  trainPatientMatchModel,
  type MatchablePatient,
  type MatchBand,
  type MatchModel,
  type PairScore,
  type Patient,
} from '@tansiq/domain';
import {
  countActivePatients,
  findCandidatePatientIds,
  findCurrentMatchModel,
  findPatientsByIds,
  insertMatchModel,
  listActivePatientsForTraining,
  listCommunes,
  type Db,
  type Executor,
} from '@tansiq/db';

/** The model a GST's lookups use, with its stored version. */
export interface CurrentMatchModel {
  version: number;
  model: MatchModel;
}

/** An index needs this many patients before a model learnt on it is better than the bootstrap one. */
const minimumIndexForTraining = 1_000;
/** Training reads at most this many patients (a random sample beyond). */
const trainingSampleSize = 200_000;
const bootstrapPeople = 3_000;

const cache = new Map<string, CurrentMatchModel>();

/**
 * The GST's current match model. When it has none yet, one is learnt: on the index itself once it holds enough
 * patients, else on a generated population spread over the communes (a bootstrap model, replaced by the first batch
 * deduplication, which retrains on the index). Either way the parameters come from EM, never from hand-set weights.
 */
export async function ensureMatchModel(db: Db, gstId: string): Promise<CurrentMatchModel> {
  const stored = await findCurrentMatchModel(db, gstId);
  if (stored) {
    const cached = cache.get(gstId);
    if (cached?.version === stored.version) {
      return cached;
    }
    const current = { version: stored.version, model: stored.model };
    cache.set(gstId, current);
    return current;
  }
  const activeCount = await countActivePatients(db, gstId);
  const trained =
    activeCount >= minimumIndexForTraining
      ? {
          model: trainPatientMatchModel(await listActivePatientsForTraining(db, gstId, trainingSampleSize)),
          source: 'index' as const,
          trainedOn: Math.min(activeCount, trainingSampleSize),
        }
      : { model: await bootstrapModel(db), source: 'bootstrap' as const, trainedOn: bootstrapPeople };
  try {
    await insertMatchModel(db, gstId, trained);
  } catch {
    // Two first lookups trained at once: the other one's model was stored first, and is as good.
  }
  const current = await findCurrentMatchModel(db, gstId);
  if (!current) {
    throw new Error('The match model was not stored');
  }
  return { version: current.version, model: current.model };
}

async function bootstrapModel(db: Db): Promise<MatchModel> {
  const communes = (await listCommunes(db, {})).map((commune) => ({
    code: commune.code,
    provinceCode: commune.provinceCode,
    population2024: commune.population2024,
    type: commune.type,
  }));
  const people = generatePopulation({ count: bootstrapPeople, seed: 20_261_122, communes });
  return trainPatientMatchModel(people.map(syntheticToPatientInput), { randomPairs: 100_000 });
}

/** One candidate of a lookup, best first. */
export interface ScoredCandidate {
  patient: Patient;
  score: PairScore;
  band: MatchBand;
}

/** Index entries read per blocking key, and candidates scored per lookup (ADR 0011). */
const perKeyLimit = 200;
const scoredLimit = 400;

/**
 * Looks a person up in the index: the query's blocking keys select a few hundred candidates through
 * patient_match_keys, each is scored with the model, best first. Merged records never come back (their golden record
 * carries their keys).
 */
export async function findPatientCandidates(
  executor: Executor,
  gstId: string,
  model: MatchModel,
  query: MatchablePatient,
  options: { limit?: number; excludeIds?: readonly string[] } = {},
): Promise<{ candidates: ScoredCandidate[]; examined: number }> {
  const [keys = []] = patientBlockingKeys([query]);
  const excluded = new Set(options.excludeIds ?? []);
  const ids = (await findCandidatePatientIds(executor, gstId, keys, { perKeyLimit, limit: scoredLimit })).filter(
    (id) => !excluded.has(id),
  );
  const patients = (await findPatientsByIds(executor, gstId, ids)).filter((patient) => patient.status === 'active');
  const scores = scorePatientCandidates(model, query, patients);
  const candidates = patients
    .map((patient, index) => {
      const score = scores[index] as PairScore;
      return { patient, score, band: toMatchBand(score.probability, model.thresholds) };
    })
    .sort((a, b) => b.score.probability - a.score.probability)
    .slice(0, options.limit ?? 10);
  return { candidates, examined: patients.length };
}
