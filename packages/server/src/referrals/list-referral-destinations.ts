import {
  authorize,
  canWriteReferral,
  establishmentRank,
  greatCircleDistanceKm,
  notFound,
  todayInMorocco,
  type DestinationReason,
  type ReferralDestinationOption,
  type ReferralDestinations,
  type ReferralDestinationsQuery,
} from '@tansiq/domain';
import {
  findEstablishmentById,
  findPathwayInForce,
  listFreeSlots,
  listReferralWaits,
  listSpecialtyProviders,
  type Db,
} from '@tansiq/db';
import type { RequestContext } from '../http/request-context';

const SLOT_HORIZON_DAYS = 90;
const MAX_OPTIONS = 8;

/**
 * Where a referral from an establishment could go for a specialty, ranked with the reasons: the pathway map's
 * destinations first (by rank), then the other establishments of a higher level that offer the specialty, nearest
 * first; each with its earliest free slot, its median wait, its backlog and, for an emergency, its beds available.
 * The recommended one is the first pathway destination with a slot within the pathway's delay (else the first).
 * @throws AppError not_found (origin outside the actor's GSTs), forbidden (not a clinician there).
 */
export async function listReferralDestinations(
  db: Db,
  context: RequestContext,
  query: ReferralDestinationsQuery,
): Promise<ReferralDestinations> {
  const origin = await findEstablishmentById(db, query.originEstablishmentId);
  if (!origin) {
    throw notFound('establishment');
  }
  const gstId = origin.gstId;
  authorize({
    visible: context.actor.assignments.some(
      (assignment) => assignment.gstId === gstId || assignment.scopeLevel === 'national',
    ),
    allowed: canWriteReferral(context.actor, { gstId, establishmentId: origin.id }),
    entity: 'establishment',
    gstId,
  });
  const now = new Date();
  const pathway = await findPathwayInForce(db, gstId, query.specialtyCode, origin.id, todayInMorocco(now));
  const rankOf = new Map(pathway?.destinations.map((destination) => [destination.establishmentId, destination.rank]));
  const originRank = establishmentRank(origin.type, origin.level);
  const providers = (await listSpecialtyProviders(db, gstId, query.specialtyCode))
    .filter((provider) => provider.id !== origin.id && provider.acceptsReferrals)
    .filter((provider) => rankOf.has(provider.id) || establishmentRank(provider.type, provider.level) > originRank)
    .map((provider) => ({
      provider,
      rank: rankOf.get(provider.id) ?? null,
      distanceKm: greatCircleDistanceKm(origin, provider),
    }))
    .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || a.distanceKm - b.distanceKm)
    .slice(0, MAX_OPTIONS);
  const waits = await listReferralWaits(db, gstId, query.specialtyCode, new Date(now.getTime() - 90 * 86_400_000));
  const horizon = new Date(now.getTime() + SLOT_HORIZON_DAYS * 86_400_000);
  const options: ReferralDestinationOption[] = [];
  for (const { provider, rank, distanceKm } of providers) {
    const [slot] =
      query.urgency === 'emergency'
        ? []
        : await listFreeSlots(db, gstId, {
            establishmentId: provider.id,
            specialtyCode: query.specialtyCode,
            from: now,
            to: horizon,
            limit: 1,
          });
    const wait = waits.get(provider.id);
    options.push({
      establishment: {
        id: provider.id,
        code: provider.code,
        nameFr: provider.nameFr,
        nameAr: provider.nameAr,
        type: provider.type,
      },
      pathwayRank: rank,
      distanceKm: Math.round(distanceKm * 10) / 10,
      earliestSlot: slot ? { startsAt: slot.startsAt.toISOString(), mode: slot.mode } : null,
      medianWaitDays: wait?.medianWaitDays ?? null,
      backlog: wait?.backlog ?? 0,
      beds: provider.beds,
      directBooking: provider.directBooking,
      reasons: [],
      recommended: false,
    });
  }
  const maxDelayDays = pathway
    ? query.urgency === 'routine'
      ? pathway.origin.maxDelayRoutineDays
      : query.urgency === 'urgent'
        ? pathway.origin.maxDelayUrgentDays
        : pathway.origin.maxDelayEmergencyHours / 24
    : null;
  explainDestinations(options, query.urgency, pathway !== undefined, maxDelayDays, now);
  return {
    pathway: pathway
      ? {
          mapId: pathway.mapId,
          version: pathway.version,
          teleexpertiseFirst: pathway.origin.teleexpertiseFirst,
          maxDelayDays: maxDelayDays ?? 0,
        }
      : null,
    options,
  };
}

const minimumOf = (
  options: ReferralDestinationOption[],
  value: (option: ReferralDestinationOption) => number | null,
) => {
  const values = options.map(value).filter((entry): entry is number => entry !== null);
  return values.length > 0 ? Math.min(...values) : null;
};

/** Gives each option its reasons and marks the recommended one (mutates the options). */
function explainDestinations(
  options: ReferralDestinationOption[],
  urgency: ReferralDestinationsQuery['urgency'],
  hasPathway: boolean,
  maxDelayDays: number | null,
  now: Date,
): void {
  const slotTime = (option: ReferralDestinationOption) =>
    option.earliestSlot ? new Date(option.earliestSlot.startsAt).getTime() : null;
  const nearest = minimumOf(options, (option) => option.distanceKm);
  const earliest = minimumOf(options, slotTime);
  const shortest = minimumOf(options, (option) => option.medianWaitDays);
  for (const option of options) {
    const reasons: DestinationReason[] = [];
    reasons.push(option.pathwayRank !== null ? 'pathway_rank' : hasPathway ? 'off_pathway' : 'nearest');
    if (option.distanceKm === nearest && !reasons.includes('nearest')) {
      reasons.push('nearest');
    }
    if (urgency !== 'emergency') {
      if (option.earliestSlot === null) {
        reasons.push('no_free_slot');
      } else if (slotTime(option) === earliest) {
        reasons.push('earliest_slot');
      }
    }
    if (option.medianWaitDays !== null && option.medianWaitDays === shortest) {
      reasons.push('shortest_wait');
    }
    if (urgency === 'emergency' && (option.beds?.available ?? 0) > 0) {
      reasons.push('beds_available');
    }
    option.reasons = reasons;
  }
  const inTime = (option: ReferralDestinationOption) => {
    const time = slotTime(option);
    return urgency === 'emergency'
      ? (option.beds?.available ?? 1) > 0
      : time !== null && (maxDelayDays === null || time <= now.getTime() + maxDelayDays * 86_400_000);
  };
  const recommended =
    options.find((option) => option.pathwayRank !== null && inTime(option)) ?? options.find(inTime) ?? options[0];
  if (recommended) {
    recommended.recommended = true;
  }
}
