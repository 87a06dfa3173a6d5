import {
  cutKeyPage,
  type KeyPage,
  pairsInBlocks,
  scorePatientPairs,
  type BlockPairs,
  type MatchablePatient,
  type MatchModel,
} from '@tansiq/domain';
import {
  advanceDeduplicationRun,
  analyzeDeduplicationTables,
  findMatchModelVersion,
  insertMatchCandidates,
  listKnownPairs,
  listMatchKeyRows,
  lockRunningDeduplicationRun,
  updateDeduplicationRun,
  type Db,
  type MatchCandidateInsert,
  type PatientIdPair,
  type StoredDeduplicationRun,
} from '@tansiq/db';
import { createMatchablePatientCache, type MatchablePatientReader } from './matchable-patient-cache';
import {
  defaultMaxBlockSize,
  defaultPatientCacheSize,
  defaultPageSize,
  RunTakenOverError,
  SimulatedStopError,
  type DeduplicationOptions,
} from './deduplication-options';

/** A run in its scoring phase: the model and thresholds are recorded. */
interface ScoringRun {
  gstId: string;
  id: string;
  cursor: string | null;
  linkThreshold: number;
  reviewThreshold: number;
}

/**
 * The scoring phase: walks the blocking keys shared by at least two patients in key order, a page at a time from the
 * committed cursor, and queues the pairs at or above the review threshold; then moves the run to clustering.
 */
export async function scoreDeduplicationBlocks(
  db: Db,
  run: StoredDeduplicationRun,
  options: DeduplicationOptions,
): Promise<StoredDeduplicationRun> {
  const model = run.modelVersion === null ? undefined : await findMatchModelVersion(db, run.gstId, run.modelVersion);
  if (!model || run.linkThreshold === null || run.reviewThreshold === null) {
    throw new Error('The run has no stored model to score with');
  }
  await analyzeDeduplicationTables(db);
  const scoring: ScoringRun = { ...run, linkThreshold: run.linkThreshold, reviewThreshold: run.reviewThreshold };
  // Pairs this process queued: a page's known pairs are read before the previous pages' writes have committed.
  const queued: QueuedPairs = new Map();
  let pages = 0;
  const readPatients = createMatchablePatientCache(db, run.gstId, options.patientCacheSize ?? defaultPatientCacheSize);
  let next = loadPage(db, run.gstId, run.cursor, options, readPatients);
  let writing: Promise<void> = Promise.resolve();
  for (;;) {
    const loaded = await next;
    if (loaded === undefined) {
      break;
    }
    // The next page is read, and this one's predecessor written, while this one is scored: the database works while
    // the CPU compares. A failed read or write surfaces when it is awaited; the catch only keeps one abandoned by a
    // stop from being an unhandled rejection.
    next = loadPage(db, run.gstId, loaded.page.cursor, options, readPatients);
    next.catch(() => undefined);
    const scored = scorePage(model, scoring, loaded, queued);
    await writing;
    writing = writePage(db, { ...scoring }, loaded.page, scored);
    writing.catch(() => undefined);
    scoring.cursor = loaded.page.cursor;
    pages += 1;
    if (options.stopAfterPages !== undefined && pages >= options.stopAfterPages) {
      await writing;
      throw new SimulatedStopError(`${pages} page(s) of blocking keys`);
    }
  }
  await writing;
  await db.transaction(async (tx) => {
    if (!(await lockRunningDeduplicationRun(tx, run.gstId, run.id, 'scoring'))) {
      throw new RunTakenOverError();
    }
    // The cursor is a blocking key, built from patient data: it is not kept once it is no longer needed.
    await updateDeduplicationRun(tx, run.gstId, run.id, { phase: 'clustering', cursor: null });
  });
  return { ...run, phase: 'clustering', cursor: null };
}

/**
 * A page of blocks with its active members, sorted by id (a pair's lower index is its lower id, as stored), and the
 * pairs among them `match_candidates` already held when the page was read (decided or queued).
 */
