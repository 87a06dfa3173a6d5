/** ISO date of today in Morocco's time zone (role assignments are valid per calendar day). */
export const todayInMorocco = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca' }).format(now);
