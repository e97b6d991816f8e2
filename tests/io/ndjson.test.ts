import { Readable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { SaidbyError, formatIssues } from '../../src/error/index.js';
import { type Rejection, readNdjson } from '../../src/io/index.js';

const quotes = dataset.quotes;
const line = (value: unknown) => JSON.stringify(value);
const fromText = (text: string) => Readable.from([text]);

async function readAll(text: string, options: Parameters<typeof readNdjson>[1] = {}) {
  const rejections: Rejection[] = [];
  const stream = readNdjson(fromText(text), { ...options, onRejected: (rejection) => rejections.push(rejection) });
  const records = await stream.toArray();
  return { records, rejections, summary: stream.summary() };
}

describe('readNdjson', () => {
  it('reads every bundled quote, telling the table from the keys', async () => {
    const { records, summary } = await readAll(quotes.map(line).join('\n') + '\n');
    expect(records.map((record) => record.id)).toEqual(quotes.map((quote) => quote.id));
    expect(summary).toMatchObject({ read: 17, accepted: 17, rejected: 0, ok: true, records: { quotes: 17 } });
    expect(summary.text).toContain('sourceId and speakerId not checked');
  });

  it('reports each bad line with its number and goes on', async () => {
    const text = [
      '\uFEFF' + line(quotes[0]),
      '',
      line(quotes[1]) + '\r',
      '{"id": broken',
      line({ ...quotes[2], kind: 'qoute' }),
      line(quotes[1]),
      line({ ...quotes[3], extra: 1 }),
      line(quotes[4]).slice(0, 40),
    ].join('\n');
    const { records, rejections, summary } = await readAll(text, { table: 'quotes' });
    expect(records.map((record) => record.id)).toEqual([quotes[0]!.id, quotes[1]!.id]);
    expect(rejections.map((rejection) => [rejection.line, rejection.issues[0]!.code])).toEqual([
      [4, 'invalid_json'],
      [5, 'invalid_value'],
      [6, 'duplicate_id'],
      [7, 'unrecognized_keys'],
      [8, 'truncated_line'],
    ]);
    expect(rejections[1]!.issues[0]).toMatchObject({ path: ['quotes', 'kind'], record: quotes[2]!.id, line: 5, allowed: ['direct', 'indirect', 'mixed'] });
    expect(rejections[2]!.issues[0]!.message).toContain('already used at line 3');
    expect(formatIssues(rejections[1]!.issues)).toMatch(/✖ .*\n {2}→ at line 5, record azatutyun-30929229-q03, quotes\.kind/);
    expect(summary).toMatchObject({ read: 7, accepted: 2, rejected: 5, blankLines: 1, ok: false });
    expect(summary.text).toBe('read 7 = 2 accepted + 5 rejected (2 quotes); 1 blank line(s) skipped; sourceId and speakerId not checked (no other tables given)');
  });

  it('checks references against the ids of the other tables', async () => {
    const text = [line(quotes[0]), line({ ...quotes[1], speakerId: 'nobody' }), line({ ...quotes[2], sourceId: 'elsewhere' })].join('\n');
    const { rejections, summary } = await readAll(text, {
      references: { speakers: dataset.speakers.map((speaker) => speaker.id), sources: dataset.sources.map((source) => source.id) },
    });
    expect(rejections.map((rejection) => rejection.issues.map((issue) => issue.path.join('.')))).toEqual([['quotes.speakerId'], ['quotes.sourceId']]);
    expect(summary.referencesChecked).toEqual({ sourceId: true, speakerId: true });
  });

  it('stops at the first rejected record when asked, after yielding the ones before it', async () => {
    const stream = readNdjson(fromText([line(quotes[0]), 'nope', line(quotes[1])].join('\n')), { stopOnError: true });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const quote of stream) seen.push(quote.id);
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SaidbyError);
    expect((error as SaidbyError).issues[0]).toMatchObject({ code: 'invalid_json', line: 2 });
    expect(seen).toEqual([quotes[0]!.id]);
    expect(stream.summary()).toMatchObject({ read: 2, accepted: 1, rejected: 1, stopped: true, ok: false });
  });

  it('asks for the table when the first record does not tell it', async () => {
    const { rejections, records } = await readAll([line({ id: 'x' }), line(dataset.speakers[0])].join('\n'));
    expect(rejections[0]!.issues[0]!.code).toBe('unknown_table');
    expect(records).toHaveLength(1);
  });

  it('decodes UTF-8 split across chunks and lines split across chunks', async () => {
    const bytes = Buffer.from(dataset.speakers.map(line).join('\r\n') + '\r\n', 'utf8');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, index) => bytes.subarray(index * 7, index * 7 + 7));
    const records = await readNdjson(Readable.from(chunks), { table: 'speakers' }).toArray();
    expect(records).toEqual(dataset.speakers);
  });

  test.prop(
    [
      fc.array(
        fc.oneof(
          fc.constant<'good'>('good'),
          fc.constantFrom<'json' | 'schema' | 'blank' | 'duplicate'>('json', 'schema', 'blank', 'duplicate'),
        ),
        { minLength: 1, maxLength: 60 },
      ),
      fc.boolean(),
      fc.integer({ min: 1, max: 97 }),
    ],
    { numRuns: 150 },
  )('counts reconcile and every bad line is reported by number', async (kinds, crlf, chunkSize) => {
    const lines: string[] = [];
    const expectedBad: number[] = [];
    const goodIds: string[] = [];
    kinds.forEach((kind, index) => {
      const id = `q-${index}`;
      const quote = { ...quotes[index % quotes.length]!, id };
      if (kind === 'good') goodIds.push(id);
      else if (kind !== 'blank') expectedBad.push(index + 1);
      lines.push(
        kind === 'good'
          ? line(quote)
          : kind === 'json'
            ? line(quote).slice(0, 30)
            : kind === 'schema'
              ? line({ ...quote, span: { start: 5, end: 1 } })
              : kind === 'blank'
                ? ''
                : line({ ...quote, id: goodIds[0] ?? 'q-dup' }),
      );
      if (kind === 'duplicate' && goodIds.length === 0) {
        goodIds.push('q-dup');
        expectedBad.pop();
      }
    });
    const text = lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
    const chunks = Array.from({ length: Math.ceil(text.length / chunkSize) }, (_, index) => text.slice(index * chunkSize, (index + 1) * chunkSize));
    const rejections: Rejection[] = [];
    const stream = readNdjson(Readable.from(chunks), { table: 'quotes', onRejected: (rejection) => rejections.push(rejection) });
    const records = await stream.toArray();
    const summary = stream.summary();
    expect(summary.read).toBe(summary.accepted + summary.rejected);
    expect(summary.read + summary.blankLines).toBe(kinds.length);
    expect(records.map((record) => record.id)).toEqual(goodIds);
    expect(rejections.map((rejection) => rejection.line)).toEqual(expectedBad);
  });
});
