import { Writable } from 'node:stream';
import { fc, test as propertyTest } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  escapeFormula,
  flattenRecord,
  toCsv,
  toJson,
  toNdjson,
  unescapeFormula,
  unflattenRow,
  writeCsv,
  writeJson,
  writeNdjson,
  type CsvOptions,
  type FlatCell,
} from '../../src/export/index.js';
import { dataset, findQuotes, quoteRowColumns, quoteRows, SaidbyError, type Quote } from '../../src/index.js';
import { columnNamesOf, columnsOf } from '../../src/schema/index.js';
import { quoteRecord, speakerRecord } from './arbitraries.js';

const formulaStart = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const textOf = (cell: FlatCell) => (cell === null ? '' : String(cell));
const lineBreak = { crlf: '\r\n', lf: '\n' } as const;

function readCsv(text: string, options: CsvOptions = {}): string[][] {
  return parse(text, { bom: true, delimiter: options.delimiter ?? ',', record_delimiter: lineBreak[options.lineEnding ?? 'crlf'] });
}

/** Outside quoted cells, CR and LF occur only as the record delimiter (what DuckDB and Excel rely on). */
function expectLineBreaksOnlyInQuotes(text: string, recordDelimiter: string): void {
  const unquoted = text.replace(/"(?:[^"]|"")*"/g, '""');
  for (const line of unquoted.split(recordDelimiter)) expect(line).not.toMatch(/[\r\n]/);
}

function memoryOutput(highWaterMark = 16 * 1024) {
  const chunks: string[] = [];
  let mostBuffered = 0;
  const output = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      mostBuffered = Math.max(mostBuffered, output.writableLength);
      setImmediate(callback);
    },
  });
  return { output, text: () => chunks.join(''), mostBuffered: () => mostBuffered };
}

async function* slowly<T>(records: readonly T[]): AsyncGenerator<T> {
  for (const record of records) {
    await Promise.resolve();
    yield record;
  }
}

const csvShape = fc.record({ delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const), lineEnding: fc.constantFrom('crlf' as const, 'lf' as const), bom: fc.boolean() });
const quoteBatch = fc.array(quoteRecord, { minLength: 10, maxLength: 14 });
const names = columnNamesOf('quotes');
const numericColumns = new Set(columnsOf('quotes').filter((field) => field.type === 'number' || field.type === 'integer').map((field) => field.name));

describe('CSV of generated records (100 runs × ≥10 records: ≥1,000 records)', () => {
  propertyTest.prop([quoteBatch, csvShape], { numRuns: 100 })('gives back every value with formula escaping off', (quotes, shape) => {
    const options = { ...shape, escapeFormulas: false };
    const text = toCsv('quotes', quotes, options);
    expect(text.startsWith('\uFEFF')).toBe(shape.bom);
    expectLineBreaksOnlyInQuotes(text, lineBreak[shape.lineEnding]);
    const [header, ...rows] = readCsv(text, options);
    expect(header).toEqual(names);
    expect(rows).toHaveLength(quotes.length);
    rows.forEach((row, index) => {
      const flat = flattenRecord('quotes', quotes[index]!);
      expect(row).toEqual(Object.values(flat).map(textOf));
      expect(unflattenRow('quotes', Object.fromEntries(names.map((name, column) => [name, row[column]!])))).toEqual(quotes[index]);
    });
  });

  propertyTest.prop([quoteBatch, csvShape], { numRuns: 100 })('escapes every formula start by default, reversibly', (quotes, shape) => {
    const [header, ...rows] = readCsv(toCsv('quotes', quotes, shape), shape);
    expect(header).toEqual(names);
    rows.forEach((row, index) => {
      const expected = Object.values(flattenRecord('quotes', quotes[index]!));
      row.forEach((cell, column) => {
        const value = expected[column]!;
        if (typeof value === 'string') {
          expect(cell).toBe(escapeFormula(value));
          expect(unescapeFormula(cell)).toBe(value);
          expect(cell).not.toMatch(formulaStart);
        } else {
          expect(cell).toBe(textOf(value));
          if (formulaStart.test(cell)) expect(numericColumns.has(names[column]!)).toBe(true);
        }
      });
    });
  });

  propertyTest.prop([quoteBatch, csvShape], { numRuns: 30 })('is byte-deterministic, streamed or not', async (quotes, shape) => {
    const text = toCsv('quotes', quotes, shape);
    expect(toCsv('quotes', structuredClone(quotes), shape)).toBe(text);
    const sink = memoryOutput();
    await writeCsv('quotes', slowly(quotes), sink.output, shape);
    expect(sink.text()).toBe(text);
  });

  propertyTest.prop([fc.array(speakerRecord, { minLength: 1, maxLength: 10 })], { numRuns: 50 })('round-trips speakers with list cells', (speakers) => {
    const [header, ...rows] = readCsv(toCsv('speakers', speakers, { escapeFormulas: false }));
    rows.forEach((row, index) => {
      expect(unflattenRow('speakers', Object.fromEntries(header!.map((name, column) => [name, row[column]!])))).toEqual(speakers[index]);
    });
  });
});

