import { validationFailed, type FieldIssue, type PatientDemographics } from '@tansiq/domain';
import { findCommune, findEstablishmentById, type Executor } from '@tansiq/db';

/**
 * Checks what the schema cannot: the commune exists and the reference primary care centre is an establishment of the
 * patient's GST.
 * @throws AppError validation_failed with the paths (under `prefix`) of the unknown references.
 */
export async function checkPatientReferences(
  executor: Executor,
  gstId: string,
  state: Partial<PatientDemographics>,
  prefix: (string | number)[] = [],
): Promise<void> {
  const issues: FieldIssue[] = [];
  if (state.communeCode != null && !(await findCommune(executor, state.communeCode))) {
    issues.push({ path: [...prefix, 'communeCode'], message: `Unknown commune ${state.communeCode}` });
  }
  if (state.referenceEstablishmentId != null) {
    const establishment = await findEstablishmentById(executor, state.referenceEstablishmentId);
    if (establishment?.gstId !== gstId) {
      issues.push({ path: [...prefix, 'referenceEstablishmentId'], message: 'Unknown establishment in this GST' });
    }
  }
  if (issues.length > 0) {
    throw validationFailed('The input is not valid', issues);
  }
}
