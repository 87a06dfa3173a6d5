import {
  wisnStandardsInForce,
  type WisnStandard,
  type WisnWorkloadEntry,
  type WisnEstablishmentSummary,
} from '@tansiq/domain';
import type { WisnWorkloadFigure } from '@tansiq/db';

/** Platform counts and entered figures of one establishment by activity code. */
export interface WisnFiguresByCode {
  platform: Map<string, number>;
  entered: Map<string, number>;
}

/** Groups figures by establishment, then by activity code (platform counts scaled by the annualisation factor). */
export function figuresByEstablishment(
  platform: readonly WisnWorkloadFigure[],
  entered: readonly WisnWorkloadFigure[],
  annualisationFactor: number,
): Map<string, WisnFiguresByCode> {
  const index = new Map<string, WisnFiguresByCode>();
  const of = (id: string): WisnFiguresByCode => {
    const figures = index.get(id) ?? { platform: new Map<string, number>(), entered: new Map<string, number>() };
    index.set(id, figures);
    return figures;
  };
  for (const figure of platform) {
    of(figure.establishmentId).platform.set(figure.activityCode, figure.annualWorkload * annualisationFactor);
  }
  for (const figure of entered) {
    of(figure.establishmentId).entered.set(figure.activityCode, figure.annualWorkload);
  }
  return index;
}

/** The annual workload of one code: the entered figure when there is one, else the platform's count. */
export const workloadOf = (figures: WisnFiguresByCode | undefined, code: string): number | undefined =>
  figures?.entered.get(code) ?? figures?.platform.get(code);

/**
 * Turns establishment workload into the (establishment, cadre, activity) entries WISN computes: each cadre whose
 * standard in force lists an activity code gets the establishment's figure for it. Codes no standard lists are left
 * out; a code listed by two cadres' standards counts for both (each standard's unit time is that cadre's share).
 */
export function toWisnWorkloadEntries(
  establishments: readonly WisnEstablishmentSummary[],
  standards: readonly WisnStandard[],
  onDate: string,
  figures: Map<string, WisnFiguresByCode>,
): WisnWorkloadEntry[] {
  const byType = new Map<string, WisnStandard[]>();
  for (const standard of wisnStandardsInForce(standards, onDate).values()) {
    byType.set(standard.establishmentType, [...(byType.get(standard.establishmentType) ?? []), standard]);
  }
  const entries: WisnWorkloadEntry[] = [];
  for (const establishment of establishments) {
    const own = figures.get(establishment.id);
    if (own === undefined) {
      continue;
    }
    for (const standard of byType.get(establishment.type) ?? []) {
      for (const service of standard.serviceStandards) {
        const annualWorkload = workloadOf(own, service.activityCode);
        if (annualWorkload !== undefined) {
          entries.push({
            establishmentId: establishment.id,
            cadre: standard.cadre,
            activityCode: service.activityCode,
            annualWorkload,
          });
        }
      }
    }
  }
  return entries;
}
