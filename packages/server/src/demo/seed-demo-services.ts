import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { addDays, directoryEstablishmentTypes, moroccanPublicHolidays, moroccoDay, seededRandom } from '@tansiq/domain';
import { insertAuditEvent, queryRows, replaceGstHolidays, type Db } from '@tansiq/db';
import { systemRequestId } from '../audit/system-request-id';

/** Services that see patients in the emergency room or on orders only: no consultation sessions, not referred to. */
const noConsultation = new Set(['emergency', 'radiology', 'laboratory', 'anaesthesia_icu']);

/** What a service receives referrals for (demonstration text, not clinical guidance). */
const criteriaBySpecialty: Readonly<Record<string, string>> = {
  cardiology: 'Insuffisance cardiaque, troubles du rythme, HTA résistante, souffle à explorer. Joindre un ECG.',
  paediatrics: 'Enfants de moins de 15 ans : retard de croissance, asthme non contrôlé, fièvre prolongée.',
  gynaecology_obstetrics: 'Grossesse à risque, saignements anormaux, masse pelvienne. Joindre la dernière échographie.',
  ophthalmology: 'Baisse de vision, rétinopathie diabétique (fond d’œil annuel), glaucome suspecté.',
  psychiatry: 'Troubles psychotiques, dépression sévère, risque suicidaire (appeler d’abord le service).',
  pneumology: 'Tuberculose à confirmer, BPCO, asthme sévère. Joindre la radiographie thoracique.',
  nephrology: 'Insuffisance rénale (DFG < 45), protéinurie, candidats à la dialyse.',
  endocrinology: 'Diabète déséquilibré malgré traitement, pathologies thyroïdiennes.',
  general_surgery: 'Hernies, lithiase biliaire, masses abdominales ; urgences par les urgences.',
  orthopaedics: 'Pathologie ostéo-articulaire chronique, suivi de fractures.',
  oncology: 'Cancer confirmé ou fortement suspecté, avec compte rendu d’anatomopathologie.',
};

const slotsBySpecialty = (specialtyCode: string, random: () => number) =>
  specialtyCode === 'psychiatry' || specialtyCode === 'oncology'
    ? 8 + Math.floor(random() * 3)
    : 10 + Math.floor(random() * 11);

interface DemoService {
  establishmentId: string;
  specialtyCode: string;
  beds: number;
}

function pickWeekdays(random: () => number, count: number): number[] {
  const days = [1, 2, 3, 4, 5];
  for (let index = days.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [days[index], days[other]] = [days[other] ?? 0, days[index] ?? 0];
  }
  return days.slice(0, count).sort();
}

/**
 * Seeds the TTA directory of services: an entry, 2 to 5 weekly sessions of 8 to 20 slots, beds available updated in
 * the last day for every service of the demo hospitals (HP, CHP, CHR, CHU, HS), a few closures in the coming weeks,
 * and the GST's public holidays of 2026 and 2027. Deterministic choices; dates relative to `now`. Runs once.
 */
