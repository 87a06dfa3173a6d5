/** Props of the break-the-glass dialog: the patient to open, and what to do once access started. */
export interface BreakGlassDialogProps {
  patientId: string;
  opened: boolean;
  onClose: () => void;
  onStarted: () => void;
}

/** Asks for a reason code and text, then starts a 4-hour access (being built, issue #3). */
export function BreakGlassDialog({ opened }: BreakGlassDialogProps) {
  return opened ? <div /> : null;
}
