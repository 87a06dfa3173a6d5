import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import type { AppConfig } from '../config';
import type { JobQueue } from '../jobs/job-queue';
import type { Messenger } from '../notifications/messenger';

/** The Fastify instance with Zod schemas as its type provider. */
export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What route modules and use cases are built from. */
export interface AppDependencies {
  db: Db;
  config: AppConfig;
  jobs: JobQueue;
  /** E-mail/SMS after in-app notifications; the logging messenger when not given. */
  messenger?: Messenger;
}

/** The session behind a request, when there is one. */
export interface RequestSession {
  tokenHash: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: RequestSession | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a session (login, health). */
    public?: boolean;
  }
}
