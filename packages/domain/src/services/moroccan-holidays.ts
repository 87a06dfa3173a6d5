import type { GstHoliday } from './service-directory';

/**
 * Morocco's public holidays for 2026 and 2027, to start a GST's calendar. The fixed ones are set by law; the religious
 * ones follow the Hijri calendar and are announced after the moon sighting, so their dates here are estimates marked
 * "à confirmer": the GST administrator corrects them.
 */
const fixedHolidays: readonly { monthDay: string; name: string }[] = [
  { monthDay: '01-01', name: 'Nouvel an' },
  { monthDay: '01-11', name: "Manifeste de l'indépendance" },
  { monthDay: '01-14', name: 'Nouvel an amazigh (Yennayer)' },
  { monthDay: '05-01', name: 'Fête du travail' },
  { monthDay: '07-30', name: 'Fête du Trône' },
  { monthDay: '08-14', name: 'Allégeance Oued Eddahab' },
  { monthDay: '08-20', name: 'Révolution du Roi et du peuple' },
  { monthDay: '08-21', name: 'Fête de la jeunesse' },
  { monthDay: '11-06', name: 'Marche verte' },
  { monthDay: '11-18', name: "Fête de l'indépendance" },
];

const religiousHolidays: Readonly<Record<number, readonly { day: string; name: string }[]>> = {
  2026: [
    { day: '2026-03-20', name: 'Aïd al-Fitr (à confirmer)' },
    { day: '2026-03-21', name: 'Aïd al-Fitr, 2e jour (à confirmer)' },
    { day: '2026-05-27', name: 'Aïd al-Adha (à confirmer)' },
    { day: '2026-05-28', name: 'Aïd al-Adha, 2e jour (à confirmer)' },
    { day: '2026-06-16', name: '1er Moharram (à confirmer)' },
    { day: '2026-08-25', name: 'Aïd al-Mawlid (à confirmer)' },
    { day: '2026-08-26', name: 'Aïd al-Mawlid, 2e jour (à confirmer)' },
  ],
  2027: [
    { day: '2027-03-10', name: 'Aïd al-Fitr (à confirmer)' },
    { day: '2027-03-11', name: 'Aïd al-Fitr, 2e jour (à confirmer)' },
    { day: '2027-05-17', name: 'Aïd al-Adha (à confirmer)' },
    { day: '2027-05-18', name: 'Aïd al-Adha, 2e jour (à confirmer)' },
    { day: '2027-06-06', name: '1er Moharram (à confirmer)' },
    { day: '2027-08-15', name: 'Aïd al-Mawlid (à confirmer)' },
    { day: '2027-08-16', name: 'Aïd al-Mawlid, 2e jour (à confirmer)' },
  ],
};

/** The years for which `moroccanPublicHolidays` knows the religious holidays. */
export const knownHolidayYears: readonly number[] = [2026, 2027];

/** Morocco's public holidays of a year, in date order (religious ones only for `knownHolidayYears`). */
export function moroccanPublicHolidays(year: number): GstHoliday[] {
  return [
    ...fixedHolidays.map((holiday) => ({ day: `${year}-${holiday.monthDay}`, name: holiday.name })),
    ...(religiousHolidays[year] ?? []),
  ].sort((a, b) => a.day.localeCompare(b.day));
}
