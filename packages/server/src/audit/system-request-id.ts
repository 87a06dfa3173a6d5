import { randomUUID } from 'node:crypto';

/** A request id for audit events that have no HTTP request (command line, demo seed, jobs). */
export const systemRequestId = (): string => `system-${randomUUID()}`;
