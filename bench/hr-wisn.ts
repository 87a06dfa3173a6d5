// The WISN metric of `npm run bench:hr`: WISN for the whole region through the real path (the use case behind
// `GET /api/wisn`: its queries, the mapping of workload to cadres, the computation, the totals).
import { performance } from 'node:perf_hooks';
import type { Actor } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import { getRegionalWisn } from '../packages/server/src/wisn/get-regional-wisn';
import type { HrMetrics } from './hr-metrics';

const benchActor: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  username: 'bench',
  displayName: 'Bench',
  assignments: [
    { role: 'national_admin', scopeLevel: 'national', gstId: null, provinceCode: null, establishmentId: null },
  ],
};

/** Runs the regional WISN `repetitions` times after one warm-up; reports the median and worst run, and the size. */
export async function benchWisn(db: Db, gstId: string, year: number, repetitions: number): Promise<HrMetrics> {
  const context = { actor: benchActor, requestId: 'bench', ip: null };
  const first = await getRegionalWisn(db, context, { gstId, year });
  const samples: number[] = [];
  for (let index = 0; index < repetitions; index += 1) {
    const started = performance.now();
    await getRegionalWisn(db, context, { gstId, year });
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    wisn_region_p50: { value: samples[Math.floor(samples.length / 2)] ?? 0, unit: 'ms' },
    wisn_region_max: { value: samples.at(-1) ?? 0, unit: 'ms', target: 2000 },
    wisn_region_rows: { value: first.rows.length, unit: 'establishment × cadre rows' },
    wisn_region_required_staff: { value: first.totals.region.requiredStaff, unit: 'FTE' },
    wisn_region_actual_staff: { value: first.totals.region.actualStaff, unit: 'FTE' },
  };
}
