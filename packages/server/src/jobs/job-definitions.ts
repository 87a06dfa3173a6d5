import type { Db } from '@tansiq/db';
import { establishmentImportJob } from '../establishments/run-establishment-import';
import { deduplicationJob } from '../deduplication/deduplication-job';
import { patientImportJob } from '../patient-imports/run-patient-import';
import type { JobDefinition } from './job-queue';

/** Every background job of the platform, for the server and for test contexts that run jobs. */
export function platformJobs(db: Db): JobDefinition[] {
  return [establishmentImportJob(db), deduplicationJob(db), patientImportJob(db)];
}
