import { Readable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { SaidbyError } from '../../src/error/index.js';
import { toCsv, type CsvOptions } from '../../src/export/csv.js';
import { type Rejection, readCsv } from '../../src/io/index.js';
import type { Quote } from '../../src/schema/records.js';
import type { TableName } from '../../src/schema/vocabulary.js';
import { awkwardText } from '../export/arbitraries.js';

const chunked = (text: string, size: number) =>
  Readable.from(Array.from({ length: Math.ceil(text.length / size) }, (_, index) => text.slice(index * size, (index + 1) * size)));

async function read(text: string, options: Parameters<typeof readCsv>[1] = {}, chunkSize = 1 << 16) {
  const rejections: Rejection[] = [];
  const stream = readCsv(chunked(text, chunkSize), { ...options, onRejected: (rejection) => rejections.push(rejection) });
  const records = await stream.toArray();
  return { records, rejections, summary: stream.summary() };
}

const awkwardQuote = fc
  .record({ text: awkwardText, prefix: awkwardText, evidence: awkwardText, outlet: awkwardText, note: fc.option(awkwardText, { nil: null }) })
  .map((parts): Omit<Quote, 'id'> => {
    const template = dataset.quotes[1]! as Quote;
    return {
      ...template,
      text: parts.text,
      prefix: parts.prefix,
      date: { ...template.date, evidence: parts.evidence },
      origin: { ...template.origin, outlet: parts.outlet },
      provenance: { ...template.provenance, note: parts.note },
    };
  });

describe('readCsv', () => {
  it.each(['sources', 'speakers', 'quotes'] as TableName[])('reads back the exported %s exactly', async (table) => {
    const { records, summary } = await read(toCsv(table, dataset[table]));
    expect(records).toEqual(dataset[table]);
    expect(summary).toMatchObject({ ok: true, read: dataset[table].length, rejected: 0 });
  });

  test.prop(
    [
      fc.array(awkwardQuote, { minLength: 1, maxLength: 25 }),
      fc.record({ delimiter: fc.constantFrom<CsvOptions['delimiter']>(',', ';', '\t'), lineEnding: fc.constantFrom<CsvOptions['lineEnding']>('crlf', 'lf'), bom: fc.boolean(), escapeFormulas: fc.boolean() }),
      fc.integer({ min: 1, max: 300 }),
    ],
    { numRuns: 60 },
  )('round-trips awkward text in every writer dialect and chunking', async (drafts, options, chunkSize) => {
    const quotes = drafts.map((draft, index) => ({ ...draft, id: `q-${index}` }) as Quote);
    const { records, rejections } = await read(toCsv('quotes', quotes, options), { escapedFormulas: options.escapeFormulas }, chunkSize);
    expect(rejections).toEqual([]);
    expect(records).toEqual(quotes);
  });

  it('reports bad rows with their lines and keeps the good ones', async () => {
    const [header, ...rows] = toCsv('speakers', dataset.speakers, { lineEnding: 'lf', bom: true }).trimEnd().split('\n');
    const text = [
      header,
      rows[0],
      '',
      'one,two,three',
      rows[1]!.replace('organization', 'organisation'),
      'kremlin,"Kremlin"x,,organization,,,,,{}',
      rows[0],
      rows[2],
      '"unclosed,Kremlin',
    ].join('\r\n');
    const { records, rejections, summary } = await read(text);
    expect(records.map((speaker) => speaker.id)).toEqual([dataset.speakers[0]!.id, dataset.speakers[2]!.id]);
    expect(rejections.map((rejection) => [rejection.line, rejection.issues[0]!.code])).toEqual([
      [4, 'wrong_column_count'],
      [5, 'invalid_value'],
      [6, 'invalid_csv'],
      [7, 'duplicate_id'],
      [9, 'truncated_record'],
    ]);
    expect(summary).toMatchObject({ read: 7, accepted: 2, rejected: 5, blankLines: 1 });
  });

  it('reports a cell that cannot be parsed with its field', async () => {
    const [header, row] = toCsv('quotes', [dataset.quotes[0]!]).split('\r\n');
    const bad = row!.replace(',427,551,', ',four,551,');
    const { rejections } = await read([header, bad].join('\r\n'));
    expect(rejections[0]!.issues[0]).toMatchObject({ code: 'invalid_cell', path: ['quotes', 'span.start'], line: 2 });
  });

  it('rejects a header that is not the table columns before reading rows', async () => {
    const text = toCsv('speakers', dataset.speakers).replace('aliases', 'alias');
    const error = await read(text, { table: 'speakers' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SaidbyError);
    expect((error as SaidbyError).issues[0]).toMatchObject({ code: 'invalid_header', line: 1 });
    expect((error as SaidbyError).message).toMatch(/not speakers fields: alias; missing: aliases/);
  });

  test.prop([fc.array(fc.constantFrom('good', 'short', 'quoting', 'schema', 'blank'), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 500 })], {
    numRuns: 100,
  })('counts reconcile and each bad row is reported at its first line', async (kinds, chunkSize) => {
    const quotes = kinds.map((_, index) => ({ ...(dataset.quotes[index % dataset.quotes.length] as Quote), id: `q-${index}` }));
    const [header, ...rows] = toCsv('quotes', quotes, { lineEnding: 'crlf', bom: false }).split(/\r\n(?=q-\d+,)/);
    let line = 1 + header!.split('\n').length - 1;
    const expectedBad: number[] = [];
    const parts = [header!];
    kinds.forEach((kind, index) => {
      const row = rows[index]!.replace(/\r\n$/, '');
      const first = line + 1;
      const text =
        kind === 'good' ? row : kind === 'short' ? row.split(',').slice(0, 3).join(',') : kind === 'quoting' ? `q-x${index},"a"b,c` : kind === 'schema' ? row.replace(',indirect,', ',sideways,').replace(',direct,', ',sideways,').replace(',mixed,', ',sideways,') : '';
      if (kind !== 'good' && kind !== 'blank') expectedBad.push(first);
      line += text.split('\n').length;
      parts.push(text);
    });
    const { records, rejections, summary } = await read(parts.join('\r\n') + '\r\n', {}, chunkSize);
    expect(summary.read).toBe(summary.accepted + summary.rejected);
    expect(summary.read + summary.blankLines).toBe(kinds.length);
    expect(records.map((record) => record.id)).toEqual(quotes.filter((_, index) => kinds[index] === 'good').map((quote) => quote.id));
    expect(rejections.map((rejection) => rejection.line)).toEqual(expectedBad);
  });
});
