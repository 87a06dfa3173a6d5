import type { MatchablePatient } from '@tansiq/domain';
import { listActivePatientVersions, listMatchablePatients, type Db } from '@tansiq/db';

/** Reads the active patients among ids for a page of blocks, in no particular order. */
export type MatchablePatientReader = (ids: readonly string[]) => Promise<{ id: string; patient: MatchablePatient }[]>;

/**
 * The patients of a run's pages, read once: a patient comes back in a page for each of its blocking keys (about ten,
 * spread over the whole key order), so each page asks only for the versions of its members and reads in full those
 * not read yet or changed since (an edit or a merge moves the version on; a merged record is no longer active). At
 * most `capacity` patients are kept, the least recently read leaving first.
 */
export function createMatchablePatientCache(db: Db, gstId: string, capacity: number): MatchablePatientReader {
  const entries = new Map<string, { version: number; patient: MatchablePatient }>();
  return async (ids) => {
    const versions = await listActivePatientVersions(db, gstId, ids);
    const stale = [...versions].filter(([id, version]) => entries.get(id)?.version !== version).map(([id]) => id);
    for (const row of await listMatchablePatients(db, gstId, stale)) {
      entries.delete(row.id);
      entries.set(row.id, { version: row.version, patient: row.patient });
    }
    for (const id of entries.keys()) {
      if (entries.size <= capacity) {
        break;
      }
      entries.delete(id);
    }
    return [...versions.keys()].flatMap((id) => {
      const entry = entries.get(id);
      return entry === undefined ? [] : [{ id, patient: entry.patient }];
    });
  };
}
