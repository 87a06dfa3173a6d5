import { randomUUID } from 'node:crypto';
import {
  addDays,
  isoWeekday,
  moroccoDay,
  moroccoInstant,
  pickTimerSetting,
  seededRandom,
  timerDueAt,
  type ReferralRecord,
  type ReferralStatus,
  type ReferralUrgency,
  type WorkingCalendar,
} from '@tansiq/domain';
import type { AppointmentRow, ReferralEncounterRow, ReferralEventRow } from '@tansiq/db';
import { demoClinicalSummary, demoReferralReasons } from './demo-referral-texts';

/** What the demo year is generated from: the seeded registry, patients, pathway maps and consultation sessions. */
export interface DemoReferralWorld {
  now: Date;
  gstId: string;
  gstCode: string;
  calendar: WorkingCalendar;
  /** Patients registered at primary care centres: the people who get referred, and from where. */
  registrations: readonly { patientId: string; establishmentId: string }[];
  /** Per specialty and origin: the map in force and its destinations, rank 1 first. */
  pathways: ReadonlyMap<string, ReadonlyMap<string, { mapId: string; destinations: string[]; returnId: string }>>;
  pathwaysEffectiveFrom: string;
  /** Per specialty: the establishments that offer it (for referrals outside a pathway). */
  providers: ReadonlyMap<string, readonly string[]>;
  hospitalTypes: ReadonlyMap<string, string>;
  schedules: ReadonlyMap<string, readonly DemoSchedule[]>;
  senderOf: (originId: string) => string;
  physicianOf: (destinationId: string) => { userId: string; displayName: string };
}

export interface DemoSchedule {
  id: string;
  weekday: number;
  startTime: string;
  endTime: string;
  slotCount: number;
  validFrom: string;
}

/** The generated year: rows for every table the loop writes. */
export interface DemoReferralYear {
  records: ReferralRecord[];
  events: ReferralEventRow[];
  appointments: AppointmentRow[];
  encounters: ReferralEncounterRow[];
  escalations: { referralId: string; timer: string; dueAt: string }[];
  counters: Map<number, number>;
}

/** Share of referrals per specialty (the demo maps' specialties), and the months when each peaks. */
const specialtyMix: readonly [string, number, readonly number[]][] = [
  ['gynaecology_obstetrics', 20, []],
  ['cardiology', 15, [12, 1, 2]],
  ['paediatrics', 15, [11, 12, 1, 2]],
  ['general_surgery', 12, [7, 8]],
  ['ophthalmology', 11, []],
  ['internal_medicine', 12, [12, 1, 2]],
  ['endocrinology', 9, [4]],
  ['psychiatry', 6, [10, 11]],
];

/** Median days from sending to the appointment, by destination type (longer at the CHU). */
const medianWaitDays: Record<string, number> = { CHU: 26, CHR: 19, CHP: 11, HP: 8, HS: 14, CPC: 6 };

const DAY = 86_400_000;
const HOUR = 3_600_000;

function pickWeighted<T>(items: readonly (readonly [T, number])[], random: () => number): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random() * total;
  for (const [item, weight] of items) {
    draw -= weight;
    if (draw <= 0) {
      return item;
    }
  }
  const last = items[items.length - 1];
  if (!last) {
    throw new Error('Nothing to pick from');
  }
  return last[0];
}

const logNormal = (median: number, sigma: number, random: () => number) => {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return median * Math.exp(sigma * normal);
};

/** Takes the next free slot on or after `day` in the service's sessions (counting slots per session). */
function takeSlot(
  schedules: readonly DemoSchedule[],
  taken: Map<string, number>,
  day: string,
): { schedule: DemoSchedule; sessionDate: string; slotIndex: number; startsAt: Date; endsAt: Date } | undefined {
  for (let offset = 0; offset < 90; offset++) {
    const date = addDays(day, offset);
    for (const schedule of schedules) {
      if (schedule.weekday !== isoWeekday(date) || schedule.validFrom > date) {
        continue;
      }
      const key = `${schedule.id}|${date}`;
      const used = taken.get(key) ?? 0;
      if (used < schedule.slotCount) {
        taken.set(key, used + 1);
        const start = moroccoInstant(date, schedule.startTime).getTime();
        const length = (moroccoInstant(date, schedule.endTime).getTime() - start) / schedule.slotCount;
        return {
          schedule,
          sessionDate: date,
          slotIndex: used,
          startsAt: new Date(start + used * length),
          endsAt: new Date(start + (used + 1) * length),
        };
      }
    }
  }
  return undefined;
}

