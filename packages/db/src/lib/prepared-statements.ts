import { createHash } from 'node:crypto';
import pg from 'pg';

/** Statements with more parameters than this (multi-row inserts whose text varies with the row count) stay unnamed. */
const maxNamedParameters = 100;
/** A connection is replaced after this many uses, which bounds the statements a server session keeps. */
export const connectionMaxUses = 20_000;

const statementNames = new Map<string, string>();

/** A stable name for a statement text: the same text always gets the same name on every connection. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `t${createHash('sha1').update(text).digest('base64url')}`;
    if (statementNames.size < 10_000) {
      statementNames.set(text, name);
    }
  }
  return name;
}

const isUnnamedStatement = (config: unknown): config is { text: string } =>
  typeof config === 'object' &&
  config !== null &&
  'text' in config &&
  typeof config.text === 'string' &&
  !('name' in config && config.name);

/** The values of a call: `query(config, values)` (Drizzle) or `query({ text, values })`. */
const valuesOf = (config: object, second: unknown): unknown =>
  Array.isArray(second) ? second : 'values' in config ? config.values : undefined;

const hasFewParameters = (values: unknown): boolean =>
  Array.isArray(values) && values.length > 0 && values.length <= maxNamedParameters;

/**
 * A node-postgres client that turns every parameterised statement into a named prepared statement of its connection:
 * the server parses it once per connection, and once a statement has run a few times PostgreSQL may keep a generic
 * plan instead of planning it again on every call. The referral read-back joins eight tables and took ~6 ms to plan
 * against 0.5 ms to run (docs/benchmarks.md). Statements without parameters keep the simple protocol (scripts with
 * several statements, `begin`, `commit`) and so do calls with a plain text.
 */
export class PreparingClient extends pg.Client {}

const unnamedQuery = Reflect.get(pg.Client.prototype, 'query') as (this: pg.Client, ...args: unknown[]) => unknown;
Object.defineProperty(PreparingClient.prototype, 'query', {
  value: function query(this: pg.Client, config: unknown, ...rest: unknown[]): unknown {
    if (isUnnamedStatement(config) && hasFewParameters(valuesOf(config, rest[0]))) {
      return unnamedQuery.call(this, { ...config, name: statementName(config.text) }, ...rest);
    }
    return unnamedQuery.call(this, config, ...rest);
  },
});
