import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffEstablishmentStates, validatePathwayMap, type EstablishmentState } from '@tansiq/domain';
import {
  findPathwayInForce,
  generateTtaPrimaryCare,
  listPathwayEstablishments,
  listPathwayMapVersions,
  listPathwayOriginRows,
  readOsmFacilities,
  readTtaCommunes,
  ttaHospitals,
  withCommunes,
  writeEstablishments,
  type DatabaseHandle,
} from '@tansiq/db';
import { gstOf } from '../testing/factories';
import { openTestDatabase } from '../testing/test-database';
import { demoPathwayEffectiveFrom, demoPathwaySpecialties, seedDemoPathways } from './seed-demo-pathways';

const referenceDataDir = resolve(import.meta.dirname, '../../../../reference-data/morocco');

let handle: DatabaseHandle;
let gst: { id: string };

beforeAll(async () => {
  handle = await openTestDatabase();
  // The demo registry as seedDemo writes it (the real TTA hospitals and the generated primary care centres), in an
  // empty GST of this file's own database: a map depends on every establishment of its GST.
  gst = await gstOf(handle.db, '12');
  const communes = readTtaCommunes(referenceDataDir);
  const seeds = [
    ...withCommunes(ttaHospitals, communes),
    ...generateTtaPrimaryCare({ communes, osmFacilities: readOsmFacilities(referenceDataDir, '01') }),
  ];
  const writes = seeds.map((seed) => {
    const closed = seed.status === 'closed';
    const state: EstablishmentState = {
      ...seed,
      closedOn: closed ? '2024-12-31' : null,
      closureReason: closed ? 'Démo' : null,
    };
    return {
      id: randomUUID(),
      version: 1,
      state,
      action: 'created' as const,
      changes: diffEstablishmentStates(null, state),
    };
  });
  await handle.db.transaction((tx) => writeEstablishments(tx, gst.id, writes, null));
});

afterAll(async () => {
  await handle.close();
});

describe('seedDemoPathways', () => {
  it('publishes one valid map per demo specialty, in force from 2026-01-01, once', async () => {
    expect(await seedDemoPathways(handle.db, gst.id)).toEqual({ maps: demoPathwaySpecialties.length });
    const versions = await listPathwayMapVersions(handle.db, gst.id, undefined, '2026-06-01');
    expect(versions.map((map) => map.specialtyCode).sort()).toEqual([...demoPathwaySpecialties].sort());
    const establishments = await listPathwayEstablishments(handle.db, gst.id);
    for (const map of versions) {
      expect(map).toMatchObject({ status: 'published', effectiveFrom: demoPathwayEffectiveFrom, inForce: true });
      const origins = await listPathwayOriginRows(handle.db, gst.id, map.id);
      expect(origins.length).toBeGreaterThan(200);
      expect(validatePathwayMap({ specialtyCode: map.specialtyCode, origins }, establishments)).toEqual([]);
    }
    expect(await seedDemoPathways(handle.db, gst.id)).toEqual({ maps: 0 });
  });

  it('gives a rural centre its ranked cardiology destinations for the referral feature', async () => {
    const centre = (await listPathwayEstablishments(handle.db, gst.id)).find(
      (establishment) => establishment.type === 'CSR-1' && establishment.status === 'active',
    );
    const pathway = centre && (await findPathwayInForce(handle.db, gst.id, 'cardiology', centre.id, '2026-03-01'));
    expect(pathway?.destinations.map((destination) => destination.rank)).toEqual([1, 2, 3]);
    expect(pathway?.origin.returnEstablishmentId).toBe(centre?.id);
  });
});
