import { describe, expect, inject, it } from 'vitest';
import { PreparingClient } from './prepared-statements';

// The same declaration as the server's test database helper (scripts/vitest/database-setup.ts provides it).
declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase:
      { kind: 'pglite'; templatePath: string } | { kind: 'postgres'; url: string; serverUrl: string; template: string };
  }
}

const target = inject('testDatabase');

const preparedTexts = async (client: PreparingClient): Promise<string[]> =>
  (await client.query<{ statement: string }>('select statement from pg_prepared_statements')).rows.map(
    (row) => row.statement,
  );

// Named statements are a node-postgres feature: PGlite has no such client.
describe.skipIf(target.kind !== 'postgres')('PreparingClient', () => {
  const connect = async () => {
    const client = new PreparingClient({ connectionString: target.kind === 'postgres' ? target.serverUrl : '' });
    await client.connect();
    return client;
  };

  it('prepares a parameterised statement once per connection and answers every call', async () => {
    const client = await connect();
    try {
      const text = 'select $1::int + 1 as next';
      // Drizzle's form (config, values) and node-postgres's ({ text, values }).
      const first = await client.query({ text }, [1]);
      const second = await client.query({ text, values: [41] });
      expect(first.rows).toEqual([{ next: 2 }]);
      expect(second.rows).toEqual([{ next: 42 }]);
      expect((await preparedTexts(client)).filter((statement) => statement === text)).toHaveLength(1);
    } finally {
      await client.end();
    }
  });

  it('leaves statements without parameters, plain texts and long parameter lists unprepared', async () => {
    const client = await connect();
    try {
      // A script of several statements only runs on the simple protocol.
      await client.query({ text: 'select 1; select 2' });
      await client.query('select $1::int as one', [1]);
      const many = Array.from({ length: 101 }, (_, index) => `$${index + 1}::int`).join(' + ');
      const sum = await client.query(
        { text: `select ${many} as total` },
        Array.from({ length: 101 }, () => 1),
      );
      expect(sum.rows).toEqual([{ total: 101 }]);
      expect(await preparedTexts(client)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
