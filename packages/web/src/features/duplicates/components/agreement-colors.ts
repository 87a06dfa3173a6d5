import type { FieldAgreement } from '@tansiq/domain';

/** Green agrees, amber is close, red differs; nothing to compare stays neutral. */
export const agreementColors: Record<FieldAgreement, string> = {
  agree: 'teal',
  partial: 'yellow',
  disagree: 'red',
  missing: 'gray',
};

/** The light background of a compared cell (Mantine's light variant of the colour). */
export const agreementBackground = (agreement: FieldAgreement): string | undefined =>
  agreement === 'missing' ? undefined : `var(--mantine-color-${agreementColors[agreement]}-light)`;