/** How many referrals are sent on a day: weekdays only (a few on Saturdays), with the specialty's season. */
function dailyCount(day: string, perWorkingDay: number, random: () => number): number {
  const weekday = isoWeekday(day);
  const factor = weekday === 7 ? 0.02 : weekday === 6 ? 0.1 : 1;
  const month = Number(day.slice(5, 7));
  const summer = month === 8 ? 0.8 : 1;
  const expected = perWorkingDay * factor * summer;
  return Math.floor(expected + random());
}

/**
 * Generates a year of plausible referral activity up to `world.now` (issue #4 §10): per working day a few dozen
 * referrals from primary care, mostly along the pathway map in force, with realistic delays; the loop stops where
 * today is, so recent referrals wait in every worklist. Deterministic for a seed.
 */
export function planDemoReferrals(world: DemoReferralWorld, perWorkingDay: number, seed = 2026): DemoReferralYear {
  const random = seededRandom(seed);
  const year: DemoReferralYear = {
    records: [],
    events: [],
    appointments: [],
    encounters: [],
    escalations: [],
    counters: new Map(),
  };
  const taken = new Map<string, number>();
  const today = moroccoDay(world.now);
  for (let offset = 365; offset >= 0; offset--) {
    const day = addDays(today, -offset);
    const count = dailyCount(day, perWorkingDay, random);
    for (let index = 0; index < count; index++) {
      const month = Number(day.slice(5, 7));
      const specialty = pickWeighted(
        specialtyMix.map(([code, weight, peaks]) => [code, peaks.includes(month) ? weight * 1.4 : weight] as const),
        random,
      );
      planOne(world, year, taken, { day, specialty }, random);
    }
  }
  return year;
}

interface Step {
  action: string;
  to: ReferralStatus;
  at: number;
  by: 'sender' | 'destination';
  details?: Record<string, unknown>;
}

function planOne(
  world: DemoReferralWorld,
  year: DemoReferralYear,
  taken: Map<string, number>,
  what: { day: string; specialty: string },
  random: () => number,
): void {
  const registration = world.registrations[Math.floor(random() * world.registrations.length)];
  if (!registration) {
    return;
  }
  const origin = registration.establishmentId;
  const inForce = what.day >= world.pathwaysEffectiveFrom ? world.pathways.get(what.specialty)?.get(origin) : undefined;
  const providers = (world.providers.get(what.specialty) ?? []).filter((id) => id !== origin);
  const draw = random();
  const destinations = inForce?.destinations ?? [];
  const rank = inForce && draw < 0.84 ? 1 : inForce && draw < 0.93 && destinations.length > 1 ? 2 : null;
  const destination =
    rank !== null ? destinations[rank - 1] : providers[Math.floor(random() * Math.max(providers.length, 1))];
  if (!destination) {
    return;
  }
  const urgencyDraw = random();
  const urgency: ReferralUrgency = urgencyDraw < 0.03 ? 'emergency' : urgencyDraw < 0.2 ? 'urgent' : 'routine';
  const sentAt = moroccoInstant(
    what.day,
    `${String(8 + Math.floor(random() * 8)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`,
  );
  if (sentAt.getTime() > world.now.getTime()) {
    return;
  }
  const setting = pickTimerSetting([], urgency, what.specialty);
  const number = (year.counters.get(sentAt.getUTCFullYear()) ?? 0) + 1;
  year.counters.set(sentAt.getUTCFullYear(), number);
  const reasons = demoReferralReasons[what.specialty] ?? ['Avis spécialisé'];
  const id = randomUUID();
  const alternatives = providers.filter((id) => id !== destination);
  const steps = planSteps(world, urgency, { destination, alternatives }, sentAt.getTime(), random);
  const record: ReferralRecord = {
    gstId: world.gstId,
    id,
    number: `${world.gstCode.replace(/^GST-/, '')}-R${String(sentAt.getUTCFullYear() % 100).padStart(2, '0')}-${String(number).padStart(6, '0')}`,
    patientId: registration.patientId,
    specialtyCode: what.specialty,
    urgency,
    status: 'sent',
    reason: reasons[Math.floor(random() * reasons.length)] ?? 'Avis spécialisé',
    clinicalSummary: demoClinicalSummary,
    originEstablishmentId: origin,
    senderUserId: world.senderOf(origin),
    destinationEstablishmentId: destination,
    returnEstablishmentId: inForce?.returnId ?? origin,
    pathwayMapId: inForce?.mapId ?? null,
    pathwayRank: rank,
    offPathwayJustification:
      rank === null
        ? inForce
          ? 'Délai plus court dans cet établissement (donnée de démonstration)'
          : 'Filière pas encore publiée (donnée de démonstration)'
        : null,
    sourceTeleexpertiseId: null,
    appointmentId: null,
    declineReason: null,
    declineAdvice: null,
    cancelReason: null,
    counterReferral: null,
    counterReferredBy: null,
    acceptDueAt: timerDueAt(setting, 'accept', sentAt, world.calendar).toISOString(),
    appointmentDueAt: null,
    counterReferralDueAt: null,
    sentAt: sentAt.toISOString(),
    acceptedAt: null,
    declinedAt: null,
    firstBookedAt: null,
    attendedAt: null,
    counterReferredAt: null,
    closedAt: null,
    cancelledAt: null,
    waitlistedAt: null,
    isDemo: true,
    version: 1,
    createdAt: sentAt.toISOString(),
    updatedAt: sentAt.toISOString(),
  };
  applySteps(world, year, taken, record, steps, random);
}

