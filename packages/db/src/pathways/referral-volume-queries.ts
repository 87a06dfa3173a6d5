import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { asText, queryRows } from '../lib/rows';

/**
 * Midnight of a day in Morocco (UTC+1 outside Ramadan; an hour off during it, which does not matter for yearly
 * volumes). A fixed offset rather than a time zone name: the embedded database may lack the time zone data.
 */
const moroccoMidnight = (day: string) => `${day}T00:00:00+01:00`;

/** Referrals sent on one origin → destination route. */
export interface ReferralRouteVolume {
  originEstablishmentId: string;
  destinationEstablishmentId: string;
  count: number;
}

/**
 * Referrals of a specialty sent in a period (ISO dates, both included, Morocco time), counted per origin →
 * destination route; drafts, never sent, are not counted.
 */
export async function referralVolumesByRoute(
  executor: Executor,
  gstId: string,
  specialtyCode: string,
  from: string,
  to: string,
): Promise<ReferralRouteVolume[]> {
  const rows = await queryRows(
    executor,
    sql`select r.origin_establishment_id, r.destination_establishment_id, count(*)::int as count
      from referrals r
      where r.gst_id = ${gstId} and r.specialty_code = ${specialtyCode} and r.sent_at is not null
        and r.sent_at >= ${moroccoMidnight(from)}::timestamptz
        and r.sent_at < ${moroccoMidnight(to)}::timestamptz + interval '1 day'
      group by r.origin_establishment_id, r.destination_establishment_id
      order by count desc, r.origin_establishment_id, r.destination_establishment_id`,
  );
  return rows.map((row) => ({
    originEstablishmentId: asText(row.origin_establishment_id),
    destinationEstablishmentId: asText(row.destination_establishment_id),
    count: Number(row.count),
  }));
}
