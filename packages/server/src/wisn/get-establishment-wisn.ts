import { computeWisn, type EstablishmentWisn, type EstablishmentWisnQuery } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { cadreWisnInput } from './cadre-wisn-input';
import { loadWisnEstablishment } from './load-wisn-establishment';
import { loadWisnInputs } from './load-wisn-inputs';

/**
 * WISN of one establishment and cadre for a year, step by step (AWT, SW per activity, S, CAF, IAF, R, ratio), with
 * where each activity's workload came from (platform count or entered figure). `result` is null when no standard is
 * in force for the establishment's type and the cadre.
 * @throws AppError not_found (missing or out of scope), forbidden (no WISN role in the GST).
 */
export async function getEstablishmentWisn(
  db: Db,
  context: RequestContext,
  id: string,
  query: EstablishmentWisnQuery,
): Promise<EstablishmentWisn> {
  const establishment = await loadWisnEstablishment(db, context, id);
  const inputs = await loadWisnInputs(db, establishment.gstId, query.year, { establishmentId: id });
  const { standard, workload, actualStaff } = cadreWisnInput(inputs, establishment, query.cadre);
  const figures = inputs.figures.get(id);
  const codes = standard?.serviceStandards.map((service) => service.activityCode) ?? [];
  return {
    establishment: {
      id: establishment.id,
      code: establishment.code,
      nameFr: establishment.nameFr,
      nameAr: establishment.nameAr,
      type: establishment.type,
      provinceCode: establishment.provinceCode,
      lon: establishment.lon,
      lat: establishment.lat,
    },
    year: query.year,
    onDate: inputs.onDate,
    annualisationFactor: inputs.annualisationFactor,
    result: standard === undefined ? null : computeWisn({ standard, workload, actualStaff }),
    sources: codes.map((activityCode) => ({
      activityCode,
      platform: figures?.platform.get(activityCode) ?? null,
      entered: figures?.entered.get(activityCode) ?? null,
    })),
  };
}
