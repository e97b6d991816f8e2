import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { dataset } from '../../src/dataset/index.js';
import { isJsonValue, tableSchemas } from '../../src/schema/records.js';
import { checkRecord, validateRecord } from '../../src/schema/verify.js';
import { tableNames, type TableName } from '../../src/schema/vocabulary.js';

const samples: Record<TableName, readonly unknown[]> = dataset;

const oddValues = fc.oneof(
  fc.constantFrom(null, undefined, true, 0, -1, 1.5, NaN, Infinity, '', ' ', 'x', '2020-13-45', '2021-02-29', '2020-11', 'Q0', 'not a url', 'javascript:alert(1)'),
  fc.constantFrom('direct', 'mixed', 'range', 'unknown', 'exact', 'day', 'month', 'curated', 'Sergei Lavrov', 'ru'),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 10_000 }),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ start: 5, end: 2 }),
  fc.constant({ start: 0, end: 3 }),
  fc.constant(new Date(0)),
  fc.constant(() => 1),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Every path of a record down to its leaves, containers included. */
function pathsOf(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => pathsOf((value as Record<PropertyKey, unknown>)[key], [...prefix, key]))];
}

function withValueAt(record: unknown, path: PropertyKey[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(record) as Record<PropertyKey, unknown>;
  if (path.length === 0) return value;
  let parent: Record<PropertyKey, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete parent[last];
  else parent[last] = value;
  return copy;
}

const mutation = fc
  .constantFrom(...tableNames)
  .chain((table) => fc.tuple(fc.constant(table), fc.nat({ max: samples[table].length - 1 })))
  .chain(([table, index]) => {
    const record = samples[table][index];
    const paths = pathsOf(record);
    return fc.record({
      table: fc.constant(table),
      record: fc
        .array(fc.tuple(fc.constantFrom(...paths), oddValues, fc.boolean()), { minLength: 1, maxLength: 3 })
        .map((edits) => edits.reduce((current, [path, value, remove]) => {
          try {
            return withValueAt(current, path, value, remove);
          } catch {
            return current;
          }
        }, record as unknown)),
    });
  });

describe('compiled table schemas', () => {
  propertyTest.prop([mutation], { numRuns: 1500 })('accept and reject exactly what the zod runtime parser does, with the same issues', ({ table, record }) => {
    const runtime = tableSchemas[table].safeParse(record);
    const compiled = checkRecord(table, record);
    expect('record' in compiled).toBe(runtime.success);
    if (runtime.success) expect((compiled as { record: unknown }).record).toEqual(runtime.data);
    else expect(validateRecord(table, record).map(({ code, path, message }) => ({ code, path, message }))).toEqual(runtime.error.issues.map(({ code, path, message }) => ({ code, path, message })));
  });

  it('accepts every bundled record', () => {
    for (const table of tableNames) for (const record of samples[table]) expect(checkRecord(table, record)).toEqual({ record });
  });
});

describe('isJsonValue (the extensions rule, without a recursive schema)', () => {
  propertyTest.prop([fc.jsonValue()])('accepts every JSON value', (value) => {
    expect(isJsonValue(value)).toBe(true);
    expect(z.json().safeParse(value).success).toBe(true);
  });

  const notJson = fc.constantFrom(undefined, NaN, Infinity, -Infinity, () => 1, Symbol('s'), 10n, new Date(0), new Map(), /x/);
  propertyTest.prop([fc.jsonValue({ maxDepth: 4 }), notJson, fc.nat()])('rejects a value with anything else anywhere inside, as z.json() does', (value, bad, at) => {
    const containers: Array<Record<string, unknown> | unknown[]> = [];
    const walk = (item: unknown) => {
      if (typeof item === 'object' && item !== null) {
        containers.push(item as Record<string, unknown>);
        Object.values(item).forEach(walk);
      }
    };
    const root = { root: value };
    walk(root);
    const target = containers[at % containers.length]!;
    if (Array.isArray(target)) target.push(bad);
    else target.bad = bad;
    expect(isJsonValue(root)).toBe(false);
    expect(z.json().safeParse(root).success).toBe(false);
  });

  it('walks any depth without recursion and refuses cycles', () => {
    let deep: unknown = 'leaf';
    for (let depth = 0; depth < 200_000; depth++) deep = depth % 2 === 0 ? [deep] : { next: deep };
    expect(isJsonValue(deep)).toBe(true);
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = { back: cycle };
    expect(isJsonValue(cycle)).toBe(false);
    const shared = { x: 1 };
    expect(isJsonValue({ a: shared, b: [shared, shared] })).toBe(true);
    expect(isJsonValue(Object.create(null))).toBe(true);
    expect(isJsonValue([1, , 3])).toBe(false);
  });

  it('is still the rule on every table: a non-JSON extension is rejected with its path', () => {
    const speaker = { ...dataset.speakers[0]!, extensions: { importer: { when: new Date(0) } } };
    expect(validateRecord('speakers', speaker)).toMatchObject([{ path: ['extensions', 'importer'], code: 'custom' }]);
  });
});
