import { sql } from 'drizzle-orm';
import { matchModelSchema, type MatchModel } from '@tansiq/domain';
import type { Executor } from '../client';
import { queryRows } from '../lib/rows';

/** The model in use in a GST: its newest version. */
export async function findCurrentMatchModel(
  executor: Executor,
  gstId: string,
): Promise<{ version: number; model: MatchModel; source: 'index' | 'bootstrap'; trainedOn: number } | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select version, model, source, trained_on from match_models where gst_id = ${gstId}
      order by version desc limit 1`,
  );
  if (!row) {
    return undefined;
  }
  const model = typeof row.model === 'string' ? (JSON.parse(row.model) as unknown) : row.model;
  return {
    version: Number(row.version),
    model: matchModelSchema.parse(model),
    source: row.source === 'index' ? 'index' : 'bootstrap',
    trainedOn: Number(row.trained_on),
  };
}

/** Stores a newly learnt model as the next version of the GST's model; returns that version. */
export async function insertMatchModel(
  executor: Executor,
  gstId: string,
  entry: { model: MatchModel; source: 'index' | 'bootstrap'; trainedOn: number },
): Promise<number> {
  const [row] = await queryRows(
    executor,
    sql`insert into match_models (gst_id, version, model, source, trained_on)
      select ${gstId}, coalesce(max(version), 0) + 1, ${JSON.stringify(entry.model)}::jsonb, ${entry.source},
        ${entry.trainedOn}
      from match_models where gst_id = ${gstId}
      returning version`,
  );
  return Number(row?.version);
}
