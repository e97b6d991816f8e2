import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { type Rejection, readCsv, readLines, readNdjson } from '../../src/io/index.js';
import { toCsv } from '../../src/export/csv.js';

const encoder = new TextEncoder();
const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(encoder.encode(part)) : Buffer.from(part))));
const latin1Byte = [0xe9];

async function linesOf(chunks: Buffer[]) {
  const lines = [];
  for await (const batch of readLines(Readable.from(chunks))) lines.push(...batch);
  return lines;
}

describe('input that is not UTF-8', () => {
  it('flags the lines that hold undecodable bytes, across chunk boundaries', async () => {
    const whole = bytes('ok one\nbad ', latin1Byte, ' here\n');
    const lines = await linesOf([whole.subarray(0, 9), whole.subarray(9), bytes('real \uFFFD is fine\n')]);
    expect(lines.map((line) => [line.number, line.invalidUtf8 === true])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('does not flag a U+FFFD that was written as such', async () => {
    const lines = await linesOf([bytes('a \uFFFD b\n')]);
    expect(lines[0]?.text).toBe('a \uFFFD b');
    expect(lines[0]?.invalidUtf8).toBeUndefined();
  });

  it('rejects an NDJSON line with invalid bytes, naming the line, and reads the others', async () => {
    const [first, second] = dataset.quotes;
    const text = bytes(JSON.stringify(first), '\n', JSON.stringify({ ...second, text: 'x' }).replace('"x"', '"'), latin1Byte, '"', '\n');
    const rejections: Rejection[] = [];
    const stream = readNdjson(Readable.from([text]), { table: 'quotes', onRejected: (rejection) => rejections.push(rejection) });
    const records = await stream.toArray();
    expect(records.map((record) => record.id)).toEqual([first!.id]);
    expect(rejections.map((rejection) => rejection.issues.map((issue) => [issue.code, issue.line]))).toEqual([[['invalid_utf8', 2]]]);
    expect(stream.summary()).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
  });

  it('rejects a CSV record with invalid bytes instead of reading replacement characters', async () => {
    const csv = toCsv('speakers', dataset.speakers, { bom: false, lineEnding: 'lf' });
    const [header, lavrov, kremlin] = csv.split('\n');
    const text = bytes(`${header}\n${lavrov}\n`, kremlin!.replace('Kremlin', 'Kreml'), latin1Byte, '\n');
    const rejections: Rejection[] = [];
    const stream = readCsv(Readable.from([text]), { table: 'speakers', onRejected: (rejection) => rejections.push(rejection) });
    const records = await stream.toArray();
    expect(records.map((record) => record.id)).toEqual(['sergei-lavrov']);
    expect(rejections.flatMap((rejection) => rejection.issues.map((issue) => issue.code))).toEqual(['invalid_utf8']);
  });
});
