import { describe, expect, it } from 'vitest';
import { DateEstimateSchema, QuoteSchema, SourceSchema, parseDataset } from '../../src/schema/index.js';
import { SaidbyError } from '../../src/error/index.js';
import { cloneDataset } from './helpers.js';

const unknownDate = { value: null, precision: null, certainty: 'unknown', earliest: null, latest: null, evidence: 'not said' };

describe('record schema', () => {
  it('accepts the bundled dataset', () => {
    expect(() => parseDataset(cloneDataset())).not.toThrow();
  });

  it.each([
    ['an impossible day', { ...unknownDate, value: '2020-02-30', precision: 'day', certainty: 'exact' }, 'value'],
    ['month 13', { ...unknownDate, value: '2020-13', precision: 'month', certainty: 'exact' }, 'value'],
    ['a precision that disagrees with the value', { ...unknownDate, value: '2020-11', precision: 'day', certainty: 'exact' }, 'precision'],
    ['a reversed range', { ...unknownDate, certainty: 'range', earliest: '2020-11-05', latest: '2020-11-01' }, 'latest'],
    ['a range without bounds', { ...unknownDate, certainty: 'range' }, 'earliest'],
    ['an unknown date with a value', { ...unknownDate, value: '2020', precision: 'year' }, 'value'],
    ['an exact date without a value', { ...unknownDate, certainty: 'exact' }, 'value'],
    ['bounds outside a range', { ...unknownDate, value: '2020', precision: 'year', certainty: 'exact', earliest: '2020-01-01' }, 'earliest'],
  ])('rejects %s', (_name, date, field) => {
    const result = DateEstimateSchema.safeParse(date);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it('accepts partial dates at each precision', () => {
    for (const [value, precision] of [['2020', 'year'], ['2020-11', 'month'], ['2020-11-03', 'day'], ['2024-02-29', 'day']]) {
      expect(DateEstimateSchema.safeParse({ ...unknownDate, value, precision, certainty: 'inferred' }).success).toBe(true);
    }
  });

  it('rejects unknown fields instead of dropping them', () => {
    const quote = { ...cloneDataset().quotes[0], speaker: 'Lavrov' };
    const result = QuoteSchema.safeParse(quote);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('requires quoted segments on a mixed quote and forbids them elsewhere', () => {
    const [mixed] = cloneDataset().quotes.filter((quote) => quote.kind === 'mixed');
    expect(QuoteSchema.safeParse({ ...mixed, quotedSegments: [] }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...mixed, kind: 'indirect' }).success).toBe(false);
  });

  it('keeps archive fields all set or all null', () => {
    const [source] = cloneDataset().sources;
    expect(SourceSchema.safeParse({ ...source, sha256: null }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...source, sha256: null, archivePath: null, codePointLength: null }).success).toBe(true);
  });

  it('names table, row, record id and field when parsing fails', () => {
    const data = cloneDataset();
    (data.quotes[4] as { kind: string }).kind = 'qoute';
    let caught: unknown;
    try {
      parseDataset(data);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SaidbyError);
    const issue = (caught as SaidbyError).issues[0]!;
    expect(issue.path).toEqual(['quotes', 4, 'kind']);
    expect(issue.record).toBe('azatutyun-30929229-q05');
    expect(issue.allowed).toEqual(['direct', 'indirect', 'mixed']);
    expect((caught as SaidbyError).message).toContain('record azatutyun-30929229-q05, quotes[4].kind');
  });
});
