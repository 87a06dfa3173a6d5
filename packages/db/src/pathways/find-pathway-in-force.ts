import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { asText, queryRows } from '../lib/rows';

/** The row of one origin in the map in force, as the referral feature needs it. */
export interface PathwayInForce {
  mapId: string;
  version: number;
  effectiveFrom: string;
  origin: {
    maxDelayRoutineDays: number;
    maxDelayUrgentDays: number;
    maxDelayEmergencyHours: number;
    teleexpertiseFirst: boolean;
    /** Where the patient is sent back: the origin itself unless the map says otherwise. */
    returnEstablishmentId: string;
  };
  /** Rank 1 first. */
  destinations: { rank: number; establishmentId: string }[];
}

/**
 * The pathway of an origin establishment for a specialty on `day` (ISO date): its row in the published map with the
 * latest effective date not after the day. Undefined when no map is in force or the map has no row for the origin.
 */
export async function findPathwayInForce(
  executor: Executor,
  gstId: string,
  specialtyCode: string,
  originEstablishmentId: string,
  day: string,
): Promise<PathwayInForce | undefined> {
  const [row] = await queryRows(
    executor,
    sql`with in_force as (
        select m.gst_id, m.id, m.version, m.effective_from from pathway_maps m
        where m.gst_id = ${gstId} and m.specialty_code = ${specialtyCode} and m.status = 'published'
          and m.effective_from <= ${day}::date
        order by m.effective_from desc, m.version desc limit 1)
      select f.id, f.version, f.effective_from::text as effective_from, o.max_delay_routine_days,
        o.max_delay_urgent_days, o.max_delay_emergency_hours, o.teleexpertise_first,
        coalesce(o.return_establishment_id, o.origin_establishment_id) as return_establishment_id,
        coalesce((select json_agg(json_build_object('rank', d.rank, 'establishmentId', d.destination_establishment_id)
            order by d.rank)
          from pathway_destinations d where d.gst_id = o.gst_id and d.map_id = o.map_id
            and d.origin_establishment_id = o.origin_establishment_id), '[]'::json) as destinations
      from in_force f
      join pathway_origins o on o.gst_id = f.gst_id and o.map_id = f.id
        and o.origin_establishment_id = ${originEstablishmentId}`,
  );
  if (!row) {
    return undefined;
  }
  const destinations: unknown = typeof row.destinations === 'string' ? JSON.parse(row.destinations) : row.destinations;
  return {
    mapId: asText(row.id),
    version: Number(row.version),
    effectiveFrom: asText(row.effective_from),
    origin: {
      maxDelayRoutineDays: Number(row.max_delay_routine_days),
      maxDelayUrgentDays: Number(row.max_delay_urgent_days),
      maxDelayEmergencyHours: Number(row.max_delay_emergency_hours),
      teleexpertiseFirst: row.teleexpertise_first === true,
      returnEstablishmentId: asText(row.return_establishment_id),
    },
    destinations: (destinations as { rank: number; establishmentId: string }[]).map((destination) => ({
      rank: Number(destination.rank),
      establishmentId: asText(destination.establishmentId),
    })),
  };
}
