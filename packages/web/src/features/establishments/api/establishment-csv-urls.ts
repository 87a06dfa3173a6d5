import { toSearchParams } from '../../../lib/api-client';
import type { EstablishmentFilters } from './establishment-filters';

/** The CSV export of the filtered list (a plain download link; the session cookie authorises it). */
export function establishmentExportUrl(gstId: string, filters: EstablishmentFilters): string {
  const query = { gstId, ...filters, page: undefined };
  return `/api/establishments/export.csv?${toSearchParams(query).toString()}`;
}

export const establishmentTemplateUrl = '/api/establishments/template.csv';