describe('CSV options and edge cases', () => {
  const fighters = { ...(dataset.quotes[5]! as Quote), text: '-2,000 fighters' };

  it('keeps "-2,000 fighters" readable when escaped and exact with the opt-out', () => {
    const escaped = readCsv(toCsv('quotes', [fighters], { columns: ['id', 'text'] }));
    expect(escaped[1]).toEqual([fighters.id, "'-2,000 fighters"]);
    const exact = readCsv(toCsv('quotes', [fighters], { columns: ['id', 'text'], escapeFormulas: false }));
    expect(exact[1]).toEqual([fighters.id, '-2,000 fighters']);
  });

  it('escapes full-width formula starts and text that already starts with an apostrophe and a formula start', () => {
    for (const text of ['\uFF1D1+1', '\uFF0Bx', '\uFF0D1', '\uFF20SUM(A1)', '\tx', '\rx', '\nx', "'=1", "''+1", ' =1', '\u0000=1']) {
      expect(escapeFormula(text)).toBe(`'${text}`);
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
    for (const text of ["'quoted'", 'x=1', ' x=1', '2,000']) expect(escapeFormula(text)).toBe(text);
  });

  it('writes the header as given, with a BOM, CRLF and "," by default', () => {
    const text = toCsv('speakers', dataset.speakers);
    expect(text.startsWith(`\uFEFF${columnNamesOf('speakers').join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(toCsv('speakers', [], { bom: false })).toBe(`${columnNamesOf('speakers').join(',')}\r\n`);
    expect(toCsv('speakers', dataset.speakers, { header: false, bom: false }).startsWith('sergei-lavrov,')).toBe(true);
  });

  it('does not escape negative numbers in number columns', () => {
    const quote = { ...(dataset.quotes[0]! as Quote), review: { reviewer: 'X', url: null, date: null, rating: { alternateName: 'False', ratingValue: -1, bestRating: 1, worstRating: -1 } } };
    const [, row] = readCsv(toCsv('quotes', [quote], { columns: ['review.rating.ratingValue', 'review.rating.worstRating'] }));
    expect(row).toEqual(['-1', '-1']);
  });

  it('selects and orders columns, and names an unknown one', () => {
    expect(readCsv(toCsv('speakers', dataset.speakers, { columns: ['name', 'id'] }))[1]).toEqual(['Sergei Lavrov', 'sergei-lavrov']);
    expect(() => toCsv('speakers', dataset.speakers, { columns: ['nmae'] })).toThrow(/unknown column "nmae"; allowed: id, name[\s\S]*→ at columns/);
    expect(() => toCsv('speakers', dataset.speakers, { delimiter: '|' as never })).toThrow(SaidbyError);
  });

  it('refuses a list item containing the list delimiter instead of splitting it', () => {
    const speaker = { ...dataset.speakers[0]!, aliases: ['Lavrov | Sergei'] };
    expect(() => toCsv('speakers', [speaker])).toThrow(/aliases: list item contains the list delimiter "\|"/);
    expect(toCsv('speakers', [speaker], { listDelimiter: ';', bom: false }).split('\r\n')[1]).toContain('Lavrov | Sergei');
  });

  it('writes joined quote rows', () => {
    const rows = quoteRows(findQuotes({ speaker: 'lavrov' }));
    const [header, first] = readCsv(toCsv('quoteRows', rows));
    expect(header).toEqual(quoteRowColumns.map((column) => column.name));
    expect(first![header!.indexOf('speaker')]).toBe('Sergei Lavrov');
    expect(first![header!.indexOf('topics')]).toBe(rows[0]!.topics.join('|'));
  });

  it('waits for drain: a slow output never buffers everything', async () => {
    const quotes = Array.from({ length: 3000 }, (_, index) => ({ ...(dataset.quotes[0]! as Quote), id: `q-${index}` }));
    const cases: Array<[(output: Writable) => Promise<void>, string]> = [
      [(output) => writeCsv('quotes', slowly(quotes), output), toCsv('quotes', quotes)],
      [(output) => writeNdjson(slowly(quotes), output), toNdjson(quotes)],
    ];
    for (const [write, expected] of cases) {
      const sink = memoryOutput(16 * 1024);
      await write(sink.output);
      expect(sink.text()).toBe(expected);
      expect(expected.length).toBeGreaterThan(2_000_000);
      expect(sink.mostBuffered()).toBeLessThan(300 * 1024);
    }
  });
});

describe('JSON and NDJSON', () => {
  propertyTest.prop([fc.array(quoteRecord, { minLength: 10, maxLength: 12 })], { numRuns: 100 })('NDJSON lines parse back to the same records', (quotes) => {
    const lines = toNdjson(quotes).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toEqual(quotes);
  });

  propertyTest.prop([fc.array(quoteRecord, { maxLength: 8 }), fc.boolean()], { numRuns: 40 })('streams the same bytes as the string forms', async (quotes, pretty) => {
    const ndjson = memoryOutput();
    await writeNdjson(slowly(quotes), ndjson.output);
    expect(ndjson.text()).toBe(toNdjson(quotes));
    const json = memoryOutput();
    await writeJson(slowly(quotes), json.output, { pretty });
    expect(json.text()).toBe(toJson(quotes, { pretty }));
    expect(JSON.parse(json.text())).toEqual(quotes);
  });

  it('writes flat rows and pretty or compact JSON', () => {
    const [row] = JSON.parse(toJson(dataset.speakers, { flat: 'speakers' }));
    expect(row).toEqual(flattenRecord('speakers', dataset.speakers[0]!));
    expect(toJson([], { pretty: false })).toBe('[]\n');
    expect(toJson(dataset.speakers.slice(0, 1))).toBe(`${JSON.stringify(dataset.speakers.slice(0, 1), null, 2)}\n`);
    expect(toNdjson(dataset.quotes, { flat: 'quotes' }).split('\n')[0]).toBe(JSON.stringify(flattenRecord('quotes', dataset.quotes[0]!)));
  });
});
