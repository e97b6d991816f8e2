import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { toCsv } from '../../src/export/csv.js';
import { readCsv, readLines, readNdjson, type Rejection } from '../../src/io/index.js';
import type { Quote } from '../../src/schema/records.js';

const directory = mkdtempSync(join(tmpdir(), 'saidby-defects-'));
const quotes = dataset.quotes as readonly Quote[];
const manyQuotes = (count: number) => Array.from({ length: count }, (_, index) => ({ ...quotes[index % quotes.length]!, id: `q-${index}` }) as Quote);

async function read(stream: ReturnType<typeof readCsv>) {
  const records = await stream.toArray();
  return { records, rejections: stream.rejections, summary: stream.summary() };
}

const collect = (into: Rejection[]) => (rejection: Rejection) => into.push(rejection);

describe('CSV rows are never lost', () => {
  it('an unclosed quote in a file ending with CRLF costs its own line only', async () => {
    const rows = manyQuotes(1000);
    const [header, ...lines] = toCsv('quotes', rows, { lineEnding: 'crlf', bom: false }).split(/\r\n(?=q-\d+,)/);
    const bad = 500;
    lines[bad] = lines[bad]!.replace(/^q-500,/, 'q-500,"never closed ');
    const text = [header, ...lines].join('\r\n');
    const firstLineOf = (index: number) => 2 + lines.slice(0, index).reduce((sum, row) => sum + row.split('\n').length - 1 + 1, 0);
    const { records, rejections, summary } = await read(readCsv(Readable.from([text]), { table: 'quotes' }));
    expect(summary.read).toBe(summary.accepted + summary.rejected);
    expect(records.map((record) => record.id)).toEqual(rows.filter((_, index) => index !== bad).map((row) => row.id));
    expect(rejections[0]).toMatchObject({ line: firstLineOf(bad) });
    expect(rejections[0]!.issues[0]!.code).toMatch(/invalid_csv|truncated_record|wrong_column_count/);
  });

  it('an unclosed quote at the very end of a CRLF file is reported, not dropped', async () => {
    const [header, ...rows] = toCsv('speakers', dataset.speakers, { lineEnding: 'crlf', bom: false }).trimEnd().split('\r\n');
    const text = `${header}\r\n${rows[0]}\r\n"kremlin,open\r\n`;
    const { records, rejections, summary } = await read(readCsv(Readable.from([text]), { table: 'speakers' }));
    expect(records.map((speaker) => speaker.id)).toEqual([dataset.speakers[0]!.id]);
    expect(rejections.map((rejection) => [rejection.line, rejection.issues[0]!.code])).toEqual([[3, 'truncated_record']]);
    expect(summary).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
  });

  it('reads rows ending in LF after a header ending in CRLF', async () => {
    const [header, ...rows] = toCsv('speakers', dataset.speakers, { lineEnding: 'lf', bom: false }).trimEnd().split('\n');
    const { records, summary } = await read(readCsv(Readable.from([`${header}\r\n${rows.join('\n')}\n`]), { table: 'speakers' }));
    expect(records).toEqual(dataset.speakers);
    expect(summary).toMatchObject({ read: 3, accepted: 3, rejected: 0 });
  });

  it('an unclosed quote does not swallow the next valid row, even one with quoted line breaks', async () => {
    const rows = [quotes[0]!, { ...quotes[1]!, text: 'first line\r\nsecond, "quoted" line' } as Quote, quotes[2]!];
    const [header, ...lines] = toCsv('quotes', rows, { lineEnding: 'crlf', bom: false }).split(/\r\n(?=azatutyun)/);
    const broken = lines[0]!.replace(/^azatutyun-30929229-q01,/, 'azatutyun-30929229-q01,"x');
    const text = [header, broken, ...lines.slice(1)].join('\r\n');
    const nextRow = 2 + broken.split(/\r\n|\n/).length;
    const { records, rejections } = await read(readCsv(Readable.from([text]), { table: 'quotes' }));
    expect(records).toEqual(rows.slice(1));
    expect(rejections[0]!.line).toBe(2);
    expect(rejections.every((rejection) => rejection.line < nextRow)).toBe(true);
  });

  it('an unclosed quote does not swallow the plain rows after it', async () => {
    const speakers = Array.from({ length: 4 }, (_, index) => ({ ...dataset.speakers[1]!, id: `s-${index}`, aliases: ['Kremlin'] }));
    const [header, ...rows] = toCsv('speakers', speakers, { bom: false }).trimEnd().split('\r\n');
    expect(rows.join('')).not.toContain('"');
    rows[1] = rows[1]!.replace('s-1,', 's-1,"');
    const { records, rejections } = await read(readCsv(Readable.from([[header, ...rows].join('\r\n') + '\r\n']), { table: 'speakers' }));
    expect(records.map((speaker) => speaker.id)).toEqual(['s-0', 's-2', 's-3']);
    expect(rejections.map((rejection) => rejection.line)).toEqual([3]);
  });

  it('CR-only line ends end records, and a CR inside a quoted cell stays in the cell', async () => {
    const speakers = [{ ...dataset.speakers[0]!, role: 'one\rtwo' }, dataset.speakers[1]!];
    const text = toCsv('speakers', speakers, { lineEnding: 'lf', bom: false }).replace(/\n/g, '\r');
    const { records, summary } = await read(readCsv(Readable.from([text]), { table: 'speakers' }));
    expect(records).toEqual(speakers);
    expect(summary.rejected).toBe(0);
  });

  it('a number cell that underflows to 0 is rejected, naming the column', async () => {
    const quote = { ...quotes[0]!, provenance: { ...quotes[0]!.provenance, method: 'extracted', confidence: 0.5 } } as Quote;
    const text = toCsv('quotes', [quote], { bom: false }).replace(',0.5,', ',1e-400,');
    const { rejections } = await read(readCsv(Readable.from([text]), { table: 'quotes' }));
    expect(rejections[0]!.issues[0]).toMatchObject({ code: 'number_out_of_range', path: ['quotes', 'provenance.confidence'], line: 2 });
  });
});

