/** Props of the banner shown while a record is open under break-the-glass. */
export interface BreakGlassBannerProps {
  patientId: string;
  expiresAt: string;
  onEnded: () => void;
}

/** Warns that the access is exceptional and audited, with its expiry and an "end access" button (being built). */
export function BreakGlassBanner({ expiresAt }: BreakGlassBannerProps) {
  return <div>{expiresAt}</div>;
}
