import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '@tansiq/db';
import { buildEstablishment, buildUser, testPassword } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';
import { login, type TestContext } from '../testing/test-app';

/**
 * A small pyramid for the pathway tests, in Laâyoune-Sakia El Hamra (region 11): a map's coverage and nearest
 * destinations depend on every establishment of its GST, and each test file has a database of its own (a clone of the
 * template), so only this file's establishments are there. A rural centre, a proximity hospital and a provincial
 * hospital near Laâyoune, and a regional hospital at Es-Semara.
 */
export const pathwayTestRegion = '11';

export async function buildPyramid(db: Db, gstId: string) {
  const near = { provinceCode: '11.321', lon: -13.2, lat: 27.15 };
  return {
    csr: await buildEstablishment(db, gstId, {
      ...near,
      type: 'CSR-1',
      services: [{ specialtyCode: 'general_medicine', beds: 0 }],
    }),
    hp: await buildEstablishment(db, gstId, {
      ...near,
      lon: -13.21,
      type: 'HP',
      level: 'secondary',
      services: [{ specialtyCode: 'paediatrics', beds: 10 }],
    }),
    chp: await buildEstablishment(db, gstId, {
      ...near,
      lon: -13.24,
      type: 'CHP',
      level: 'secondary',
      services: [
        { specialtyCode: 'paediatrics', beds: 20 },
        { specialtyCode: 'cardiology', beds: 10 },
      ],
    }),
    chr: await buildEstablishment(db, gstId, {
      provinceCode: '11.221',
      lon: -11.67,
      lat: 26.74,
      type: 'CHR',
      level: 'tertiary',
      services: [
        { specialtyCode: 'paediatrics', beds: 40 },
        { specialtyCode: 'cardiology', beds: 20 },
      ],
    }),
  };
}

export async function sessionOf(
  context: TestContext,
  ...args: Parameters<typeof buildUser> extends [Db, ...infer Rest] ? Rest : never
) {
  const user = await buildUser(context.handle.db, ...args);
  return login(context.app, user.username, testPassword);
}

/** A referral sent on a route at a given time (the referral feature writes these; volumes only read them). */
export async function insertSentReferral(
  db: Db,
  gstId: string,
  route: { originId: string; destinationId: string; specialtyCode: string; sentAt: string; senderUserId: string },
) {
  const patient = await buildPatient(db, gstId);
  await db.execute(sql`insert into referrals (gst_id, id, number, patient_id, specialty_code, urgency, status, reason,
      clinical_summary, origin_establishment_id, sender_user_id, destination_establishment_id, return_establishment_id,
      off_pathway_justification, sent_at)
    values (${gstId}, ${randomUUID()}, ${`R-${randomUUID()}`}, ${patient.id}, ${route.specialtyCode}, 'routine', 'sent',
      'Avis spécialisé', 'Résumé clinique de test', ${route.originId}, ${route.senderUserId}, ${route.destinationId},
      ${route.originId}, 'Test', ${route.sentAt})`);
}
