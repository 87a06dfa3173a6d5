/**
 * Opening hours in a small subset of OpenStreetMap's `opening_hours` syntax, so the registry can exchange them with
 * OSM-based directories: "24/7", or rules such as "Mo-Fr 08:30-16:30; Sa 08:30-12:00".
 */
const day = '(Mo|Tu|We|Th|Fr|Sa|Su|PH)';
const daySpec = `${day}(-${day})?(,${day}(-${day})?)*`;
const time = '([01][0-9]|2[0-4]):[0-5][0-9]';
const timeRange = `${time}-${time}`;
const rule = `${daySpec} (${timeRange}(,${timeRange})*|off)`;
const openingHoursPattern = new RegExp(`^(24/7|${rule}(; ${rule})*)$`);

export function isValidOpeningHours(value: string): boolean {
  if (!openingHoursPattern.test(value)) {
    return false;
  }
  // Each range must end after it starts (overnight ranges are written as two rules).
  const ranges = value.match(/\d{2}:\d{2}-\d{2}:\d{2}/g) ?? [];
  return ranges.every((range) => {
    const [start = '', end = ''] = range.split('-');
    return start < end;
  });
}
