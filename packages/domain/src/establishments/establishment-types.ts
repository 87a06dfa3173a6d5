/**
 * Establishment types of the Moroccan care offer (décret 2-14-562; ../shared/DOMAIN.md §4).
 * Codes are stable identifiers used in the database, the API and CSV files; labels live in the web translations.
 */
export const establishmentTypes = [
  'DR', // dispensaire rural
  'CSR-1', // centre de santé rural, niveau 1
  'CSR-2', // centre de santé rural, niveau 2 (with a birthing unit)
  'CSU-1', // centre de santé urbain, niveau 1
  'CSU-2', // centre de santé urbain, niveau 2 (lab or imaging)
  'UMP', // urgences médicales de proximité
  'HP', // hôpital de proximité
  'CHP', // centre hospitalier provincial / préfectoral (CHP / CHPr)
  'CHR', // centre hospitalier régional
  'CHU', // centre hospitalier universitaire
  'HS', // hôpital spécialisé (psychiatric, oncology, mother-and-child…)
  'CPC', // clinique privée conventionnée (private partner under convention)
] as const;
export type EstablishmentType = (typeof establishmentTypes)[number];

export const careLevels = ['primary', 'secondary', 'tertiary'] as const;
export type CareLevel = (typeof careLevels)[number];

export const establishmentStatuses = ['active', 'planned', 'closed'] as const;
export type EstablishmentStatus = (typeof establishmentStatuses)[number];

/** Primary care establishments (ESSP): the RESSP network. */
export const primaryCareTypes: readonly EstablishmentType[] = ['DR', 'CSR-1', 'CSR-2', 'CSU-1', 'CSU-2', 'UMP'];

/** The care level a type normally sits at; HS and CPC may sit at several, so the registry stores the level too. */
export const defaultCareLevel: Record<EstablishmentType, CareLevel> = {
  DR: 'primary',
  'CSR-1': 'primary',
  'CSR-2': 'primary',
  'CSU-1': 'primary',
  'CSU-2': 'primary',
  UMP: 'primary',
  HP: 'secondary',
  CHP: 'secondary',
  CHR: 'tertiary',
  CHU: 'tertiary',
  HS: 'secondary',
  CPC: 'secondary',
};

/** Care levels each type may be registered at. */
export const allowedCareLevels: Record<EstablishmentType, readonly CareLevel[]> = {
  DR: ['primary'],
  'CSR-1': ['primary'],
  'CSR-2': ['primary'],
  'CSU-1': ['primary'],
  'CSU-2': ['primary'],
  UMP: ['primary'],
  HP: ['secondary'],
  CHP: ['secondary'],
  CHR: ['tertiary'],
  CHU: ['tertiary'],
  HS: ['secondary', 'tertiary'],
  CPC: ['primary', 'secondary', 'tertiary'],
};

/**
 * Rank in the hospital pyramid (ESSP 1, HP 2, CHP 3, CHR 4, CHU 5); used later to route referrals "up" a level.
 * Specialised hospitals and private clinics take the rank of their care level.
 */
export function establishmentRank(type: EstablishmentType, level: CareLevel): number {
  switch (type) {
    case 'HP':
      return 2;
    case 'CHP':
      return 3;
    case 'CHR':
      return 4;
    case 'CHU':
      return 5;
    case 'HS':
    case 'CPC':
      return level === 'primary' ? 1 : level === 'secondary' ? 3 : 4;
    default:
      return 1;
  }
}
