import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { moroccoDay, seededRandom, teleexpertiseDueAt, type TeleexpertiseAnswerKind } from '@tansiq/domain';
import { findGstById, findWorkingCalendar, insertAuditEvent, nextDocumentNumber, queryRows, type Db } from '@tansiq/db';
import { systemRequestId } from '../audit/system-request-id';
import { formatDocumentNumber } from '../referrals/create-referral';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Demonstration questions and answers (synthetic text, not clinical guidance). */
const questions = [
  'Patient de 62 ans, diabétique, HTA mal contrôlée sous trithérapie. Faut-il adapter le traitement avant une consultation ?',
  'Souffle systolique découvert chez une femme de 40 ans, asymptomatique. ECG joint. Échographie nécessaire ?',
  'Enfant de 7 ans, toux chronique depuis 2 mois, radiographie thoracique jointe. Avis sur la conduite à tenir ?',
  'Lésion cutanée pigmentée évolutive de la jambe, photo jointe. Surveillance ou exérèse ?',
  'Grossesse de 28 SA, tension à 145/95 à deux reprises, pas de protéinurie. Quel suivi proposer ici ?',
  'Douleurs articulaires inflammatoires des mains depuis 3 mois, VS élevée. Bilan à compléter avant d’adresser ?',
  'Baisse de vision progressive chez un diabétique connu depuis 15 ans. Quel délai pour un fond d’œil ?',
  'Créatinine à 180 µmol/L chez un patient de 70 ans sous AINS au long cours. Conduite à tenir ?',
];
const answers: Record<TeleexpertiseAnswerKind, string[]> = {
  advice: [
    'Pas d’urgence. Adapter le traitement comme suit et contrôler dans un mois ; réadresser si pas d’amélioration.',
    'Examen rassurant. Surveillance simple au centre de santé, avec contrôle clinique à 3 mois.',
    'Compléter le bilan biologique proposé et me renvoyer les résultats par télé-expertise.',
  ],
  referral: [
    'Nécessite une consultation spécialisée : envoyez une référence, je la prendrai en priorité.',
    'Bilan à faire à l’hôpital : merci d’adresser la patiente par référence.',
  ],
  teleconsultation: [
    'Je propose une téléconsultation avec l’infirmier et le patient pour compléter l’examen.',
    'Une téléconsultation suffira : réservez un créneau, avec les résultats sous la main.',
  ],
};

interface DemoRequest {
  id: string;
  number: string;
  patientId: string;
  specialtyCode: string;
  question: string;
  status: 'open' | 'answered' | 'cancelled';
  askedAt: string;
  dueAt: string;
  answerKind: TeleexpertiseAnswerKind | null;
  answer: string | null;
  answeredAt: string | null;
}

const pick = <T>(list: readonly T[], random: () => number): T => {
  const value = list[Math.floor(random() * list.length)];
  if (value === undefined) {
    throw new Error('Empty demonstration list');
  }
  return value;
};

/** The demo accounts that ask (a nurse) and answer (a CHU physician); their establishments are the two ends. */
export const demoTeleexpertiseUsers = { asker: 'infirmier.chefchaouen', answerer: 'medecin.chu' };

/** The demo nurse's establishment (asks) and the demo physician's CHU (answers), with their users. */
async function findDemoPair(db: Db, gstId: string, users: typeof demoTeleexpertiseUsers) {
  const rows = await queryRows(
    db,
    sql`select u.username, u.id as user_id, ra.establishment_id from users u
      join role_assignments ra on ra.user_id = u.id and ra.gst_id = ${gstId}
      where u.username in (${users.asker}, ${users.answerer}) and ra.establishment_id is not null`,
  );
  const of = (username: string) => rows.find((row) => row.username === username);
  const asker = of(users.asker);
  const answerer = of(users.answerer);
  return asker && answerer
    ? {
        askerId: String(asker.user_id),
        originId: String(asker.establishment_id),
        answererId: String(answerer.user_id),
        destinationId: String(answerer.establishment_id),
      }
    : undefined;
}

/**
 * Seeds 40 tele-expertise requests of the last four months in the TTA demo: the demo nurse's hospital asks the demo
 * physician's CHU in the specialties it offers; most are answered (advice, referral to send, teleconsultation
 * proposed; each answer a care act), a few cancelled, the recent ones open (two of them overdue). Deterministic
 * choices; dates relative to `now`. Runs once.
 */
