import { validationFailed, type Gst } from '@tansiq/domain';
import { findCommune, findGstByRegion, findProvince, type Executor } from '@tansiq/db';

/**
 * Checks that the province exists and has a GST, and that the commune (if any) lies in that province.
 * Returns the GST the establishment belongs to.
 * @throws AppError validation_failed with the offending field.
 */
export async function resolveEstablishmentPlace(
  executor: Executor,
  place: { provinceCode: string; communeCode: string | null },
): Promise<Gst> {
  const province = await findProvince(executor, place.provinceCode);
  if (!province || province.parentCode !== null) {
    throw validationFailed('Unknown province', [
      { path: ['provinceCode'], message: `Unknown province code ${place.provinceCode}` },
    ]);
  }
  const gst = await findGstByRegion(executor, province.regionCode);
  if (!gst) {
    throw validationFailed('No GST for this region', [
      { path: ['provinceCode'], message: 'This region has no GST yet' },
    ]);
  }
  if (place.communeCode !== null) {
    const commune = await findCommune(executor, place.communeCode);
    if (!commune || commune.provinceCode !== province.code) {
      throw validationFailed('Unknown commune', [
        { path: ['communeCode'], message: `Commune ${place.communeCode} is not in province ${province.code}` },
      ]);
    }
  }
  return gst;
}
