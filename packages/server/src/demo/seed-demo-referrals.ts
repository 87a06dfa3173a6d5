import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { primaryCareTypes } from '@tansiq/domain';
import {
  findGstById,
  findWorkingCalendar,
  insertAppointmentsBulk,
  insertAuditEvent,
  insertEscalationsBulk,
  insertReferralEncountersBulk,
  insertReferralEventsBulk,
  insertReferralsBulk,
  insertRoleAssignment,
  insertUser,
  queryRows,
  setDocumentCounter,
  type Db,
  type Tx,
} from '@tansiq/db';
import { systemRequestId } from '../audit/system-request-id';
import { hashPassword } from '../auth/password';
import { demoPathwayEffectiveFrom } from './seed-demo-pathways';
import { planDemoReferrals, type DemoReferralWorld, type DemoSchedule } from './plan-demo-referrals';

/** Generated referrals per working day over the TTA demo (a year is about 9,000). */
export const DEMO_REFERRALS_PER_WORKING_DAY = 36;

const text = (value: unknown) => String(value);

/**
 * Generated accounts that wrote and handled the generated referrals: the care team of each origin centre and a
 * physician per destination. Nobody knows their password, and they are flagged demo.
 */
async function insertGeneratedStaff(
  tx: Tx,
  gstId: string,
  places: readonly { id: string; code: string; nameFr: string; role: 'nurse' | 'physician' }[],
): Promise<Map<string, { userId: string; displayName: string }>> {
  const staff = new Map<string, { userId: string; displayName: string }>();
  // A random password nobody knows: the accounts exist for the history's names, not to sign in.
  const passwordHash = await hashPassword(randomBytes(32).toString('hex'));
  for (const place of places) {
    const userId = randomUUID();
    const displayName =
      place.role === 'nurse' ? `Équipe soignante — ${place.nameFr}` : `Médecin du service — ${place.nameFr}`;
    await insertUser(tx, {
      id: userId,
      username: `demo.${place.role}.${place.code.toLowerCase()}`,
      displayName,
      email: null,
      passwordHash,
      locale: 'fr',
      homeGstId: gstId,
      isDemo: true,
    });
    await insertRoleAssignment(tx, {
      id: randomUUID(),
      userId,
      role: place.role,
      scopeLevel: 'establishment',
      gstId,
      provinceCode: null,
      establishmentId: place.id,
      validFrom: '2025-10-01',
      validTo: null,
      createdBy: null,
    });
    staff.set(place.id, { userId, displayName });
  }
  return staff;
}

async function loadWorld(db: Db, gstId: string, now: Date) {
  const registrations = await queryRows(
    db,
    sql`select r.patient_id, r.establishment_id from patient_registrations r
      join establishments e on e.gst_id = r.gst_id and e.id = r.establishment_id
      join patients p on p.gst_id = r.gst_id and p.id = r.patient_id and p.status = 'active'
      where r.gst_id = ${gstId} and e.status = 'active' and e.type = any(${sql.param([...primaryCareTypes])}::text[])
      order by r.id`,
  );
  const routes = await queryRows(
    db,
    sql`select m.id as map_id, m.specialty_code, o.origin_establishment_id, o.return_establishment_id,
        d.destination_establishment_id
      from pathway_maps m
      join pathway_origins o on o.gst_id = m.gst_id and o.map_id = m.id
      join pathway_destinations d on d.gst_id = o.gst_id and d.map_id = o.map_id
        and d.origin_establishment_id = o.origin_establishment_id
      where m.gst_id = ${gstId} and m.status = 'published'
      order by m.specialty_code, o.origin_establishment_id, d.rank`,
  );
  const providers = await queryRows(
    db,
    sql`select s.specialty_code, e.id, e.type from establishment_services s
      join establishments e on e.gst_id = s.gst_id and e.id = s.establishment_id
      where s.gst_id = ${gstId} and e.status = 'active' and e.type in ('HP', 'CHP', 'CHR', 'CHU', 'HS')`,
  );
  const schedules = await queryRows(
    db,
    sql`select id, establishment_id, specialty_code, weekday, start_time::text as start_time,
        end_time::text as end_time, slot_count, valid_from::text as valid_from
      from consultation_schedules where gst_id = ${gstId} and mode = 'in_person' order by id`,
  );
  const places = await queryRows(db, sql`select id, code, name_fr from establishments where gst_id = ${gstId}`);
  return { registrations, routes, providers, schedules, places, now };
}

