import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { IdSet } from '../../src/io/index.js';

describe('IdSet', () => {
  test.prop([fc.array(fc.string({ maxLength: 12 }), { maxLength: 400 })])('agrees with a Set and remembers first lines', (ids) => {
    const set = new IdSet(1);
    const reference = new Map<string, number>();
    ids.forEach((id, index) => {
      const first = set.add(id, index + 1);
      expect(first).toBe(reference.get(id));
      if (!reference.has(id)) reference.set(id, index + 1);
    });
    expect(set.size).toBe(reference.size);
    for (const [id, line] of reference) expect(set.lineOf(id)).toBe(line);
  });

  it('keeps 200,000 distinct ids apart while growing', () => {
    const set = new IdSet();
    let clashes = 0;
    for (let index = 0; index < 200_000; index++) if (set.add(`bench-q-${index}`, index) !== undefined) clashes++;
    expect(clashes).toBe(0);
    expect(set.size).toBe(200_000);
    expect(set.has('bench-q-199999')).toBe(true);
    expect(set.has('bench-q-200000')).toBe(false);
  });
});
