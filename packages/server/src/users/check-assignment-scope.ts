import { validationFailed, type AssignmentInput } from '@tansiq/domain';
import { findEstablishmentById, findGstById, findProvince, type Executor } from '@tansiq/db';

/**
 * Checks that an assignment's scope points to real places: the GST exists, the province is in its region, the
 * establishment is in the GST.
 * @throws AppError validation_failed with the field path under `pathPrefix`.
 */
export async function checkAssignmentScope(
  executor: Executor,
  assignment: AssignmentInput,
  pathPrefix: (string | number)[],
): Promise<void> {
  if (assignment.gstId === null) {
    return;
  }
  const gst = await findGstById(executor, assignment.gstId);
  if (!gst) {
    throw validationFailed('Unknown GST', [{ path: [...pathPrefix, 'gstId'], message: 'Unknown GST' }]);
  }
  if (assignment.provinceCode !== null) {
    const province = await findProvince(executor, assignment.provinceCode);
    if (province?.regionCode !== gst.regionCode) {
      throw validationFailed('Unknown province', [
        { path: [...pathPrefix, 'provinceCode'], message: 'This province is not in the GST' },
      ]);
    }
  }
  if (assignment.establishmentId !== null) {
    const establishment = await findEstablishmentById(executor, assignment.establishmentId);
    if (establishment?.gstId !== gst.id) {
      throw validationFailed('Unknown establishment', [
        { path: [...pathPrefix, 'establishmentId'], message: 'This establishment is not in the GST' },
      ]);
    }
  }
}
