import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default(resolve(repoRoot, 'data')),
  DEMO_MODE: booleanFlag.optional(),
  REFERENCE_DATA_DIR: z.string().min(1).default(resolve(repoRoot, 'reference-data/morocco')),
  WEB_DIST_DIR: z.string().min(1).default(resolve(repoRoot, 'packages/web/dist')),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  TRUST_PROXY: booleanFlag.default(false),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface AppConfig {
  port: number;
  host: string;
  /** On a PostgreSQL server, the connections of the pool (more than a few per core only adds contention). */
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string | null };
  /** Demo mode seeds the TTA demonstration data and demo accounts; never on in production. */
  demoMode: boolean;
  referenceDataDir: string;
  webDistDir: string;
  session: { idleMinutes: number; absoluteHours: number };
  trustProxy: boolean;
  cookieSecure: 'auto' | boolean;
  loginLimits: { maxFailuresPerAccount: number; maxFailuresPerIp: number; windowMinutes: number };
  logLevel: string;
}

/**
 * Parses the environment once at start-up (STYLE.md §4). The only file that reads process.env.
 * @throws Error listing every problem.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // An empty variable means "not set" (as in `DATABASE_URL= npm start`).
  const result = configSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const value = result.data;
  return {
    port: value.PORT,
    host: value.HOST,
    database: value.DATABASE_URL
      ? { kind: 'postgres', url: value.DATABASE_URL, poolSize: value.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: resolve(value.DATA_DIR, 'pglite') },
    // Demo data is the default only on the embedded database, i.e. for `npm start` on a laptop.
    demoMode: value.DEMO_MODE ?? !value.DATABASE_URL,
    referenceDataDir: value.REFERENCE_DATA_DIR,
    webDistDir: value.WEB_DIST_DIR,
    session: { idleMinutes: value.SESSION_IDLE_MINUTES, absoluteHours: value.SESSION_ABSOLUTE_HOURS },
    trustProxy: value.TRUST_PROXY,
    cookieSecure: value.COOKIE_SECURE === 'auto' ? 'auto' : value.COOKIE_SECURE === 'true',
    loginLimits: {
      maxFailuresPerAccount: value.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: value.LOGIN_MAX_FAILURES_PER_IP,
      windowMinutes: value.LOGIN_WINDOW_MINUTES,
    },
    logLevel: value.LOG_LEVEL,
  };
}

/** The password for `npm run admin:create`, when given through TANSIQ_ADMIN_PASSWORD (scripts, CI). */
export function readAdminPassword(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.TANSIQ_ADMIN_PASSWORD || undefined;
}
