import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('uses the embedded database without DATABASE_URL, and a pool of 10 connections on a server by default', () => {
    expect(loadConfig({ DATA_DIR: '/tmp/tansiq' }).database).toEqual({ kind: 'pglite', dataDir: '/tmp/tansiq/pglite' });
    expect(loadConfig({ DATABASE_URL: 'postgres://db.example/tansiq' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://db.example/tansiq',
      poolSize: 10,
    });
  });

  it('takes the pool size from DATABASE_POOL_SIZE and refuses one that is not a positive integer', () => {
    const url = 'postgres://db.example/tansiq';
    expect(loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '5' }).database).toMatchObject({ poolSize: 5 });
    expect(() => loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: 'many' })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
