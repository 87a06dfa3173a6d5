// Built once: constructing an Intl formatter costs far more than formatting (this runs on every request).
const moroccoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca' });

/** ISO date of today in Morocco's time zone: role assignments are valid per calendar day there. */
export const todayInMorocco = (now = new Date()): string => moroccoDayFormat.format(now);

/** The day before today in Morocco: the last valid day of a role ended now. */
export function yesterdayInMorocco(now = new Date()): string {
  const today = new Date(`${todayInMorocco(now)}T12:00:00Z`);
  return new Date(today.getTime() - 86_400_000).toISOString().slice(0, 10);
}