describe('JSON lines that JSON.parse would silently change', () => {
  const lineOf = (quote: object) => JSON.stringify(quote);
  async function ndjson(text: string) {
    const rejections: Rejection[] = [];
    const stream = readNdjson(Readable.from([text]), { table: 'quotes', onRejected: collect(rejections) });
    const records = await stream.toArray();
    return { records, rejections, summary: stream.summary() };
  }

  it('rejects a repeated key, naming it', async () => {
    const text = lineOf(quotes[0]!).replace('"kind":"indirect"', '"kind":"direct","kind":"indirect"') + '\n' + lineOf(quotes[1]!) + '\n';
    const { records, rejections } = await ndjson(text);
    expect(records.map((record) => record.id)).toEqual([quotes[1]!.id]);
    expect(rejections[0]!.issues[0]).toMatchObject({ code: 'duplicate_key', path: ['kind'], line: 1 });
    expect(rejections[0]!.issues[0]!.message).toContain('"kind"');
  });

  it('rejects 1e-400 in a number field instead of reading 0', async () => {
    const quote = { ...quotes[0]!, provenance: { ...quotes[0]!.provenance, method: 'extracted', confidence: 0.5 } };
    const { rejections, records } = await ndjson(lineOf(quote).replace('"confidence":0.5', '"confidence":1e-400') + '\n');
    expect(records).toEqual([]);
    expect(rejections[0]!.issues[0]).toMatchObject({ code: 'number_out_of_range', path: ['provenance', 'confidence'] });
  });

  it('rejects a lone surrogate from a JSON escape, naming the field', async () => {
    const { rejections, records } = await ndjson(lineOf({ ...quotes[0]!, text: 'cut in half: X' }).replace('half: X', 'half: \\ud83d') + '\n');
    expect(records).toEqual([]);
    expect(rejections[0]!.issues[0]).toMatchObject({ code: 'lone_surrogate', path: ['text'] });
  });

  it('keeps a whole escaped surrogate pair', async () => {
    const { records } = await ndjson(lineOf({ ...quotes[0]!, text: 'smile X' }).replace('smile X', 'smile \\ud83d\\ude00') + '\n');
    expect(records[0]!.text).toBe('smile 😀');
  });

  it('rejects a __proto__ key at any depth instead of dropping it', async () => {
    const text = lineOf({ ...quotes[0]!, extensions: { wrapper: { keep: 2 } } }).replace('"wrapper":{', '"wrapper":{"__proto__":{"x":1},') + '\n';
    const { rejections, records } = await ndjson(text);
    expect(records).toEqual([]);
    expect(rejections[0]!.issues[0]).toMatchObject({ code: 'forbidden_key', path: ['extensions', 'wrapper', '__proto__'] });
  });

  it('rejects nesting 1,500 deep without overflowing the stack, and reads the next line', async () => {
    const deep = '['.repeat(1500) + ']'.repeat(1500);
    const text = lineOf({ ...quotes[0]!, extensions: { deep: 0 } }).replace('"deep":0', `"deep":${deep}`) + '\n' + lineOf(quotes[1]!) + '\n';
    const { rejections, records, summary } = await ndjson(text);
    expect(records.map((record) => record.id)).toEqual([quotes[1]!.id]);
    expect(rejections[0]!.issues[0]).toMatchObject({ code: 'too_deep', line: 1 });
    expect(summary).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
  });

  it('rejects a line over maxRecordBytes with its number, without holding it, and reads the next', async () => {
    const text = `${lineOf(quotes[0]!)}\n${'x'.repeat(5000)}\n${lineOf(quotes[1]!)}\n`;
    const chunks = Array.from({ length: Math.ceil(text.length / 100) }, (_, index) => text.slice(index * 100, index * 100 + 100));
    const rejections: Rejection[] = [];
    const stream = readNdjson(Readable.from(chunks), { table: 'quotes', maxRecordBytes: 4096, onRejected: collect(rejections) });
    const records = await stream.toArray();
    expect(records.map((record) => record.id)).toEqual([quotes[0]!.id, quotes[1]!.id]);
    expect(rejections.map((rejection) => [rejection.line, rejection.issues[0]!.code])).toEqual([[2, 'record_too_large']]);
  });
});