interface LoadedPage {
  page: KeyPage & { cursor: string };
  patients: { id: string; patient: MatchablePatient }[];
  known: PatientIdPair[];
}

/** Pairs this run queued, by lower id: the higher ids. */
type QueuedPairs = Map<string, Set<string>>;

/** A scored page: the pairs formed and compared, and those kept, by band. */
interface ScoredPage {
  candidatePairs: number;
  comparisons: number;
  review: MatchCandidateInsert[];
  links: MatchCandidateInsert[];
}

/** Reads the next page of blocking keys after `after` with its members; undefined when no key is left. */
async function loadPage(
  db: Db,
  gstId: string,
  after: string | null,
  options: DeduplicationOptions,
  readPatients: MatchablePatientReader,
): Promise<LoadedPage | undefined> {
  const pageSize = options.pageSize ?? defaultPageSize;
  const maxBlockSize = options.maxBlockSize ?? defaultMaxBlockSize;
  // About 8 index rows per shared key (most keys belong to one patient); always more than one whole block.
  const rowLimit = Math.max(pageSize * 8, maxBlockSize + 1);
  const page = cutKeyPage(await listMatchKeyRows(db, gstId, { after, limit: rowLimit }), {
    pageSize,
    maxBlockSize,
    rowLimit,
  });
  const cursor = page.cursor;
  if (cursor === undefined) {
    return undefined;
  }
  const memberIds = [...new Set(page.blocks.flatMap((block) => block.patientIds))];
  const [patients, known] = await Promise.all([readPatients(memberIds), listKnownPairs(db, gstId, memberIds)]);
  return {
    page: { ...page, cursor },
    patients: patients.sort((a, b) => (a.id < b.id ? -1 : 1)),
    known,
  };
}

/**
 * Scores one page of blocks. The pairs of each block are formed once per page; pairs already known to
 * `match_candidates` or queued by this run's earlier pages are dropped, and the rest are scored in one pass. The pairs
 * kept are added to `queued`.
 */
function scorePage(model: MatchModel, run: ScoringRun, loaded: LoadedPage, queued: QueuedPairs): ScoredPage {
  const { page, patients } = loaded;
  const indexOf = new Map(patients.map((patient, index) => [patient.id, index]));
  const formed = pairsInBlocks(
    page.blocks.map((block) => block.patientIds.flatMap((id) => indexOf.get(id) ?? [])),
    patients.length,
  );
  const known = knownPairCodes(loaded, indexOf, queued);
  // Only the patients of a pair still to score are prepared (in a second run, most pairs are already known).
  const { pairs, members } = compactPairs(dropKnownPairs(formed, patients.length, known), patients);
  const candidates = scoreCandidates(model, run, members, pairs);
  for (const candidate of [...candidates.review, ...candidates.links]) {
    const [lower, higher] = candidate.patientIds;
    const higherIds = queued.get(lower) ?? new Set<string>();
    queued.set(lower, higherIds.add(higher));
  }
  return { candidatePairs: formed.left.length, comparisons: pairs.left.length, ...candidates };
}

/** Commits a scored page with the run's cursor and counters, from the page before it. */
async function writePage(db: Db, run: ScoringRun, page: LoadedPage['page'], scored: ScoredPage): Promise<void> {
  await db.transaction(async (tx) => {
    // Pairs above the link threshold wait for clustering; only those between the thresholds go to review now. The
    // insert skips pairs already known, and its count is of new rows, so a pair met again is never counted twice.
    const sentToReview = await insertMatchCandidates(tx, run.gstId, scored.review);
    await insertMatchCandidates(tx, run.gstId, scored.links);
    const advanced = await advanceDeduplicationRun(tx, run.gstId, run.id, {
      fromCursor: run.cursor,
      toCursor: page.cursor,
      keys: page.sharedKeys,
      candidatePairs: scored.candidatePairs,
      comparisons: scored.comparisons,
      sentToReview,
    });
    if (!advanced) {
      throw new RunTakenOverError();
    }
  });
}