/** The loop's steps and their times, before looking at where today is. */
function planSteps(
  world: DemoReferralWorld,
  urgency: ReferralUrgency,
  where: { destination: string; alternatives: readonly string[] },
  sent: number,
  random: () => number,
): Step[] {
  if (urgency === 'emergency') {
    const accepted = sent + (10 + random() * 50) * 60_000;
    const attended = accepted + (0.5 + random() * 2.5) * HOUR;
    const steps: Step[] = [
      { action: 'accept', to: 'accepted', at: accepted, by: 'destination' },
      { action: 'attend', to: 'attended', at: attended, by: 'destination' },
    ];
    if (random() < 0.8) {
      const reported = attended + (1 + random() * 40) * HOUR;
      steps.push({ action: 'counter_refer', to: 'counter_referred', at: reported, by: 'destination' });
      if (random() < 0.85) {
        steps.push({ action: 'close', to: 'closed', at: reported + (0.5 + random() * 3) * DAY, by: 'sender' });
      }
    }
    return steps;
  }
  const triageDelay = () => (urgency === 'urgent' ? 0.1 + random() * 1.2 : logNormal(1.2, 0.8, random)) * DAY;
  let triage = sent + triageDelay();
  let destination = where.destination;
  const redirected: Step[] = [];
  // About 3 % are redirected by the first destination to another one that offers the specialty, triaged there again.
  const alternative = where.alternatives[Math.floor(random() * where.alternatives.length)];
  if (alternative && random() < 0.03) {
    redirected.push({
      action: 'redirect',
      to: 'sent',
      at: triage,
      by: 'destination',
      details: { from: destination, to: alternative, note: 'Plateau technique plus adapté (donnée de démonstration).' },
    });
    destination = alternative;
    triage += triageDelay();
  }
  if (random() < 0.06) {
    return [...redirected, { action: 'decline', to: 'declined', at: triage, by: 'destination' }];
  }
  const steps: Step[] = [...redirected, { action: 'accept', to: 'accepted', at: triage, by: 'destination' }];
  if (random() < 0.02) {
    steps.push({ action: 'cancel', to: 'cancelled', at: triage + (1 + random() * 5) * DAY, by: 'sender' });
    return steps;
  }
  const median = (medianWaitDays[world.hospitalTypes.get(destination) ?? 'CHP'] ?? 12) / (urgency === 'urgent' ? 4 : 1);
  const booking = triage + random() * 1.5 * DAY;
  const target = Math.max(sent + Math.max(1, logNormal(median, 0.5, random)) * DAY, booking + DAY);
  steps.push({
    action: 'book',
    to: 'booked',
    at: booking,
    by: 'destination',
    details: { target },
  });
  return steps;
}