export async function seedDemoServices(
  db: Db,
  gstId: string,
  now: Date = new Date(),
): Promise<{ seeded: boolean; services: number; schedules: number }> {
  const [existing] = await queryRows(
    db,
    sql`select 1 from service_directory_entries d
      join establishments e on e.gst_id = d.gst_id and e.id = d.establishment_id
      where d.gst_id = ${gstId} and e.is_demo limit 1`,
  );
  if (existing) {
    return { seeded: false, services: 0, schedules: 0 };
  }
  const rows = await queryRows(
    db,
    sql`select s.establishment_id, s.specialty_code, s.beds from establishment_services s
      join establishments e on e.gst_id = s.gst_id and e.id = s.establishment_id
      where s.gst_id = ${gstId} and e.is_demo and e.status <> 'closed'
        and e.type = any(${sql.param([...directoryEstablishmentTypes])}::text[])
      order by e.code, s.specialty_code`,
  );
  const services: DemoService[] = rows
    .map((row) => ({
      establishmentId: String(row.establishment_id),
      specialtyCode: String(row.specialty_code),
      beds: Number(row.beds),
    }))
    .filter((service) => !noConsultation.has(service.specialtyCode));
  const random = seededRandom(20_261_207);
  const today = moroccoDay(now);
  const entries = services.map((service) => ({
    ...service,
    acceptsReferrals: random() > 0.05,
    directBooking: random() < 0.3,
    teleexpertise: random() < 0.4,
    teleconsultation: random() < 0.2,
    criteria: criteriaBySpecialty[service.specialtyCode] ?? null,
  }));
  const schedules = entries.flatMap((entry) =>
    pickWeekdays(random, 2 + Math.floor(random() * 4)).map((weekday, index) => {
      const afternoon = random() < 0.3;
      return {
        id: randomUUID(),
        establishmentId: entry.establishmentId,
        specialtyCode: entry.specialtyCode,
        weekday,
        startTime: afternoon ? '14:00' : '08:30',
        endTime: afternoon ? '16:30' : '12:30',
        slotCount: slotsBySpecialty(entry.specialtyCode, random),
        mode: entry.teleconsultation && index === 0 ? 'teleconsultation' : 'in_person',
      };
    }),
  );
  const closures = entries
    .filter(() => random() < 0.06)
    .map((entry) => {
      const start = addDays(today, 3 + Math.floor(random() * 20));
      return { ...entry, id: randomUUID(), fromDate: start, toDate: addDays(start, Math.floor(random() * 5)) };
    });
  const beds = services
    .filter((service) => service.beds > 0)
    .map((service) => ({
      ...service,
      available: Math.floor(random() * Math.max(1, service.beds * 0.35)),
      updatedAt: new Date(now.getTime() - Math.floor((10 + random() * 1200) * 60_000)).toISOString(),
    }));
  const column = <Row, Value>(list: Row[], pick: (row: Row) => Value) => sql.param(list.map(pick));

  await db.transaction(async (tx) => {
    await tx.execute(
      sql`insert into service_directory_entries (gst_id, establishment_id, specialty_code, accepts_referrals, criteria,
          direct_booking, offers_teleexpertise, offers_teleconsultation)
        select ${gstId}, * from unnest(${column(entries, (e) => e.establishmentId)}::uuid[],
          ${column(entries, (e) => e.specialtyCode)}::text[], ${column(entries, (e) => e.acceptsReferrals)}::boolean[],
          ${column(entries, (e) => e.criteria)}::text[], ${column(entries, (e) => e.directBooking)}::boolean[],
          ${column(entries, (e) => e.teleexpertise)}::boolean[], ${column(entries, (e) => e.teleconsultation)}::boolean[])`,
    );
    await tx.execute(
      sql`insert into consultation_schedules (gst_id, id, establishment_id, specialty_code, weekday, start_time, end_time,
          slot_count, mode, valid_from)
        select ${gstId}, *, '2025-06-01'::date from unnest(${column(schedules, (s) => s.id)}::uuid[],
          ${column(schedules, (s) => s.establishmentId)}::uuid[], ${column(schedules, (s) => s.specialtyCode)}::text[],
          ${column(schedules, (s) => s.weekday)}::int[], ${column(schedules, (s) => s.startTime)}::time[],
          ${column(schedules, (s) => s.endTime)}::time[], ${column(schedules, (s) => s.slotCount)}::int[],
          ${column(schedules, (s) => s.mode)}::text[])`,
    );
    if (closures.length > 0) {
      await tx.execute(
        sql`insert into consultation_closures (gst_id, id, establishment_id, specialty_code, from_date, to_date, reason)
          select ${gstId}, *, 'Congés du service (démonstration)' from unnest(${column(closures, (c) => c.id)}::uuid[],
            ${column(closures, (c) => c.establishmentId)}::uuid[], ${column(closures, (c) => c.specialtyCode)}::text[],
            ${column(closures, (c) => c.fromDate)}::date[], ${column(closures, (c) => c.toDate)}::date[])`,
      );
    }
    await tx.execute(
      sql`insert into bed_availability (gst_id, establishment_id, specialty_code, beds_available, updated_at)
        select ${gstId}, * from unnest(${column(beds, (b) => b.establishmentId)}::uuid[],
          ${column(beds, (b) => b.specialtyCode)}::text[], ${column(beds, (b) => b.available)}::int[],
          ${column(beds, (b) => b.updatedAt)}::timestamptz[])`,
    );
    await replaceGstHolidays(
      tx,
      gstId,
      [2026, 2027],
      [...moroccanPublicHolidays(2026), ...moroccanPublicHolidays(2027)],
    );
    await insertAuditEvent(tx, {
      actorUserId: null,
      actorRole: null,
      actorEstablishmentId: null,
      gstId,
      action: 'demo.seed_services',
      entityType: 'gst',
      entityId: gstId,
      patientId: null,
      purpose: 'demonstration',
      outcome: 'success',
      requestId: systemRequestId(),
      ip: null,
      details: { services: entries.length, schedules: schedules.length, closures: closures.length },
    });
  });
  return { seeded: true, services: entries.length, schedules: schedules.length };
}
