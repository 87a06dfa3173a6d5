/** Props of the patient's timeline of care across the GST's establishments. */
export interface PatientTimelineProps {
  patientId: string;
  /** Whether the viewer may read clinical detail (reasons, diagnoses, outcomes). */
  clinical: boolean;
}

/** The timeline of encounters across establishments (being built, issue #3). */
export function PatientTimeline({ patientId }: PatientTimelineProps) {
  return <div data-patient-id={patientId} />;
}
