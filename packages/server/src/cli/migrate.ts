// `npm run db:migrate`: applies migrations and the reference data (territory, GSTs); seeds the demo in demo mode.
import { openDatabase } from '@tansiq/db';
import { loadConfig } from '../config';
import { prepareDatabase } from '../prepare-database';

const config = loadConfig();
const handle = await openDatabase(config.database);
try {
  const report = await prepareDatabase(handle, {
    referenceDataDir: config.referenceDataDir,
    demoMode: config.demoMode,
  });
  console.log(JSON.stringify(report, null, 2));
} finally {
  await handle.close();
}
