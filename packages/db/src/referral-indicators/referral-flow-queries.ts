import { sql } from 'drizzle-orm';
import type { ReferralFlows } from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull } from '../lib/rows';
import { analyticalRows } from './analytical-rows';
import { selectionWhere, sideJoin, type IndicatorSelection } from './indicator-filters';

/**
 * Referrals sent in a selection per origin → destination route, with both ends' names and coordinates for the flow
 * map (busiest first). Like the pathway maps' volumes, but over every specialty and with the indicators' filters.
 */
export async function referralFlows(
  executor: Executor,
  selection: IndicatorSelection,
): Promise<ReferralFlows['routes']> {
  const rows = await analyticalRows(
    executor,
    sql`with routes as (
        select r.origin_establishment_id as origin_id, r.destination_establishment_id as destination_id,
          count(*)::int as referrals, count(r.pathway_rank)::int as in_pathway
        from referrals r ${sideJoin('r', selection, null)}
        where ${selectionWhere('r', 'sent_at', selection)}
        group by 1, 2)
      select routes.*, o.name_fr as origin_name_fr, o.name_ar as origin_name_ar, o.lon as origin_lon,
        o.lat as origin_lat, d.name_fr as destination_name_fr, d.name_ar as destination_name_ar,
        d.lon as destination_lon, d.lat as destination_lat
      from routes
        join establishments o on o.gst_id = ${selection.gstId} and o.id = routes.origin_id
        join establishments d on d.gst_id = ${selection.gstId} and d.id = routes.destination_id
      order by referrals desc, origin_id, destination_id`,
  );
  const end = (row: Record<string, unknown>, prefix: 'origin' | 'destination') => ({
    id: asText(row[`${prefix}_id`]),
    nameFr: asText(row[`${prefix}_name_fr`]),
    nameAr: asTextOrNull(row[`${prefix}_name_ar`]),
    lon: Number(row[`${prefix}_lon`]),
    lat: Number(row[`${prefix}_lat`]),
  });
  return rows.map((row) => ({
    origin: end(row, 'origin'),
    destination: end(row, 'destination'),
    referrals: Number(row.referrals),
    inPathway: Number(row.in_pathway),
  }));
}