/**
 * The page's known pairs (held by `match_candidates` when the page was read, or queued by this run since) as codes
 * `lower index × patient count + higher index`, so that dropping them needs no string per formed pair.
 */
function knownPairCodes(loaded: LoadedPage, indexOf: ReadonlyMap<string, number>, queued: QueuedPairs): Set<number> {
  const count = loaded.patients.length;
  const codes = new Set<number>();
  const add = (lower: string, higher: string) => {
    const i = indexOf.get(lower);
    const j = indexOf.get(higher);
    if (i !== undefined && j !== undefined) {
      codes.add(i * count + j);
    }
  };
  for (const pair of loaded.known) {
    add(pair.patientAId, pair.patientBId);
  }
  for (const { id } of loaded.patients) {
    for (const higher of queued.get(id) ?? []) {
      add(id, higher);
    }
  }
  return codes;
}

/** The formed pairs that are not known. */
function dropKnownPairs(formed: BlockPairs, patientCount: number, known: ReadonlySet<number>): BlockPairs {
  if (known.size === 0) {
    return formed;
  }
  const left = new Int32Array(formed.left.length);
  const right = new Int32Array(formed.left.length);
  let count = 0;
  for (let pair = 0; pair < formed.left.length; pair += 1) {
    const i = formed.left[pair] ?? 0;
    const j = formed.right[pair] ?? 0;
    if (!known.has(i * patientCount + j)) {
      left[count] = i;
      right[count] = j;
      count += 1;
    }
  }
  return { left: left.subarray(0, count), right: right.subarray(0, count) };
}

/** The pairs re-indexed over only the patients they involve (in the same id order). */
function compactPairs<Member>(
  pairs: BlockPairs,
  patients: readonly Member[],
): { pairs: BlockPairs; members: Member[] } {
  const newIndex = new Int32Array(patients.length).fill(-1);
  for (let pair = 0; pair < pairs.left.length; pair += 1) {
    newIndex[pairs.left[pair] ?? 0] = 0;
    newIndex[pairs.right[pair] ?? 0] = 0;
  }
  const members: Member[] = [];
  for (let index = 0; index < patients.length; index += 1) {
    const patient = patients[index];
    if (newIndex[index] === 0 && patient !== undefined) {
      newIndex[index] = members.length;
      members.push(patient);
    }
  }
  return {
    pairs: {
      left: pairs.left.map((index) => newIndex[index] ?? 0),
      right: pairs.right.map((index) => newIndex[index] ?? 0),
    },
    members,
  };
}

/** Scores the pairs and keeps those at or above the review threshold, with their reasons, split by band. */
function scoreCandidates(
  model: MatchModel,
  run: ScoringRun,
  patients: readonly { id: string; patient: MatchablePatient }[],
  pairs: BlockPairs,
): { review: MatchCandidateInsert[]; links: MatchCandidateInsert[] } {
  const scored = scorePatientPairs(
    model,
    patients.map((patient) => patient.patient),
    pairs,
    { floor: run.reviewThreshold },
  );
  const review: MatchCandidateInsert[] = [];
  const links: MatchCandidateInsert[] = [];
  for (let pair = 0; pair < pairs.left.length; pair += 1) {
    const probability = scored.probability[pair] ?? 0;
    if (probability > 0 && probability >= run.reviewThreshold) {
      const candidate: MatchCandidateInsert = {
        patientIds: [patients[pairs.left[pair] ?? 0]?.id ?? '', patients[pairs.right[pair] ?? 0]?.id ?? ''],
        probability,
        reasons: scored.explain(pair).reasons,
        source: 'batch',
        runId: run.id,
      };
      (probability >= run.linkThreshold ? links : review).push(candidate);
    }
  }
  return { review, links };
}
