import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { dataset } from '../../src/dataset/index.js';
import { toCsv, type CsvOptions } from '../../src/export/csv.js';
import { readCsv, readNdjson, type Rejection } from '../../src/io/index.js';
import type { Quote, Speaker } from '../../src/schema/records.js';

const limit = 2048;
const maxDepth = 100;
const directory = mkdtempSync(join(tmpdir(), 'saidby-adversarial-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const encoder = new TextEncoder();

const damages = ['quote', 'bom', 'nul', 'invalidUtf8', 'truncate', 'huge', 'deep', 'proto', 'duplicateKey', 'empty'] as const;
type Damage = (typeof damages)[number];

const invalidBytes = [[0xff], [0x80], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]] as const;

interface Planned {
  readonly damage: Damage | undefined;
  readonly at: number;
  readonly depthLevel: number;
  readonly bytes: readonly number[];
}

const plan = (damageRate: number) =>
  fc.record({
    damage: fc.option(fc.constantFrom(...damages), { nil: undefined, freq: damageRate }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    depthLevel: fc.integer({ min: 0, max: 3 }),
    bytes: fc.constantFrom(...invalidBytes),
  });

/** Nests `value` so that the record is deeper than maxDepth; `level` says where inside the record. */
function deepValue(level: number): unknown {
  let value: unknown = 1;
  for (let depth = 0; depth < maxDepth + 1 + level; depth++) value = depth % 2 === 0 ? [value] : { d: value };
  return value;
}

function withPrototypeKey(record: object, level: number): string {
  const nested = { a: { b: { c: {} } } };
  const text = JSON.stringify({ ...record, extensions: { nested } });
  const opening = ['"extensions":{', '"nested":{', '"a":{', '"b":{'][level]!;
  return text.replace(opening, `${opening}"__proto__":{"x":1},`);
}

/** The bytes of one damaged line of JSON, built from the record; a line break is never added. */
function damagedJson(record: Quote | Speaker, planned: Planned): Uint8Array {
  const text = JSON.stringify(record);
  const position = Math.max(1, Math.floor(planned.at * text.length));
  const insert = (piece: string | readonly number[]) =>
    Buffer.concat([encoder.encode(text.slice(0, position)), typeof piece === 'string' ? encoder.encode(piece) : Buffer.from(piece), encoder.encode(text.slice(position))]);
  switch (planned.damage) {
    case 'quote':
      return insert('"');
    case 'bom':
      return insert('\uFEFF');
    case 'nul':
      return insert('\u0000');
    case 'invalidUtf8':
      return insert(planned.bytes);
    case 'truncate':
      return encoder.encode(text.slice(0, position));
    case 'huge':
      return encoder.encode(JSON.stringify({ ...record, id: record.id, extensions: { pad: 'x'.repeat(limit) } }));
    case 'deep':
      return encoder.encode(JSON.stringify({ ...record, extensions: { deep: deepValue(planned.depthLevel) } }));
    case 'proto':
      return encoder.encode(withPrototypeKey(record, planned.depthLevel));
    case 'duplicateKey':
      return encoder.encode(text.replace('"id":', `"id":"other","id":`));
    case 'empty':
      return encoder.encode('{}');
    default:
      return encoder.encode(text);
  }
}

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

function chunked(bytes: Uint8Array, size: number): Readable {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

async function validateInProcess(path: string, table: string) {
  const sink = () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    return { stream, text: () => text };
  };
  const stdout = sink();
  const stderr = sink();
  const status = await main(['validate', path, '--table', table, '--max-record-bytes', String(limit)], { stdout: stdout.stream, stderr: stderr.stream, stdin: process.stdin, cwd: directory });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

interface Written {
  readonly id: string;
  readonly record: unknown;
  readonly damaged: boolean;
  readonly firstLine: number;
  readonly lastLine: number;
}

/**
 * The property every damaged file must keep: read = accepted + rejected; each intact record comes out accepted
 * and unchanged; a rejection is only ever at a line of a damaged record; and each damaged record is either
 * rejected at its first line or accepted (damage such as a NUL inside a text can leave a valid record), so
 * that the accepted count is exactly the intact ones plus the damaged ones not rejected: nothing vanishes.
 */
function checkOutcome(written: readonly Written[], records: ReadonlyArray<{ id: string }>, rejections: readonly Rejection[], summary: { read: number; accepted: number; rejected: number }) {
  expect(summary.read).toBe(summary.accepted + summary.rejected);
  expect(summary.accepted).toBe(records.length);
  expect(summary.rejected).toBe(rejections.length);
  const byId = new Map(records.map((record) => [record.id, record]));
  const rejectedLines = new Set(rejections.map((rejection) => rejection.line));
  let expectedAccepted = 0;
  for (const entry of written) {
    if (!entry.damaged) {
      expect(byId.get(entry.id)).toEqual(entry.record);
      expectedAccepted++;
    } else if (!rejectedLines.has(entry.firstLine)) expectedAccepted++;
  }
  expect(records.length).toBe(expectedAccepted);
  for (const rejection of rejections) {
    expect(written.some((entry) => entry.damaged && rejection.line >= entry.firstLine && rejection.line <= entry.lastLine)).toBe(true);
    expect(rejection.issues.length).toBeGreaterThan(0);
  }
}

const quoteTemplates = dataset.quotes as readonly Quote[];
const speakerTemplates = dataset.speakers as readonly Speaker[];

describe('adversarial NDJSON', () => {
  test.prop(
    [
      fc.array(fc.tuple(plan(3), lineEnd), { minLength: 1, maxLength: 16 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 64 }),
      fc.boolean(),
    ],
    { numRuns: 1200 },
  )('every valid line is accepted unchanged, every other is reported at its line, counts reconcile', async (lines, bom, chunkSize, allDamaged) => {
    const written: Written[] = [];
    const parts: Uint8Array[] = [];
    if (bom) parts.push(Buffer.from([0xef, 0xbb, 0xbf]));
    lines.forEach(([planned, end], index) => {
      const record = { ...quoteTemplates[index % quoteTemplates.length]!, id: `q-${index}` } as Quote;
      const damage = allDamaged && planned.damage === undefined ? { ...planned, damage: 'empty' as const } : planned;
      parts.push(damagedJson(record, damage), encoder.encode(end));
      written.push({ id: record.id, record, damaged: damage.damage !== undefined, firstLine: index + 1, lastLine: index + 1 });
    });
    const bytes = Buffer.concat(parts);
    const rejections: Rejection[] = [];
    const stream = readNdjson(chunked(bytes, chunkSize), { table: 'quotes', maxRecordBytes: limit, maxDepth, onRejected: (rejection) => rejections.push(rejection) });
    const records = await stream.toArray();
    checkOutcome(written, records, rejections, stream.summary());
    expect(stream.summary().read).toBe(lines.length);
  });

  test.prop([fc.array(fc.tuple(plan(2), lineEnd), { minLength: 1, maxLength: 8 })], { numRuns: 60 })(
    'the CLI exits 1 exactly when something was rejected',
    async (lines) => {
      const parts = lines.flatMap(([planned, end], index) => [damagedJson({ ...speakerTemplates[index % 3]!, id: `s-${index}` }, planned), encoder.encode(end)]);
      const path = join(directory, 'speakers.ndjson');
      writeFileSync(path, Buffer.concat(parts));
      const summary = await readNdjson(path, { table: 'speakers', maxRecordBytes: limit }).drain();
      const result = await validateInProcess(path, 'speakers');
      expect(result.status).toBe(summary.rejected > 0 ? 1 : 0);
      expect(result.stderr).toContain(summary.text);
      expect(result.stderr.match(/: rejected\n/g)?.length ?? 0).toBe(summary.rejected);
    },
  );
});

const csvDamages = ['quote', 'bom', 'nul', 'invalidUtf8', 'truncate', 'huge', 'deep', 'proto'] as const;

function countLines(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

describe('adversarial CSV', () => {
  it('counts a stray mark between CR and LF as two line breaks, and rejects only the damaged record (seed -273381207)', async () => {
    const speakers = [0, 1, 2, 3, 4].map((index) => ({ ...speakerTemplates[index % 3]!, id: `r-${index}`, ...(index === 3 ? { role: 'a "role",\nwith\r\nbreaks' } : {}) }));
    const rows = speakers.map((speaker) => toCsv('speakers', [speaker], { bom: false, header: false, lineEnding: 'lf' }).replace(/\n$/, ''));
    const split = rows[3]!.indexOf('\r\n') + 1;
    rows[3] = `${rows[3]!.slice(0, split)}"${rows[3]!.slice(split)}`;
    const [header] = toCsv('speakers', [], { bom: false, lineEnding: 'crlf' }).split('\r\n');
    const rejections: Rejection[] = [];
    const stream = readCsv(chunked(encoder.encode(`${header}\r\n${rows.join('\n')}\n`), 1), { table: 'speakers', onRejected: (rejection) => rejections.push(rejection) });
    const accepted = await stream.toArray();
    const lines = [[2, 2], [3, 3], [4, 4], [5, 8], [9, 9]];
    const written = speakers.map((speaker, index) => ({ id: speaker.id, record: speaker, damaged: index === 3, firstLine: lines[index]![0]!, lastLine: lines[index]![1]! }));
    checkOutcome(written, accepted, rejections, stream.summary());
    expect(rejections.map((rejection) => rejection.line)).toEqual([5, 6, 7, 8]);
  });

  test.prop(
    [
      fc.array(fc.record({ damage: fc.option(fc.constantFrom(...csvDamages), { nil: undefined, freq: 3 }), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.constantFrom(...invalidBytes), level: fc.integer({ min: 0, max: 3 }), end: lineEnd, awkward: fc.boolean() }), {
        minLength: 1,
        maxLength: 12,
      }),
      fc.record({ delimiter: fc.constantFrom<CsvOptions['delimiter']>(',', ';', '\t'), bom: fc.boolean() }),
      fc.integer({ min: 1, max: 64 }),
      fc.constantFrom<'speakers' | 'quotes'>('speakers', 'speakers', 'quotes'),
    ],
    { numRuns: 800 },
  )('every valid row is accepted unchanged, every other is reported at its line, counts reconcile', async (rows, dialect, chunkSize, table) => {
    const records = rows.map((row, index) => {
      const template = table === 'quotes' ? quoteTemplates[index % quoteTemplates.length]! : speakerTemplates[index % 3]!;
      const record = { ...template, id: `r-${index}` } as Quote | Speaker;
      if (row.awkward) Object.assign(record, table === 'quotes' ? { text: 'line one\r\nline "two", and\rthree' } : { role: 'a "role",\nwith\r\nbreaks' });
      if (row.damage === 'huge') Object.assign(record, { extensions: { pad: 'y'.repeat(limit) } });
      if (row.damage === 'deep') Object.assign(record, { extensions: { deep: deepValue(row.level) } });
      if (row.damage === 'proto') Object.assign(record, { extensions: JSON.parse(['{"__proto__":{"x":1}}', '{"a":{"__proto__":1}}', '{"a":{"b":{"__proto__":[]}}}', '{"a":[{"__proto__":null}]}'][row.level]!) });
      return record;
    });
    const [header] = toCsv(table, [], { ...dialect, bom: false, lineEnding: 'crlf' }).split('\r\n');
    const pieces: Uint8Array[] = [encoder.encode(`${dialect.bom ? '\uFEFF' : ''}${header}\r\n`)];
    const written: Written[] = [];
    let line = 2;
    rows.forEach((row, index) => {
      const text = toCsv(table, [records[index]!], { ...dialect, bom: false, header: false, lineEnding: 'lf' }).replace(/\n$/, '');
      const position = Math.max(1, Math.floor(row.at * text.length));
      const before = encoder.encode(text.slice(0, position));
      const after = encoder.encode(text.slice(position));
      const damaged =
        row.damage === 'quote'
          ? Buffer.concat([before, encoder.encode('"'), after])
          : row.damage === 'bom'
            ? Buffer.concat([before, encoder.encode('\uFEFF'), after])
            : row.damage === 'nul'
              ? Buffer.concat([before, encoder.encode('\u0000'), after])
              : row.damage === 'invalidUtf8'
                ? Buffer.concat([before, Buffer.from(row.bytes), after])
                : row.damage === 'truncate'
                  ? before
                  : encoder.encode(text);
      const inserted = { quote: '"', bom: '\uFEFF', nul: '\u0000', invalidUtf8: '\uFFFD' }[row.damage as string] ?? '';
      const shown = row.damage === 'truncate' ? text.slice(0, position) : text.slice(0, position) + inserted + text.slice(position);
      pieces.push(damaged, encoder.encode(row.end));
      written.push({ id: records[index]!.id, record: records[index], damaged: row.damage !== undefined, firstLine: line, lastLine: line + countLines(shown) });
      line += countLines(shown) + 1;
    });
    const rejections: Rejection[] = [];
    const stream = readCsv(chunked(Buffer.concat(pieces), chunkSize), { table, maxRecordBytes: limit, maxDepth, onRejected: (rejection) => rejections.push(rejection) });
    const accepted = await stream.toArray();
    checkOutcome(written, accepted, rejections, stream.summary());
  });
});