describe('reading in chunks', () => {
  it.each([32 * 1024, 64 * 1024])('reads a literal U+FFFD that straddles a %i-byte read boundary', async (boundary) => {
    const quote = quotes[0]!;
    const prefix = `${JSON.stringify({ ...quote, text: 'PAD' })}`;
    const padding = boundary - Buffer.byteLength(prefix.slice(0, prefix.indexOf('PAD'))) - 1;
    const text = 'x'.repeat(padding) + '\uFFFD tail';
    const path = join(directory, `fffd-${boundary}.ndjson`);
    writeFileSync(path, JSON.stringify({ ...quote, text }) + '\n');
    const stream = readNdjson(path, { table: 'quotes', chunkSize: boundary });
    const records = await stream.toArray();
    expect(stream.rejections).toEqual([]);
    expect(records[0]!.text).toBe(text);
  });

  it('reports rejections while reading, not only once a valid record arrives', async () => {
    const rejections: Rejection[] = [];
    const lines = 5000;
    const stream = readNdjson(Readable.from(Array.from({ length: lines / 100 }, () => '{}\n'.repeat(100))), { table: 'quotes', onRejected: collect(rejections) });
    const seenAtBatch: number[] = [];
    for await (const batch of stream.batches()) {
      expect(batch).toEqual([]);
      seenAtBatch.push(rejections.length);
    }
    expect(seenAtBatch.length).toBeGreaterThan(10);
    expect(seenAtBatch[0]).toBeLessThan(lines);
    expect(stream.summary()).toMatchObject({ read: lines, accepted: 0, rejected: lines });
    expect(stream.rejections.length).toBe(1000);
    expect(rejections.length).toBe(lines);
  });

  it('splits one 8 MiB line arriving in 1-KiB chunks', async () => {
    const size = 8 * 1024 * 1024;
    const chunk = 'a'.repeat(1024);
    const lines = [];
    for await (const batch of readLines(Readable.from([...Array.from({ length: size / 1024 }, () => chunk), '\nb']))) lines.push(...batch);
    expect(lines.map((line) => [line.number, line.bytes, line.terminated])).toEqual([
      [1, size, true],
      [2, 1, false],
    ]);
  });
});