function applySteps(
  world: DemoReferralWorld,
  year: DemoReferralYear,
  taken: Map<string, number>,
  record: ReferralRecord,
  planned: Step[],
  random: () => number,
): void {
  const now = world.now.getTime();
  const setting = pickTimerSetting([], record.urgency, record.specialtyCode);
  const events: Step[] = [{ action: 'send', to: 'sent', at: new Date(record.sentAt ?? '').getTime(), by: 'sender' }];
  const iso = (time: number) => new Date(time).toISOString();
  const queue = [...planned];
  while (queue.length > 0) {
    const step = queue.shift();
    if (!step || step.at > now) {
      break;
    }
    if (step.action === 'book') {
      const schedules = world.schedules.get(`${record.destinationEstablishmentId}|${record.specialtyCode}`) ?? [];
      const slot = takeSlot(schedules, taken, moroccoDay(new Date(Number(step.details?.target ?? step.at))));
      if (!slot) {
        record.status = 'waitlisted';
        record.waitlistedAt = iso(step.at);
        events.push({ ...step, action: 'waitlist', to: 'waitlisted', details: {} });
        break;
      }
      const appointmentId = randomUUID();
      record.appointmentId = appointmentId;
      record.firstBookedAt = iso(step.at);
      events.push({ ...step, details: { startsAt: slot.startsAt.toISOString(), mode: 'in_person', appointmentId } });
      const appointment: AppointmentRow = {
        id: appointmentId,
        referralId: record.id,
        patientId: record.patientId,
        establishmentId: record.destinationEstablishmentId,
        specialtyCode: record.specialtyCode,
        scheduleId: slot.schedule.id,
        sessionDate: slot.sessionDate,
        slotIndex: slot.slotIndex,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        status: 'booked',
        bookedAt: iso(step.at),
      };
      year.appointments.push(appointment);
      record.status = 'booked';
      const seen = slot.startsAt.getTime();
      if (random() < 0.09) {
        queue.unshift({ action: 'no_show', to: 'no_show', at: slot.endsAt.getTime(), by: 'destination' });
        if (random() < 0.92) {
          queue.splice(1, 0, { action: 'close', to: 'closed', at: seen + (2 + random() * 5) * DAY, by: 'sender' });
        }
      } else {
        queue.unshift({ action: 'attend', to: 'attended', at: seen + 10 * 60_000, by: 'destination' });
        // Most reports come within days; most of the others come late, a few never.
        const timely = random() < 0.78;
        if (timely || random() < 0.85) {
          const reported = seen + HOUR + (timely ? logNormal(2, 0.7, random) : 7 + random() * 35) * DAY;
          queue.splice(1, 0, { action: 'counter_refer', to: 'counter_referred', at: reported, by: 'destination' });
          if (random() < 0.85) {
            queue.splice(2, 0, {
              action: 'close',
              to: 'closed',
              at: reported + (1 + random() * 4) * DAY,
              by: 'sender',
            });
          }
        }
      }
      continue;
    }
    // After a redirect, the new destination's physician takes the following steps.
    applyStep(world, year, record, step, setting, world.physicianOf(record.destinationEstablishmentId));
    events.push(step);
  }
  // The destination that took a step: the first one for its redirect, the last one afterwards.
  const endOf = (event: Step) =>
    event.action === 'redirect' ? String(event.details?.from) : record.destinationEstablishmentId;
  for (const [sequence, event] of events.entries()) {
    year.events.push({
      referralId: record.id,
      sequence: sequence + 1,
      action: event.action,
      fromStatus: sequence === 0 ? null : (events[sequence - 1]?.to ?? null),
      toStatus: event.to,
      actorUserId: event.by === 'sender' ? record.senderUserId : world.physicianOf(endOf(event)).userId,
      establishmentId: event.by === 'sender' ? record.originEstablishmentId : endOf(event),
      details: event.details && 'target' in event.details ? {} : (event.details ?? {}),
      occurredAt: iso(event.at),
    });
  }
  record.updatedAt = iso(events[events.length - 1]?.at ?? now);
  record.version = events.length;
  markPastBreaches(world, year, record);
  year.records.push(record);
}

