// CPU accounting for `npm run bench:referrals`: the CPU time of the bench database's PostgreSQL backends, read from
// /proc (the server runs on this machine), so that the figures say what a transition costs whatever else the
// machine is doing.
import { readFile } from 'node:fs/promises';
import type { DatabaseHandle } from '@tansiq/db';

const clockTicksPerSecond = 100;

/** CPU milliseconds used so far by each backend of the current database (empty when /proc cannot be read). */
export async function backendCpu(handle: DatabaseHandle): Promise<Map<number, number>> {
  const { rows } = await handle.executeSql(
    'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  );
  const cpu = new Map<number, number>();
  for (const row of rows as { pid: number }[]) {
    try {
      const stat = await readFile(`/proc/${row.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name.
      cpu.set(row.pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond);
    } catch {
      // A backend that ended, or a server on another machine: not counted.
    }
  }
  return cpu;
}

/** CPU milliseconds the backends used between two readings (a backend started in between counts from zero). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) {
    total += ms - (before.get(pid) ?? 0);
  }
  return total;
}
