import { sql } from 'drizzle-orm';
import { requestTypeConfigSchema, type RequestTypeConfig } from '@tansiq/domain';
import type { Executor } from '../client';
import { queryRows } from '../lib/rows';

/** A GST's stored chains for a request type, parsed; undefined when the GST uses the type's defaults. */
export async function findRequestTypeConfig(
  executor: Executor,
  gstId: string,
  type: string,
): Promise<RequestTypeConfig | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select chains from approval_type_configs where gst_id = ${gstId} and type = ${type}`,
  );
  if (!row) {
    return undefined;
  }
  const chains: unknown = typeof row.chains === 'string' ? JSON.parse(row.chains) : row.chains;
  return requestTypeConfigSchema.parse({ type, chains });
}
