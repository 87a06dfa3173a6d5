import { todayInMorocco, type RegionalWisnInput, type WisnEstablishmentSummary } from '@tansiq/domain';
import {
  listEnteredWisnWorkload,
  listPlatformWisnWorkload,
  listWisnActualStaff,
  listWisnEstablishments,
  listWisnStandards,
  type Executor,
} from '@tansiq/db';
import { figuresByEstablishment, toWisnWorkloadEntries, type WisnFiguresByCode } from './wisn-workload-mapping';
import { wisnYear, type WisnYear } from './wisn-year';

/** Everything a WISN computation of a year reads, loaded once. */
export interface WisnInputs extends WisnYear {
  establishments: WisnEstablishmentSummary[];
  input: RegionalWisnInput;
  figures: Map<string, WisnFiguresByCode>;
}

/**
 * Loads a year's establishments, standards, workload (platform counts, replaced by entered figures) and staff in post,
 * for the whole GST or one establishment. Aggregates only: no patient and no named staff member leaves this function.
 */
export async function loadWisnInputs(
  executor: Executor,
  gstId: string,
  year: number,
  options: { establishmentId?: string; today?: string } = {},
): Promise<WisnInputs> {
  const dates = wisnYear(year, options.today ?? todayInMorocco());
  const { establishmentId } = options;
  const [establishments, standards, platform, entered, actualStaff] = [
    await listWisnEstablishments(executor, gstId, establishmentId),
    await listWisnStandards(executor, gstId),
    await listPlatformWisnWorkload(executor, gstId, dates.period, establishmentId),
    await listEnteredWisnWorkload(executor, gstId, year, establishmentId),
    await listWisnActualStaff(executor, gstId, dates.onDate, establishmentId),
  ];
  const figures = figuresByEstablishment(platform, entered, dates.annualisationFactor);
  const workloads = toWisnWorkloadEntries(establishments, standards, dates.onDate, figures);
  const known = new Set(establishments.map((establishment) => establishment.id));
  return {
    ...dates,
    establishments,
    figures,
    input: {
      onDate: dates.onDate,
      standards,
      establishments: establishments.map((establishment) => ({
        establishmentId: establishment.id,
        establishmentType: establishment.type,
        provinceCode: establishment.provinceCode,
      })),
      workloads,
      // Staff assigned to a closed establishment is not part of the run (it has no active row to compare with).
      actualStaff: actualStaff.filter((entry) => known.has(entry.establishmentId)),
    },
  };
}
