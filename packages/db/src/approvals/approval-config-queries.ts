import { sql } from 'drizzle-orm';
import { requestTypeConfigSchema, type RequestTypeConfig } from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso } from '../lib/rows';

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

/** A GST's stored chains of every configured type, with when and by whom they were last saved. */
export async function listRequestTypeConfigs(
  executor: Executor,
  gstId: string,
): Promise<(RequestTypeConfig & { updatedAt: string; updatedByName: string | null })[]> {
  const rows = await queryRows(
    executor,
    sql`select c.type, c.chains, c.updated_at, u.display_name from approval_type_configs c
      left join users u on u.id = c.updated_by
      where c.gst_id = ${gstId} order by c.type`,
  );
  return rows.map((row) => {
    const chains: unknown = typeof row.chains === 'string' ? JSON.parse(row.chains) : row.chains;
    return {
      ...requestTypeConfigSchema.parse({ type: asText(row.type), chains }),
      updatedAt: toIso(row.updated_at as Date | string),
      updatedByName: asTextOrNull(row.display_name),
    };
  });
}

/**
 * Saves a type's chains if they are still as the editor read them (`expectedUpdatedAt`, null: never saved, the
 * defaults); false when someone saved in between (the caller answers 409).
 */
export async function saveRequestTypeConfig(
  executor: Executor,
  input: { gstId: string; config: RequestTypeConfig; updatedBy: string; expectedUpdatedAt: string | null },
): Promise<boolean> {
  const { gstId, config, updatedBy, expectedUpdatedAt } = input;
  const chains = JSON.stringify(config.chains);
  const rows =
    expectedUpdatedAt === null
      ? await queryRows(
          executor,
          sql`insert into approval_type_configs (gst_id, type, chains, updated_by)
            values (${gstId}, ${config.type}, ${chains}::jsonb, ${updatedBy})
            on conflict (gst_id, type) do nothing returning type`,
        )
      : await queryRows(
          executor,
          sql`update approval_type_configs set chains = ${chains}::jsonb, updated_by = ${updatedBy}, updated_at = now()
            where gst_id = ${gstId} and type = ${config.type}
              and date_trunc('milliseconds', updated_at) = ${expectedUpdatedAt}::timestamptz
            returning type`,
        );
  return rows.length === 1;
}
