import { fc, test as propertyTest } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SaidbyError } from '../../src/error/index.js';
import { checkQuery, queryOptions } from '../../src/query/index.js';
import { quoteQueryOptionsFile, quoteQueryOptionsText, quoteQuerySchema } from '../../src/query/schema.js';

const root = resolve(__dirname, '../..');

function issueOf(query: unknown) {
  try {
    checkQuery(query);
    return undefined;
  } catch (error) {
    if (error instanceof SaidbyError) return error.issues[0]!;
    throw error;
  }
}

const values = fc.oneof(
  fc.constantFrom('direct', 'qoute', 'quantity', 'check-worthy-factual', 'overlap', 'within', 'date-desc', 'lavrov', '', '   ', 'a b'),
  fc.constantFrom('2020', '2020-11', '2020-11-03', '2020-1', 'yesterday', '20201', '2020-11-03T00:00'),
  fc.constantFrom(true, false, 0, 3, -1, 1.5, 2 ** 60, null, () => true, {}),
  fc.array(fc.constantFrom('direct', 'mixed', 'qoute', 'lavrov', 3, ''), { maxLength: 3 }),
  fc.string({ maxLength: 6 }),
);
const keys = fc.constantFrom(...Object.keys(quoteQuerySchema.shape), 'speakr', 'undated', '__proto__');
const queries = fc.dictionary(keys, values, { maxKeys: 3 });

describe('query options from the zod schema', () => {
  it('are described in src/query/options.json exactly as the schema generates them (the build rewrites it)', () => {
    expect(readFileSync(resolve(root, quoteQueryOptionsFile), 'utf8'), 'run `npm run build` to regenerate src/query/options.json').toBe(quoteQueryOptionsText());
  });

  it('list every schema key, in order, with its description', () => {
    expect(queryOptions.map((option) => option.key)).toEqual(Object.keys(quoteQuerySchema.shape));
    for (const option of queryOptions) expect(option.description, option.key).not.toBe('');
    expect(queryOptions.find((option) => option.key === 'kind')).toMatchObject({ type: 'string', list: true, allowed: ['direct', 'indirect', 'mixed'] });
    expect(queryOptions.find((option) => option.key === 'limit')).toMatchObject({ type: 'integer', list: false });
    expect(queryOptions.find((option) => option.key === 'where')).toMatchObject({ type: undefined });
  });

  propertyTest.prop([queries], { numRuns: 2000 })('the zod-free check accepts and rejects what quoteQuerySchema does, at the same option', (query) => {
    const parsed = quoteQuerySchema.safeParse(query);
    const issue = issueOf(query);
    expect(issue === undefined, JSON.stringify(issue)).toBe(parsed.success);
    if (issue === undefined || parsed.success) return;
    const zodKeys = parsed.error.issues.flatMap((zodIssue) => (zodIssue.code === 'unrecognized_keys' ? zodIssue.keys : [zodIssue.path[0]]));
    expect(zodKeys).toContain(issue.path[0]);
  });

  it('never bakes the option name into a message', () => {
    for (const query of [{ kind: 'x' }, { limit: -2 }, { from: 'x' }, { speaker: [] }, { search: ' ' }, { nope: 1 }]) {
      const issue = issueOf(query)!;
      expect(issue.message.startsWith(String(issue.path[0]))).toBe(false);
    }
  });
});
