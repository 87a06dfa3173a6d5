import { randomUUID } from 'node:crypto';
import { diffEstablishmentStates, type EstablishmentState, type Role, type ScopeLevel } from '@tansiq/domain';
import {
  findGstByRegion,
  insertRoleAssignment,
  insertUser,
  updateUserRow,
  writeEstablishments,
  type Db,
} from '@tansiq/db';
import { hashPassword } from '../auth/password';

export const testPassword = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;

/** A short unique suffix, so that every test builds its own records and tests never collide. */
export const unique = (): string => randomUUID().slice(0, 8).toUpperCase();

/** The GST of a region (created by the test database setup). */
export async function gstOf(db: Db, regionCode: string): Promise<{ id: string; regionCode: string }> {
  const gst = await findGstByRegion(db, regionCode);
  if (!gst) {
    throw new Error(`No GST for region ${regionCode}`);
  }
  return gst;
}

/** A valid establishment state in TTA (Chefchaouen commune), with overrides. */
export function establishmentState(overrides: Partial<EstablishmentState> = {}): EstablishmentState {
  return {
    code: `T-${unique()}`,
    nameFr: 'Centre de santé rural de test',
    nameAr: 'المركز الصحي القروي للاختبار',
    type: 'CSR-2',
    level: 'primary',
    provinceCode: '01.151',
    communeCode: null,
    lon: -5.2636,
    lat: 35.1688,
    address: null,
    phone: null,
    status: 'active',
    openingHours: 'Mo-Fr 08:30-16:30',
    services: [
      { specialtyCode: 'general_medicine', beds: 0 },
      { specialtyCode: 'maternal_health', beds: 6 },
    ],
    equipment: [{ equipmentCode: 'delivery_room', quantity: 1 }],
    closedOn: null,
    closureReason: null,
    ...overrides,
  };
}

/** Inserts an establishment (with its first history entry) and returns its id. */
export async function buildEstablishment(
  db: Db,
  gstId: string,
  overrides: Partial<EstablishmentState> = {},
): Promise<{ id: string; code: string }> {
  const state = establishmentState(overrides);
  const id = randomUUID();
  await db.transaction((tx) =>
    writeEstablishments(
      tx,
      gstId,
      [{ id, version: 1, state, action: 'created', changes: diffEstablishmentStates(null, state) }],
      null,
    ),
  );
  return { id, code: state.code };
}

/** Inserts a user holding one role over one scope; the password is `testPassword`. */
export async function buildUser(
  db: Db,
  role: Role,
  scope: {
    scopeLevel: ScopeLevel;
    gstId?: string | null;
    provinceCode?: string | null;
    establishmentId?: string | null;
  },
  overrides: { validFrom?: string; validTo?: string | null; isActive?: boolean } = {},
): Promise<{ id: string; username: string }> {
  cachedHash ??= hashPassword(testPassword);
  const id = randomUUID();
  const username = `user.${unique().toLowerCase()}`;
  await db.transaction(async (tx) => {
    await insertUser(tx, {
      id,
      username,
      displayName: `Test ${role}`,
      email: null,
      passwordHash: await (cachedHash ?? hashPassword(testPassword)),
      locale: 'fr',
      homeGstId: scope.gstId ?? null,
      isDemo: false,
    });
    await insertRoleAssignment(tx, {
      id: randomUUID(),
      userId: id,
      role,
      scopeLevel: scope.scopeLevel,
      gstId: scope.gstId ?? null,
      provinceCode: scope.provinceCode ?? null,
      establishmentId: scope.establishmentId ?? null,
      validFrom: overrides.validFrom ?? '2025-01-01',
      validTo: overrides.validTo ?? null,
      createdBy: null,
    });
    if (overrides.isActive === false) {
      await updateUserRow(tx, id, { isActive: false });
    }
  });
  return { id, username };
}