/**
 * Seeds a year of referral activity over the TTA demo (issue #4 §10), so worklists, timers, escalations and the
 * pathway dashboards are alive on first start. Runs after the patients, services and pathway maps.
 */
export async function seedDemoReferrals(db: Db, gstId: string, now = new Date()): Promise<number> {
  const loaded = await loadWorld(db, gstId, now);
  const gst = await findGstById(db, gstId);
  const pathways = new Map<string, Map<string, { mapId: string; destinations: string[]; returnId: string }>>();
  for (const row of loaded.routes) {
    const bySpecialty = pathways.get(text(row.specialty_code)) ?? new Map();
    pathways.set(text(row.specialty_code), bySpecialty);
    const origin = text(row.origin_establishment_id);
    const entry = bySpecialty.get(origin) ?? {
      mapId: text(row.map_id),
      destinations: [],
      returnId: row.return_establishment_id ? text(row.return_establishment_id) : origin,
    };
    entry.destinations.push(text(row.destination_establishment_id));
    bySpecialty.set(origin, entry);
  }
  const providers = new Map<string, string[]>();
  const hospitalTypes = new Map<string, string>();
  for (const row of loaded.providers) {
    providers.set(text(row.specialty_code), [...(providers.get(text(row.specialty_code)) ?? []), text(row.id)]);
    hospitalTypes.set(text(row.id), text(row.type));
  }
  const schedules = new Map<string, DemoSchedule[]>();
  for (const row of loaded.schedules) {
    const key = `${text(row.establishment_id)}|${text(row.specialty_code)}`;
    schedules.set(key, [
      ...(schedules.get(key) ?? []),
      {
        id: text(row.id),
        weekday: Number(row.weekday),
        startTime: text(row.start_time).slice(0, 5),
        endTime: text(row.end_time).slice(0, 5),
        slotCount: Number(row.slot_count),
        validFrom: text(row.valid_from),
      },
    ]);
  }
  const placeById = new Map(
    loaded.places.map((row) => [text(row.id), { code: text(row.code), nameFr: text(row.name_fr) }]),
  );
  return db.transaction(async (tx) => {
    const origins = [...new Set(loaded.registrations.map((row) => text(row.establishment_id)))];
    const hospitals = [...hospitalTypes.keys()];
    const staffPlaces = [
      ...origins.map((id) => ({ id, role: 'nurse' as const, ...(placeById.get(id) ?? { code: id, nameFr: id }) })),
      ...hospitals.map((id) => ({
        id,
        role: 'physician' as const,
        ...(placeById.get(id) ?? { code: id, nameFr: id }),
      })),
    ];
    const staff = await insertGeneratedStaff(tx, gstId, staffPlaces);
    const nobody = { userId: randomUUID(), displayName: '—' };
    const world: DemoReferralWorld = {
      now,
      gstId,
      gstCode: gst?.code ?? 'GST-TTA',
      calendar: await findWorkingCalendar(tx, gstId),
      registrations: loaded.registrations.map((row) => ({
        patientId: text(row.patient_id),
        establishmentId: text(row.establishment_id),
      })),
      pathways,
      pathwaysEffectiveFrom: demoPathwayEffectiveFrom,
      providers,
      hospitalTypes,
      schedules,
      senderOf: (originId) => staff.get(originId)?.userId ?? nobody.userId,
      physicianOf: (destinationId) => staff.get(destinationId) ?? nobody,
    };
    const year = planDemoReferrals(world, DEMO_REFERRALS_PER_WORKING_DAY);
    await insertReferralsBulk(tx, gstId, year.records);
    await insertReferralEventsBulk(tx, gstId, year.events);
    await insertAppointmentsBulk(tx, gstId, year.appointments);
    await insertReferralEncountersBulk(tx, gstId, year.encounters);
    await insertEscalationsBulk(tx, gstId, year.escalations);
    for (const [yearNumber, value] of year.counters) {
      await setDocumentCounter(tx, gstId, 'referral', yearNumber, value);
    }
    await insertAuditEvent(tx, {
      actorUserId: null,
      actorRole: null,
      actorEstablishmentId: null,
      gstId,
      action: 'demo.seed.referrals',
      entityType: 'gst',
      entityId: gstId,
      patientId: null,
      purpose: 'demonstration',
      outcome: 'success',
      requestId: systemRequestId(),
      ip: null,
      details: { referrals: year.records.length, appointments: year.appointments.length, staff: staff.size },
    });
    return year.records.length;
  });
}
