import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type Rejection, type TableRecord, importLiar, importQuotebank, liarRatings } from '../../src/io/index.js';
import { parseDataset } from '../../src/schema/verify.js';
import type { Quote, Speaker } from '../../src/schema/records.js';

const fixtures = join(__dirname, 'fixtures');

async function run(stream: ReturnType<typeof importLiar>) {
  const records = await stream.toArray();
  const byTable = (table: TableRecord['table']) => records.filter((entry) => entry.table === table).map((entry) => entry.record);
  const dataset = parseDataset({ sources: byTable('sources'), speakers: byTable('speakers'), quotes: byTable('quotes') });
  return { records, dataset, summary: stream.summary() };
}

describe('importQuotebank', () => {
  it('imports the good lines of the fixture and reports each bad one', async () => {
    const rejections: Rejection[] = [];
    const { dataset, summary } = await run(importQuotebank(join(fixtures, 'quotebank-sample.jsonl'), { onRejected: (r) => rejections.push(r) }));
    expect(rejections.map((r) => [r.line, r.issues[0]!.code, r.issues[0]!.path.join('.')])).toEqual([
      [6, 'invalid_json', ''],
      [7, 'invalid_type', 'quotebank.quotation'],
      [10, 'invalid_format', 'quotebank.date'],
      [11, 'duplicate_id', 'quotes.id'],
      [12, 'truncated_line', ''],
    ]);
    expect(summary).toMatchObject({ read: 11, accepted: 6, rejected: 5, blankLines: 1, records: { sources: 1, speakers: 4, quotes: 6 } });
    expect(dataset.sources.map((source) => source.id)).toEqual(['quotebank-e']);
    expect(dataset.quotes.every((quote) => quote.span === null && quote.prefix === '' && quote.provenance.method === 'imported')).toBe(true);
  });

  it('keeps the speaker probabilities and every candidate QID, and never picks one QID', async () => {
    const { dataset } = await run(importQuotebank(join(fixtures, 'quotebank-sample.jsonl')));
    const smith = dataset.speakers.find((speaker) => speaker.name === 'John Smith')!;
    expect(smith.wikidata).toBeNull();
    expect(smith.extensions).toEqual({ quotebank: { qids: ['Q99990002', 'Q99990003', 'Q99990004'] } });
    expect(dataset.speakers.every((speaker) => speaker.wikidata === null)).toBe(true);
    const quote = dataset.quotes.find((candidate) => candidate.id === 'quotebank:2020-01-28-000082')!;
    expect(quote).toMatchObject({
      speakerId: 'ada-quillfeather',
      kind: 'direct',
      date: { certainty: 'range', latest: '2020-01-28', earliest: null, value: null },
      provenance: { confidence: 0.8412 },
    });
    expect(quote.provenance.note).toMatch(/no offsets/);
    expect(quote.extensions.quotebank).toEqual({
      speaker: 'Ada Quillfeather',
      qids: ['Q99990001'],
      date: '2020-01-28 00:00:00',
      numOccurrences: 3,
      probas: [['Ada Quillfeather', '0.8412'], ['None', '0.1203'], ['Borislav Tenn', '0.0385']],
      urls: ['http://example.com/news/2020/01/28/bridge', 'http://example.org/a/123'],
      phase: 'E',
    });
    const unattributed = dataset.quotes.find((candidate) => candidate.id === 'quotebank:2020-01-28-000117')!;
    expect(unattributed.speakerId).toBeNull();
    const extra = dataset.quotes.find((candidate) => candidate.id === 'quotebank:2020-01-31-000021')!;
    expect(extra.speakerId).toBe('helene-dupre-akesson');
    expect((extra.extensions.quotebank as Record<string, unknown>).quoteSource).toBe('web');
  });

  it('gives different names that fold to one slug different ids', async () => {
    const record = (id: string, speaker: string) =>
      JSON.stringify({ quoteID: id, quotation: 'Words.', speaker, qids: [], date: '2021-05-01 00:00:00', numOccurrences: 1, probas: [[speaker, '0.9']], urls: [] });
    const { dataset } = await run(importQuotebank(Readable.from([[record('a-1', 'José Ruiz'), record('a-2', 'Jose Ruiz'), record('a-3', 'José Ruiz')].join('\n')])));
    expect(dataset.speakers.map((speaker: Speaker) => speaker.name)).toEqual(['José Ruiz', 'Jose Ruiz']);
    const [first, second, third] = dataset.quotes.map((quote: Quote) => quote.speakerId);
    expect(first).toBe('jose-ruiz');
    expect(second).not.toBe(first);
    expect(third).toBe(first);
  });
});

describe('importLiar', () => {
  it('imports LIAR rows with the label as a PolitiFact review and reports bad rows', async () => {
    const rejections: Rejection[] = [];
    const { dataset, summary } = await run(importLiar(join(fixtures, 'liar-sample.tsv'), { onRejected: (r) => rejections.push(r) }));
    expect(rejections.map((r) => [r.line, r.issues[0]!.code])).toEqual([
      [6, 'invalid_value'],
      [7, 'wrong_column_count'],
      [8, 'invalid_liar_cell'],
    ]);
    expect(summary).toMatchObject({ read: 8, accepted: 5, rejected: 3 });
    const quote = dataset.quotes.find((candidate) => candidate.id === 'liar:10540')!;
    expect(quote.review).toEqual({ reviewer: 'PolitiFact', url: null, date: null, rating: liarRatings['half-true'] });
    expect(quote.text).toBe('When the northern bridge closed, commute times doubled for 40,000 "daily" drivers.');
    expect(quote.topics).toEqual(['transportation', 'economy']);
    expect(quote.origin).toMatchObject({ outlet: 'a radio interview', certainty: 'stated' });
    expect(quote.extensions.liar).toMatchObject({ party: 'democrat', state: 'Ohio', history: { barelyTrue: 1, false: 0, halfTrue: 1, mostlyTrue: 0, pantsOnFire: 0 } });
    expect(dataset.speakers.find((speaker) => speaker.id === 'borislav-tenn')).toMatchObject({ role: 'Mayor of Exampleton', wikidata: null });
    const anonymous = dataset.quotes.find((candidate) => candidate.id === 'liar:9028')!;
    expect(anonymous.speakerId).toBeNull();
    expect(anonymous.extensions.liar).toMatchObject({ history: { barelyTrue: null } });
    expect(Object.values(liarRatings).map((rating) => rating.ratingValue)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('imports LIAR-PLUS rows (leading row number, justification last, CRLF)', async () => {
    const { dataset, summary } = await run(importLiar(join(fixtures, 'liar-plus-sample.tsv')));
    expect(summary).toMatchObject({ read: 4, accepted: 3, rejected: 1 });
    expect(dataset.sources.map((source) => source.id)).toEqual(['politifact-liar-plus']);
    const quote = dataset.quotes.find((candidate) => candidate.id === 'liar:2635')!;
    expect(quote.extensions.liar).toMatchObject({ index: '0', justification: expect.stringContaining('$1.2 billion') });
    expect(readFileSync(join(fixtures, 'liar-plus-sample.tsv'), 'utf8')).toContain('\r\n');
  });
});
