import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { quotes, sources, speakers } from '../../src/dataset/index.js';
import { SaidbyError } from '../../src/error/index.js';
import { columnNamesOf, flatCells, flattenRecord, unflattenRow, type FlatCell } from '../../src/schema/index.js';
import { quoteRecord, speakerRecord } from '../export/arbitraries.js';

const asCsvCells = (row: Record<string, FlatCell>) =>
  Object.fromEntries(Object.entries(row).map(([name, cell]) => [name, cell === null ? '' : String(cell)]));

describe('flattenRecord / unflattenRow', () => {
  const tables = [
    ['quotes', quotes],
    ['speakers', speakers],
    ['sources', sources],
  ] as const;

  it.each(tables)('round-trips every bundled %s record through typed and textual cells', (table, records) => {
    for (const record of records) {
      const row = flattenRecord(table, record);
      expect(Object.keys(row)).toEqual(columnNamesOf(table));
      expect(flatCells(table, record)).toEqual(Object.values(row));
      expect(unflattenRow(table, row)).toEqual(record);
      expect(unflattenRow(table, asCsvCells(row))).toEqual(record);
    }
  });

  it('makes a null nullable object all-empty and back', () => {
    const quote = quotes.find((candidate) => candidate.review === null)!;
    const row = flattenRecord('quotes', quote);
    expect(row['review.rating.alternateName']).toBeNull();
    expect(unflattenRow('quotes', asCsvCells(row)).review).toBeNull();
  });

  it('keeps a nested nullable object null while its parent is present', () => {
    const row = asCsvCells(flattenRecord('quotes', quotes[0]!));
    const back = unflattenRow('quotes', { ...row, 'speakerMention.span.start': '', 'speakerMention.span.end': '' });
    expect(back.speakerMention).toEqual({ text: quotes[0]!.speakerMention!.text, span: null });
  });

  it('joins and splits list cells on "|"', () => {
    const row = flattenRecord('speakers', speakers[0]!);
    expect(row.aliases).toBe('Sergey Lavrov|Sergey Viktorovich Lavrov');
    expect(unflattenRow('speakers', { ...row, aliases: '' }).aliases).toEqual([]);
  });

  it('refuses a list item that contains the delimiter, naming field and value', () => {
    const speaker = { ...speakers[0]!, aliases: ['Lavrov|Sergei'] };
    expect(() => flattenRecord('speakers', speaker)).toThrow(SaidbyError);
    expect(() => flattenRecord('speakers', speaker)).toThrow(/aliases.*"Lavrov\|Sergei"/);
  });

  it.each([
    ['span.start', 'twelve', /span\.start: expected an integer \(got "twelve"\)/],
    ['span.start', '1.5', /span\.start: expected an integer/],
    ['mentions', '{not json', /mentions: expected JSON array text/],
    ['mentions', '{}', /mentions: expected JSON array text/],
    ['extensions', '[]', /extensions: expected JSON object text/],
    ['provenance.confidence', '0x10', /provenance\.confidence: expected a number/],
  ])('rejects %s = %j with a SaidbyError', (name, cell, message) => {
    const row = asCsvCells(flattenRecord('quotes', quotes[0]!));
    const attempt = () => unflattenRow('quotes', { ...row, [name]: cell });
    expect(attempt).toThrow(SaidbyError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as SaidbyError).issues[0]!.path).toEqual([name]);
    }
  });

  it('reads an empty cell as "" for a required string and null for a nullable one', () => {
    const row = asCsvCells(flattenRecord('sources', sources[0]!));
    const back = unflattenRow('sources', { ...row, title: '', codePointLength: '' });
    expect(back.title).toBe('');
    expect(back.codePointLength).toBeNull();
  });

  propertyTest.prop([fc.array(quoteRecord, { minLength: 10, maxLength: 12 }), fc.array(speakerRecord, { maxLength: 5 })], { numRuns: 100 })(
    'is an exact inverse on generated records, from typed and from textual cells',
    (quotes, speakers) => {
      for (const quote of quotes) {
        expect(unflattenRow('quotes', flattenRecord('quotes', quote))).toEqual(quote);
        expect(unflattenRow('quotes', asCsvCells(flattenRecord('quotes', quote)))).toEqual(quote);
      }
      for (const speaker of speakers) expect(unflattenRow('speakers', asCsvCells(flattenRecord('speakers', speaker)))).toEqual(speaker);
    },
  );
});