function applyStep(
  world: DemoReferralWorld,
  year: DemoReferralYear,
  record: ReferralRecord,
  step: Step,
  setting: ReturnType<typeof pickTimerSetting>,
  physician: { userId: string; displayName: string },
): void {
  const at = new Date(step.at);
  const iso = at.toISOString();
  record.status = step.to;
  switch (step.action) {
    case 'accept':
      record.acceptedAt = iso;
      record.appointmentDueAt = timerDueAt(setting, 'appointment', at, world.calendar).toISOString();
      return;
    case 'redirect':
      record.destinationEstablishmentId = String(step.details?.to);
      record.pathwayMapId = null;
      record.pathwayRank = null;
      record.offPathwayJustification = `Réorientation : ${String(step.details?.note)}`;
      record.acceptDueAt = timerDueAt(setting, 'accept', at, world.calendar).toISOString();
      return;
    case 'decline':
      record.declinedAt = iso;
      record.declineReason = 'better_treated_elsewhere';
      record.declineAdvice = 'Prise en charge possible au niveau provincial (donnée de démonstration).';
      return;
    case 'cancel':
      record.cancelledAt = iso;
      record.cancelReason = 'Patient pris en charge ailleurs (donnée de démonstration)';
      return;
    case 'attend': {
      record.attendedAt = iso;
      record.counterReferralDueAt = timerDueAt(setting, 'counter_referral', at, world.calendar).toISOString();
      const appointment = year.appointments.find((candidate) => candidate.id === record.appointmentId);
      if (appointment) {
        appointment.status = 'attended';
      }
      year.encounters.push({
        id: randomUUID(),
        referralId: record.id,
        patientId: record.patientId,
        establishmentId: record.destinationEstablishmentId,
        specialtyCode: record.specialtyCode,
        kind: record.urgency === 'emergency' ? 'emergency' : 'consultation',
        startedAt: iso,
        endedAt: null,
        practitionerName: physician.displayName,
        reason: record.reason,
        icd10Code: null,
        outcome: null,
      });
      return;
    }
    case 'no_show': {
      const appointment = year.appointments.find((candidate) => candidate.id === record.appointmentId);
      if (appointment) {
        appointment.status = 'no_show';
      }
      return;
    }
    case 'counter_refer': {
      record.counterReferredAt = iso;
      record.counterReferredBy = physician.userId;
      record.counterReferral = {
        findings: 'Bilan réalisé dans le service ; conclusions détaillées au dossier (donnée de démonstration).',
        diagnosis: null,
        icd10Code: null,
        treatment: 'Traitement adapté, ordonnance remise au patient.',
        recommendations: 'Poursuivre le suivi au centre de santé.',
        followUp: 'Revoir au centre de santé dans un mois.',
      };
      const encounter = year.encounters.find((candidate) => candidate.referralId === record.id);
      if (encounter) {
        encounter.endedAt = iso;
        encounter.outcome = 'follow_up';
      }
      return;
    }
    case 'close':
      record.closedAt = iso;
      return;
    default:
      return;
  }
}

/** Breaches more than two weeks old were escalated when they happened; newer ones are left to the sweeper. */
function markPastBreaches(world: DemoReferralWorld, year: DemoReferralYear, record: ReferralRecord): void {
  const cutoff = world.now.getTime() - 14 * DAY;
  const timers: [string, string | null, string | null][] = [
    ['accept', record.acceptDueAt, record.acceptedAt ?? record.declinedAt],
    ['appointment', record.appointmentDueAt, record.urgency === 'emergency' ? record.attendedAt : record.firstBookedAt],
    ['counter_referral', record.counterReferralDueAt, record.counterReferredAt],
  ];
  for (const [timer, due, done] of timers) {
    if (!due) {
      continue;
    }
    const dueTime = new Date(due).getTime();
    const late = done ? new Date(done).getTime() > dueTime : dueTime < world.now.getTime();
    if (late && dueTime < cutoff) {
      year.escalations.push({ referralId: record.id, timer, dueAt: due });
    }
  }
}