export async function seedDemoTeleexpertise(
  db: Db,
  gstId: string,
  now: Date = new Date(),
  users: typeof demoTeleexpertiseUsers = demoTeleexpertiseUsers,
): Promise<number> {
  const [existing] = await queryRows(
    db,
    sql`select 1 from teleexpertise_requests where gst_id = ${gstId} and is_demo limit 1`,
  );
  const pair = await findDemoPair(db, gstId, users);
  if (existing || !pair) {
    return 0;
  }
  const specialties = (
    await queryRows(
      db,
      sql`select specialty_code from establishment_services where gst_id = ${gstId}
        and establishment_id = ${pair.destinationId}
        and specialty_code not in ('emergency', 'radiology', 'laboratory', 'anaesthesia_icu') order by specialty_code`,
    )
  ).map((row) => String(row.specialty_code));
  const patients = (
    await queryRows(
      db,
      sql`select p.id from patients p where p.gst_id = ${gstId} and p.status = 'active'
        order by exists (select 1 from patient_registrations r where r.gst_id = p.gst_id and r.patient_id = p.id
          and r.establishment_id = ${pair.originId}) desc, p.regional_id limit 40`,
    )
  ).map((row) => String(row.id));
  if (specialties.length === 0 || patients.length === 0) {
    return 0;
  }
  const random = seededRandom(20_261_208);
  const calendar = await findWorkingCalendar(db, gstId);
  const gstCode = (await findGstById(db, gstId))?.code ?? 'GST';
  return db.transaction(async (tx) => {
    const rows: DemoRequest[] = [];
    for (let index = 0; index < 40; index += 1) {
      const askedAt = new Date(now.getTime() - (index < 4 ? index * 0.4 * DAY + HOUR : (3 + random() * 117) * DAY));
      const year = Number(moroccoDay(askedAt).slice(0, 4));
      const roll = random();
      const status: DemoRequest['status'] = index < 4 ? 'open' : roll < 0.06 ? 'cancelled' : 'answered';
      const kindRoll = random();
      const kind: TeleexpertiseAnswerKind =
        kindRoll < 0.55 ? 'advice' : kindRoll < 0.8 ? 'referral' : 'teleconsultation';
      const dueAt = teleexpertiseDueAt(askedAt, calendar);
      // Most answers come within the timer; about one in six comes late.
      const delay =
        random() < 0.17 ? dueAt.getTime() - askedAt.getTime() + (2 + random() * 40) * HOUR : (1 + random() * 30) * HOUR;
      const answeredAt = new Date(askedAt.getTime() + delay);
      const number = formatDocumentNumber(
        gstCode,
        'T',
        year,
        await nextDocumentNumber(tx, gstId, 'teleexpertise', year),
      );
      rows.push({
        id: randomUUID(),
        number,
        patientId: pick(patients, random),
        specialtyCode: pick(specialties, random),
        question: pick(questions, random),
        status,
        askedAt: askedAt.toISOString(),
        // Two of the open requests are already past their timer, to show the overdue flag.
        dueAt: (index < 2 ? new Date(now.getTime() - HOUR) : dueAt).toISOString(),
        answerKind: status === 'answered' ? kind : null,
        answer: status === 'answered' ? pick(answers[kind], random) : null,
        answeredAt: status === 'answered' ? answeredAt.toISOString() : null,
      });
    }
    const column = <Value>(pickValue: (row: DemoRequest) => Value) => sql.param(rows.map(pickValue));
    await tx.execute(
      sql`insert into teleexpertise_requests (gst_id, id, number, patient_id, specialty_code, requester_user_id,
          origin_establishment_id, destination_establishment_id, question, status, due_at, answer_kind, answer,
          answered_by, answered_at, is_demo, created_at)
        select ${gstId}, r.id, r.number, r.patient_id, r.specialty_code, ${pair.askerId}, ${pair.originId},
          ${pair.destinationId}, r.question, r.status, r.due_at, r.answer_kind, r.answer,
          case when r.status = 'answered' then ${pair.answererId}::uuid end, r.answered_at, true, r.asked_at
        from unnest(${column((row) => row.id)}::uuid[], ${column((row) => row.number)}::text[],
          ${column((row) => row.patientId)}::uuid[], ${column((row) => row.specialtyCode)}::text[],
          ${column((row) => row.question)}::text[], ${column((row) => row.status)}::text[],
          ${column((row) => row.dueAt)}::timestamptz[], ${column((row) => row.answerKind)}::text[],
          ${column((row) => row.answer)}::text[], ${column((row) => row.answeredAt)}::timestamptz[],
          ${column((row) => row.askedAt)}::timestamptz[])
          as r(id, number, patient_id, specialty_code, question, status, due_at, answer_kind, answer, answered_at,
            asked_at)`,
    );
    await tx.execute(
      sql`insert into care_acts (gst_id, id, kind, author_user_id, establishment_id, specialty_code, patient_id,
          source_type, source_id, performed_at)
        select ${gstId}, gen_random_uuid(), 'teleexpertise_answer', answered_by, destination_establishment_id,
          specialty_code, patient_id, 'teleexpertise', id, answered_at
        from teleexpertise_requests where gst_id = ${gstId} and is_demo and status = 'answered'`,
    );
    await insertAuditEvent(tx, {
      actorUserId: null,
      actorRole: null,
      actorEstablishmentId: null,
      gstId,
      action: 'demo.seed.teleexpertise',
      entityType: 'gst',
      entityId: gstId,
      patientId: null,
      purpose: 'demonstration',
      outcome: 'success',
      requestId: systemRequestId(),
      ip: null,
      details: { requests: rows.length },
    });
    return rows.length;
  });
}
