import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows } from '../lib/rows';

/** The pathway map in force for a specialty on a day, seen from one origin establishment. */
export interface PathwayInForce {
  mapId: string;
  version: number;
  effectiveFrom: string;
  origin: {
    maxDelayRoutineDays: number;
    maxDelayUrgentDays: number;
    maxDelayEmergencyHours: number;
    teleexpertiseFirst: boolean;
    returnEstablishmentId: string | null;
  };
  destinations: { rank: number; establishmentId: string }[];
}

/**
 * The published pathway map with the latest effective date not after `day`, and the origin's row in it; undefined
 * when there is no map in force or the origin has no row.
 */
export async function findPathwayInForce(
  executor: Executor,
  gstId: string,
  specialtyCode: string,
  originEstablishmentId: string,
  day: string,
): Promise<PathwayInForce | undefined> {
  const [map] = await queryRows(
    executor,
    sql`select m.id, m.version, m.effective_from::text as effective_from, o.max_delay_routine_days,
        o.max_delay_urgent_days, o.max_delay_emergency_hours, o.teleexpertise_first, o.return_establishment_id
      from pathway_maps m
      join pathway_origins o on o.gst_id = m.gst_id and o.map_id = m.id
        and o.origin_establishment_id = ${originEstablishmentId}
      where m.gst_id = ${gstId} and m.specialty_code = ${specialtyCode} and m.status = 'published'
        and m.effective_from <= ${day}::date
        and m.id = (select id from pathway_maps where gst_id = ${gstId} and specialty_code = ${specialtyCode}
          and status = 'published' and effective_from <= ${day}::date order by effective_from desc, version desc limit 1)`,
  );
  if (!map) {
    return undefined;
  }
  const mapId = asText(map.id);
  const destinations = await queryRows(
    executor,
    sql`select rank, destination_establishment_id from pathway_destinations
      where gst_id = ${gstId} and map_id = ${mapId} and origin_establishment_id = ${originEstablishmentId}
      order by rank`,
  );
  return {
    mapId,
    version: Number(map.version),
    effectiveFrom: asText(map.effective_from),
    origin: {
      maxDelayRoutineDays: Number(map.max_delay_routine_days),
      maxDelayUrgentDays: Number(map.max_delay_urgent_days),
      maxDelayEmergencyHours: Number(map.max_delay_emergency_hours),
      teleexpertiseFirst: map.teleexpertise_first === true,
      returnEstablishmentId: asTextOrNull(map.return_establishment_id),
    },
    destinations: destinations.map((row) => ({
      rank: Number(row.rank),
      establishmentId: asText(row.destination_establishment_id),
    })),
  };
}

/** What a destination's service says about referrals: whether it takes them, direct booking, its head. */
export interface ReferralServiceOptions {
  offersSpecialty: boolean;
  acceptsReferrals: boolean;
  directBooking: boolean;
  headUserId: string | null;
}

/** The registry's and the directory's word on a service: offered at all, open to referrals, booking, head. */
export async function findReferralServiceOptions(
  executor: Executor,
  gstId: string,
  establishmentId: string,
  specialtyCode: string,
): Promise<ReferralServiceOptions> {
  const [row] = await queryRows(
    executor,
    sql`select exists (select 1 from establishment_services s where s.gst_id = ${gstId}
          and s.establishment_id = ${establishmentId} and s.specialty_code = ${specialtyCode}) as offers,
        d.accepts_referrals, d.direct_booking, d.head_user_id
      from (select 1) one
      left join service_directory_entries d on d.gst_id = ${gstId} and d.establishment_id = ${establishmentId}
        and d.specialty_code = ${specialtyCode}`,
  );
  return {
    offersSpecialty: row?.offers === true,
    acceptsReferrals: row?.accepts_referrals == null ? true : row.accepts_referrals === true,
    directBooking: row?.direct_booking === true,
    headUserId: asTextOrNull(row?.head_user_id),
  };
}
