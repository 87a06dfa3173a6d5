import {
  todayInMorocco,
  validationFailed,
  type PathwayEstablishment,
  type PathwayFlows,
  type PathwayFlowsQuery,
} from '@tansiq/domain';
import { listPathwayEstablishments, listPathwayOriginRows, referralVolumesByRoute, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { loadPathwayMap } from './load-pathway-map';
import { presentPathwayEstablishment } from './pathway-presenter';

const daysBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

const flowEnd = (establishment: PathwayEstablishment) => ({
  ...presentPathwayEstablishment(establishment),
  lon: establishment.lon,
  lat: establishment.lat,
});

/**
 * The arrows of a map with the referrals sent on each route in the period (by default the last 365 days), plus the
 * routes referrals took outside the map (rank null).
 * @throws AppError not_found (missing or out of scope), validation_failed (a period that ends before it starts).
 */
export async function getPathwayFlows(
  db: Db,
  context: RequestContext,
  id: string,
  query: PathwayFlowsQuery,
): Promise<PathwayFlows> {
  const summary = await loadPathwayMap(db, context, id, { manage: false });
  const to = query.to ?? todayInMorocco();
  const from = query.from ?? daysBefore(to, 364);
  if (from > to) {
    throw validationFailed('The period ends before it starts', [
      { path: ['querystring', 'to'], message: 'The period ends before it starts', code: 'custom' },
    ]);
  }
  const [rows, establishments, volumes] = await Promise.all([
    listPathwayOriginRows(db, summary.gstId, summary.id),
    listPathwayEstablishments(db, summary.gstId),
    referralVolumesByRoute(db, summary.gstId, summary.specialtyCode, from, to),
  ]);
  const byId = new Map(establishments.map((establishment) => [establishment.id, establishment]));
  const volumeByRoute = new Map(
    volumes.map((volume) => [`${volume.originEstablishmentId}>${volume.destinationEstablishmentId}`, volume.count]),
  );
  const routes: PathwayFlows['routes'] = [];
  const route = (originId: string, destinationId: string, rank: number | null) => {
    const origin = byId.get(originId);
    const destination = byId.get(destinationId);
    if (origin && destination) {
      const key = `${originId}>${destinationId}`;
      routes.push({
        origin: flowEnd(origin),
        destination: flowEnd(destination),
        rank,
        volume: volumeByRoute.get(key) ?? 0,
      });
      volumeByRoute.delete(key);
    }
  };
  for (const row of rows) {
    row.destinationIds.forEach((destinationId, index) => route(row.originEstablishmentId, destinationId, index + 1));
  }
  for (const volume of volumes) {
    if (volumeByRoute.has(`${volume.originEstablishmentId}>${volume.destinationEstablishmentId}`)) {
      route(volume.originEstablishmentId, volume.destinationEstablishmentId, null);
    }
  }
  return { mapId: summary.id, from, to, routes };
}
