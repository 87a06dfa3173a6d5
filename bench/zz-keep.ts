import { resolve } from 'node:path';
import { writeHistory } from './referrals-history';
import { openBenchWorld } from './referrals-world';
const world = await openBenchWorld(1, resolve(import.meta.dirname, '..'));
const rate = await writeHistory(world, Number(process.argv[2] ?? 1_000_000), console.log);
console.log('rate', rate, 'gst', world.gstId, 'db', world.handle);
process.exit(0);
