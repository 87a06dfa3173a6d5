import { describe, expect, it } from 'vitest';
import { cutKeyPage } from './cut-key-page';

const rows = (...groups: [string, number][]) =>
  groups.flatMap(([key, size]) => Array.from({ length: size }, (_, index) => ({ key, patientId: `${key}-${index}` })));
const limits = { pageSize: 2, maxBlockSize: 3, rowLimit: 100 };

describe('cutKeyPage', () => {
  it('returns no cursor when nothing is left', () => {
    expect(cutKeyPage([], limits)).toEqual({ blocks: [], sharedKeys: 0, oversizedKeys: 0, cursor: undefined });
  });

  it('passes over single-patient keys and stops after pageSize shared keys', () => {
    const page = cutKeyPage(rows(['a', 1], ['b', 2], ['c', 1], ['d', 3], ['e', 2]), limits);
    expect(page.blocks.map((block) => block.key)).toEqual(['b', 'd']);
    expect(page.blocks[1]?.patientIds).toEqual(['d-0', 'd-1', 'd-2']);
    expect(page).toMatchObject({ sharedKeys: 2, oversizedKeys: 0, cursor: 'd' });
  });

  it('counts an oversized block without scoring it', () => {
    const page = cutKeyPage(rows(['a', 5], ['b', 2]), limits);
    expect(page.blocks.map((block) => block.key)).toEqual(['b']);
    expect(page).toMatchObject({ sharedKeys: 2, oversizedKeys: 1, cursor: 'b' });
  });

  it('moves past trailing single-patient keys at the end of the index', () => {
    expect(cutKeyPage(rows(['a', 2], ['b', 1], ['c', 1]), limits)).toMatchObject({ sharedKeys: 1, cursor: 'c' });
  });

  it('stops before the last key when the read was cut, since its block may go on', () => {
    const page = cutKeyPage(rows(['a', 2], ['b', 2]), { ...limits, pageSize: 10, rowLimit: 4 });
    expect(page).toMatchObject({ sharedKeys: 1, cursor: 'a' });
  });

  it('passes over a key that alone fills the read', () => {
    const page = cutKeyPage(rows(['a', 4]), { ...limits, rowLimit: 4 });
    expect(page).toEqual({ blocks: [], sharedKeys: 1, oversizedKeys: 1, cursor: 'a' });
  });
});
