/** What every step modal receives from the actions bar. */
export interface StepModalOf {
  /** The version of the referral the user saw. */
  version: number;
  pending: boolean;
  /** The server's refusal: the raw error (field issues) and its message in words. */
  error: { raw: unknown; message: string | null };
  onSubmit: (body: { version: number } & Record<string, unknown>) => void;
  onClose: () => void;
}
