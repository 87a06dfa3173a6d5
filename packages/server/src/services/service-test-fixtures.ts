import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Role } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import { login, type TestContext, type TestSession } from '../testing/test-app';
import { buildEstablishment, buildUser, gstOf, testPassword, unique } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';

/** A TTA hospital with two services, a hospital of another GST, and a session per role that matters. */
export async function buildServiceWorld(context: TestContext) {
  const db = context.handle.db;
  const tta = await gstOf(db, '01');
  const oriental = await gstOf(db, '02');
  const hospital = await buildEstablishment(db, tta.id, {
    type: 'CHP',
    level: 'secondary',
    nameFr: `CHP de test ${unique()}`,
    services: [
      { specialtyCode: 'cardiology', beds: 12 },
      { specialtyCode: 'paediatrics', beds: 20 },
    ],
  });
  const otherHospital = await buildEstablishment(db, tta.id, {
    type: 'HP',
    level: 'secondary',
    services: [{ specialtyCode: 'cardiology', beds: 4 }],
  });
  const healthCentre = await buildEstablishment(db, tta.id);
  const orientalHospital = await buildEstablishment(db, oriental.id, {
    type: 'CHR',
    level: 'tertiary',
    provinceCode: '02.411',
    lon: -1.9086,
    lat: 34.6814,
    services: [{ specialtyCode: 'cardiology', beds: 30 }],
  });
  const at = async (role: Role, establishmentId: string, gstId = tta.id): Promise<TestSession> => {
    const user = await buildUser(db, role, { scopeLevel: 'establishment', gstId, establishmentId });
    return login(context.app, user.username, testPassword);
  };
  const gstRole = async (role: Role, gstId = tta.id): Promise<TestSession> => {
    const user = await buildUser(db, role, { scopeLevel: 'gst', gstId });
    return login(context.app, user.username, testPassword);
  };
  return {
    tta,
    oriental,
    hospital,
    otherHospital,
    healthCentre,
    orientalHospital,
    hospitalAdmin: await at('establishment_admin', hospital.id),
    otherHospitalAdmin: await at('establishment_admin', otherHospital.id),
    physician: await at('physician', hospital.id),
    nurse: await at('nurse', hospital.id),
    secretary: await at('secretary', hospital.id),
    gstAdmin: await gstRole('gst_admin'),
    director: await gstRole('gst_director'),
    orientalAdmin: await gstRole('gst_admin', oriental.id),
  };
}

/** A booked appointment on a slot (the referral feature writes them; tests need one). */
export async function bookSlot(
  db: Db,
  gstId: string,
  slot: { establishmentId: string; specialtyCode: string; scheduleId: string; sessionDate: string; slotIndex: number },
  times: { startsAt: string; endsAt: string },
): Promise<void> {
  const patient = await buildPatient(db, gstId);
  await db.execute(
    sql`insert into appointments (gst_id, id, patient_id, establishment_id, specialty_code, schedule_id, session_date,
        slot_index, starts_at, ends_at, mode, status)
      values (${gstId}, ${randomUUID()}, ${patient.id}, ${slot.establishmentId}, ${slot.specialtyCode},
        ${slot.scheduleId}, ${slot.sessionDate}, ${slot.slotIndex}, ${times.startsAt}, ${times.endsAt}, 'in_person',
        'booked')`,
  );
}

/** Referrals waiting for an appointment at a service (status accepted). */
export async function acceptedReferrals(
  db: Db,
  gstId: string,
  destination: { establishmentId: string; specialtyCode: string },
  origin: { establishmentId: string; senderUserId: string },
  count: number,
): Promise<void> {
  const patient = await buildPatient(db, gstId);
  for (let index = 0; index < count; index += 1) {
    await db.execute(
      sql`insert into referrals (gst_id, id, number, patient_id, specialty_code, urgency, status, reason,
          clinical_summary, origin_establishment_id, sender_user_id, destination_establishment_id,
          return_establishment_id, off_pathway_justification, sent_at)
        values (${gstId}, ${randomUUID()}, ${`REF-${unique()}`}, ${patient.id}, ${destination.specialtyCode},
          'routine', 'accepted', 'Douleur thoracique', 'Résumé clinique de test', ${origin.establishmentId},
          ${origin.senderUserId}, ${destination.establishmentId}, ${origin.establishmentId}, 'Test', now())`,
    );
  }
}
