// `npm run admin:create -- --username NAME --display-name "Full Name"`: creates a national administrator.
// The password is read from TANSIQ_ADMIN_PASSWORD or typed on standard input, never from the command line.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { passwordSchema, todayInMorocco, usernameSchema } from '@tansiq/domain';
import { findUserCredentials, insertAuditEvent, insertRoleAssignment, insertUser, openDatabase } from '@tansiq/db';
import { loadConfig, readAdminPassword } from '../config';
import { hashPassword } from '../auth/password';
import { systemRequestId } from '../audit/system-request-id';
import { prepareDatabase } from '../prepare-database';

const { values } = parseArgs({ options: { username: { type: 'string' }, 'display-name': { type: 'string' } } });
const username = usernameSchema.safeParse(values.username ?? '');
if (!username.success || !values['display-name']) {
  console.error('Usage: npm run admin:create -- --username NAME --display-name "Full Name"');
  process.exit(1);
}
let password = readAdminPassword();
if (!password) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  password = await prompt.question('Password (at least 12 characters): ');
  prompt.close();
}
if (!passwordSchema.safeParse(password).success) {
  console.error('The password must have at least 12 characters');
  process.exit(1);
}
const config = loadConfig();
const handle = await openDatabase(config.database);
try {
  await prepareDatabase(handle, { referenceDataDir: config.referenceDataDir, demoMode: config.demoMode });
  if (await findUserCredentials(handle.db, username.data)) {
    console.error(`User ${username.data} already exists`);
    process.exitCode = 1;
  } else {
    const id = randomUUID();
    const passwordHash = await hashPassword(password);
    await handle.db.transaction(async (tx) => {
      await insertUser(tx, {
        id,
        username: username.data,
        displayName: values['display-name'] ?? username.data,
        email: null,
        passwordHash,
        locale: 'fr',
        homeGstId: null,
        isDemo: false,
      });
      await insertRoleAssignment(tx, {
        id: randomUUID(),
        userId: id,
        role: 'national_admin',
        scopeLevel: 'national',
        gstId: null,
        provinceCode: null,
        establishmentId: null,
        validFrom: todayInMorocco(),
        validTo: null,
        createdBy: null,
      });
      await insertAuditEvent(tx, {
        actorUserId: null,
        actorRole: null,
        actorEstablishmentId: null,
        gstId: null,
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        patientId: null,
        purpose: 'command line: admin:create',
        outcome: 'success',
        requestId: systemRequestId(),
        ip: null,
        details: { roles: ['national_admin@national'] },
      });
    });
    console.log(`National administrator ${username.data} created.`);
  }
} finally {
  await handle.close();
}
