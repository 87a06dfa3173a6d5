import type { Role, ScopeLevel } from '@tansiq/domain';

/** One role assignment as the form edits it. */
export interface AssignmentValues {
  key: string;
  role: Role;
  scopeLevel: ScopeLevel;
  gstId: string;
  provinceCode: string;
  establishmentId: string;
  establishmentLabel: string;
  validFrom: string;
  validTo: string;
}

let lastKey = 0;
const today = () => new Date().toISOString().slice(0, 10);

export const newAssignmentValues = (gstId: string): AssignmentValues => ({
  key: `assignment-${++lastKey}`,
  role: 'physician',
  scopeLevel: 'establishment',
  gstId,
  provinceCode: '',
  establishmentId: '',
  establishmentLabel: '',
  validFrom: today(),
  validTo: '',
});

const orNull = (value: string): string | null => (value === '' ? null : value);

/** The assignment input candidate: ids that do not apply to the scope level are sent as null. */
export function toAssignmentCandidate(values: AssignmentValues): Record<string, unknown> {
  return {
    role: values.role,
    scopeLevel: values.scopeLevel,
    gstId: values.scopeLevel === 'national' ? null : orNull(values.gstId),
    provinceCode: values.scopeLevel === 'province' ? orNull(values.provinceCode) : null,
    establishmentId: values.scopeLevel === 'establishment' ? orNull(values.establishmentId) : null,
    validFrom: values.validFrom,
    validTo: orNull(values.validTo),
  };
}
