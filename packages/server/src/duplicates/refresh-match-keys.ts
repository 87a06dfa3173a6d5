import { patientBlockingKeys, toDemographics } from '@tansiq/domain';
import { findPatientsByIds, listPatientRecordIds, replaceMatchKeys, type Tx } from '@tansiq/db';

/**
 * Recomputes the blocking keys of a golden record from the states of all its member records (itself and every record
 * merged into it), so a lookup by any member's spelling still finds it; the keys of `formerIds` are dropped.
 */
export async function refreshMatchKeys(
  tx: Tx,
  gstId: string,
  goldenId: string,
  formerIds: readonly string[] = [],
): Promise<void> {
  const memberIds = await listPatientRecordIds(tx, gstId, goldenId);
  const members = await findPatientsByIds(tx, gstId, memberIds);
  const keys = new Set(patientBlockingKeys(members.map(toDemographics)).flat());
  await replaceMatchKeys(tx, gstId, goldenId, [...keys], formerIds);
}
