import type { Db } from '@tansiq/db';
import { establishmentImportJob } from '../establishments/run-establishment-import';
import type { JobDefinition } from './job-queue';

/** Every background job of the platform, for the server and for test contexts that run jobs. */
export function platformJobs(db: Db): JobDefinition[] {
  return [establishmentImportJob(db)];
}
