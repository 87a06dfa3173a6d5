import type { Role, ScopeLevel } from '@tansiq/domain';

/** The demonstration accounts, one per role, created only in demo mode (README lists them). */
export const demoPassword = 'tansiq-demo-2026';

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  scopeLevel: ScopeLevel;
  /** Region whose GST the role is held in; null for national roles. */
  regionCode: string | null;
  provinceCode?: string;
  /** Business code of the establishment the role is held at. */
  establishmentCode?: string;
  locale: 'fr' | 'ar' | 'en';
}

export const demoUsers: readonly DemoUser[] = [
  {
    username: 'admin.national',
    displayName: 'Nadia Bennani (admin nationale)',
    role: 'national_admin',
    scopeLevel: 'national',
    regionCode: null,
    locale: 'fr',
  },
  {
    username: 'directeur.tta',
    displayName: 'Karim El Idrissi (directeur GST TTA)',
    role: 'gst_director',
    scopeLevel: 'gst',
    regionCode: '01',
    locale: 'fr',
  },
  {
    username: 'admin.tta',
    displayName: 'Samira Ouazzani (admin GST TTA)',
    role: 'gst_admin',
    scopeLevel: 'gst',
    regionCode: '01',
    locale: 'fr',
  },
  {
    username: 'admin.chp.chefchaouen',
    displayName: 'Youssef Amrani (admin CHP Chefchaouen)',
    role: 'establishment_admin',
    scopeLevel: 'establishment',
    regionCode: '01',
    establishmentCode: 'TTA-H-022',
    locale: 'fr',
  },
  {
    username: 'medecin.chu',
    displayName: 'Dr Fatima Zahra Alaoui (CHU Tanger)',
    role: 'physician',
    scopeLevel: 'establishment',
    regionCode: '01',
    establishmentCode: 'TTA-H-001',
    locale: 'fr',
  },
  {
    username: 'infirmier.chefchaouen',
    displayName: 'Hicham Tahiri (infirmier)',
    role: 'nurse',
    scopeLevel: 'establishment',
    regionCode: '01',
    establishmentCode: 'TTA-H-022',
    locale: 'ar',
  },
  {
    username: 'infirmier.babtaza',
    displayName: 'Khadija Ait Ouahmane (infirmière, CSR Bab Taza)',
    role: 'nurse',
    scopeLevel: 'establishment',
    regionCode: '01',
    establishmentCode: 'TTA-P-0043',
    locale: 'fr',
  },
  {
    username: 'medecin.chp.chefchaouen',
    displayName: 'Dr Hicham Benjelloun (cardiologie, CHP Chefchaouen)',
    role: 'physician',
    scopeLevel: 'establishment',
    regionCode: '01',
    establishmentCode: 'TTA-H-022',
    locale: 'fr',
  },
  {
    username: 'secretaire.chp.chefchaouen',
    displayName: 'Salma Chraibi (secrétariat, CHP Chefchaouen)',
    role: 'secretary',
    scopeLevel: 'establishment',
    regionCode: '01',
    establishmentCode: 'TTA-H-022',
    locale: 'fr',
  },
  {
    username: 'secretaire.chr',
    displayName: 'Khadija Benjelloun (admissions CHR)',
    role: 'secretary',
    scopeLevel: 'establishment',
    regionCode: '01',
    establishmentCode: 'TTA-H-002',
    locale: 'fr',
  },
  {
    username: 'rh.tta',
    displayName: 'Rachid Berrada (RH GST TTA)',
    role: 'hr_officer',
    scopeLevel: 'gst',
    regionCode: '01',
    locale: 'fr',
  },
  {
    username: 'finance.tta',
    displayName: 'Meryem Chraibi (finances GST TTA)',
    role: 'finance_officer',
    scopeLevel: 'gst',
    regionCode: '01',
    locale: 'fr',
  },
  {
    username: 'analyste.tetouan',
    displayName: 'Omar Lahlou (analyste Tétouan)',
    role: 'analyst',
    scopeLevel: 'province',
    regionCode: '01',
    provinceCode: '01.571',
    locale: 'en',
  },
  {
    username: 'dpo.tta',
    displayName: 'Samira Ouazzani (déléguée à la protection des données, GST TTA)',
    role: 'data_protection_officer',
    scopeLevel: 'gst',
    regionCode: '01',
    locale: 'fr',
  },
  {
    username: 'admin.oriental',
    displayName: 'Aicha Mansouri (admin GST Oriental)',
    role: 'gst_admin',
    scopeLevel: 'gst',
    regionCode: '02',
    locale: 'fr',
  },
];
