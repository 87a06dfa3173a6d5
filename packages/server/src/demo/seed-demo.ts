import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { diffEstablishmentStates, type EstablishmentState } from '@tansiq/domain';
import {
  findGstByRegion,
  generateTtaPrimaryCare,
  insertAuditEvent,
  insertRoleAssignment,
  insertUser,
  queryRows,
  readOsmFacilities,
  readTtaCommunes,
  ttaHospitals,
  withCommunes,
  writeEstablishments,
  type Db,
  type EstablishmentSeed,
  type EstablishmentWrite,
} from '@tansiq/db';
import { hashPassword } from '../auth/password';
import { systemRequestId } from '../audit/system-request-id';
import { demoPassword, demoUsers } from './demo-users';
import { seedDemoPatients } from './seed-demo-patients';
import { seedDemoServices } from './seed-demo-services';
import { seedDemoPathways } from './seed-demo-pathways';
import { seedDemoReferrals } from './seed-demo-referrals';
import { seedDemoTeleexpertise } from '../teleexpertise/seed-demo-teleexpertise';
import { seedDemoStaff } from './seed-demo-staff';
import { seedDemoMobilityRequests } from '../mobility';
import { seedDemoMobilityStaff } from '../mobility/seed-demo-mobility-staff';
import { seedDemoRosters } from './seed-demo-rosters';
import { seedDemoWisn } from './seed-demo-wisn';
import { seedDemoWisnWorkload } from './seed-demo-wisn-workload';
import { seedDemoIncentives } from './seed-demo-incentives';

function toWrite(seed: EstablishmentSeed): EstablishmentWrite {
  // The demo marks one hospital closed (services moved to a new CHP); the registry needs a date and a reason.
  const closed = seed.status === 'closed';
  const state: EstablishmentState = {
    code: seed.code,
    nameFr: seed.nameFr,
    nameAr: seed.nameAr,
    type: seed.type,
    level: seed.level,
    provinceCode: seed.provinceCode,
    communeCode: seed.communeCode,
    lon: seed.lon,
    lat: seed.lat,
    address: seed.address,
    phone: seed.phone,
    status: seed.status,
    openingHours: seed.openingHours,
    services: seed.services,
    equipment: seed.equipment,
    closedOn: closed ? '2024-12-31' : null,
    closureReason: closed ? 'Services transférés vers le nouvel hôpital (donnée de démonstration)' : null,
  };
  return {
    id: randomUUID(),
    version: 1,
    state,
    action: 'created',
    changes: diffEstablishmentStates(null, state),
    provenance: { isDemo: true, isGenerated: seed.isGenerated, osmId: seed.osmId },
  };
}

/**
 * Seeds the TTA demonstration: the region's real public hospitals, the named OSM health centres, generated primary
 * care centres (flagged), and one account per role. Runs once: does nothing when demo data is already there.
 */
export async function seedDemo(
  db: Db,
  referenceDataDir: string,
): Promise<{ seeded: boolean; establishments: number; users: number }> {
  const gst = await findGstByRegion(db, '01');
  if (!gst) {
    throw new Error('Import the territory before seeding the demo');
  }
  const [existing] = await queryRows(
    db,
    sql`select count(*)::int as n from establishments where gst_id = ${gst.id} and is_demo`,
  );
  if (Number(existing?.n ?? 0) > 0) {
    return { seeded: false, establishments: 0, users: 0 };
  }
  const communes = readTtaCommunes(referenceDataDir);
  const seeds = [
    ...withCommunes(ttaHospitals, communes),
    ...generateTtaPrimaryCare({ communes, osmFacilities: readOsmFacilities(referenceDataDir, '01') }),
  ];
  const writes = seeds.map(toWrite);
  const idByCode = new Map(writes.map((write) => [write.state.code, write.id]));
  const passwordHash = await hashPassword(demoPassword);
  const gstIdByRegion = new Map<string, string>();
  for (const regionCode of new Set(demoUsers.flatMap((user) => (user.regionCode ? [user.regionCode] : [])))) {
    const regionGst = await findGstByRegion(db, regionCode);
    if (regionGst) {
      gstIdByRegion.set(regionCode, regionGst.id);
    }
  }
  await db.transaction(async (tx) => {
    await writeEstablishments(tx, gst.id, writes, null);
    for (const demoUser of demoUsers) {
      const userId = randomUUID();
      const gstId = demoUser.regionCode ? (gstIdByRegion.get(demoUser.regionCode) ?? null) : null;
      await insertUser(tx, {
        id: userId,
        username: demoUser.username,
        displayName: demoUser.displayName,
        email: null,
        passwordHash,
        locale: demoUser.locale,
        homeGstId: gstId,
        isDemo: true,
      });
      await insertRoleAssignment(tx, {
        id: randomUUID(),
        userId,
        role: demoUser.role,
        scopeLevel: demoUser.scopeLevel,
        gstId,
        provinceCode: demoUser.provinceCode ?? null,
        establishmentId: demoUser.establishmentCode ? (idByCode.get(demoUser.establishmentCode) ?? null) : null,
        validFrom: '2025-10-01',
        validTo: null,
        createdBy: null,
      });
    }
    await insertAuditEvent(tx, {
      actorUserId: null,
      actorRole: null,
      actorEstablishmentId: null,
      gstId: gst.id,
      action: 'demo.seed',
      entityType: 'gst',
      entityId: gst.id,
      patientId: null,
      purpose: 'demonstration',
      outcome: 'success',
      requestId: systemRequestId(),
      ip: null,
      details: { establishments: writes.length, users: demoUsers.length },
    });
  });
  await seedDemoPatients(db, gst.id);
  await seedDemoServices(db, gst.id);
  await seedDemoPathways(db, gst.id);
  await seedDemoReferrals(db, gst.id);
  await seedDemoTeleexpertise(db, gst.id);
  await seedDemoStaff(db, gst.id);
  await seedDemoMobilityStaff(db, gst.id);
  await seedDemoRosters(db, gst.id);
  await seedDemoWisn(db, gst.id);
  await seedDemoWisnWorkload(db, gst.id);
  await seedDemoMobilityRequests(db, gst.id);
  await seedDemoIncentives(db, gst.id);
  return { seeded: true, establishments: writes.length, users: demoUsers.length };
}
