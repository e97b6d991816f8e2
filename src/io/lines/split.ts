import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SaidbyIssue } from '../../error/index.js';

/** A file path (string or file: URL), a Node readable stream, or any (async) iterable of text or byte chunks. */
export type Input = string | URL | NodeJS.ReadableStream | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** What ends a line: LF, CRLF, a lone CR, or nothing (the last line of an input without a final line break). */
export type LineEnd = '\n' | '\r\n' | '\r' | '';

/** One physical line of a text input, without its line break. */
export interface Line {
  /** The decoded text; empty for a line longer than the limit (`tooLarge`). */
  readonly text: string;
  /** 1-based line number in the input. */
  readonly number: number;
  /** False only for a last line that the input ends without a line break. */
  readonly terminated: boolean;
  /** True when the line ended with CRLF. */
  readonly crlf: boolean;
  /** The line break that ended the line, exactly as it was. */
  readonly end: LineEnd;
  /** Length of the line in bytes (UTF-8), line break not counted. */
  readonly bytes: number;
  /** True when the line's bytes are not valid UTF-8; its text is then not what was written and holds no record. */
  readonly invalidUtf8?: boolean;
  /** True when the line is longer than `maxLineBytes`: its bytes were counted and dropped, never held in memory. */
  readonly tooLarge?: boolean;
}

export interface LineOptions {
  /** Bytes read from a file at a time; default 64 KiB. Small values are for tests that aim at chunk boundaries. */
  readonly chunkSize?: number;
  /** Longest line kept, in bytes; a longer one comes back `tooLarge` with empty text. Default 64 MiB. */
  readonly maxLineBytes?: number;
}

/** The default bounds of every reader: a line or record of at most 64 MiB, values nested at most 100 deep. */
export const readLimits = Object.freeze({ maxRecordBytes: 64 * 1024 * 1024, maxDepth: 100, chunkSize: 64 * 1024 });

/**
 * The issue for a line whose bytes are not valid UTF-8, so that no record is read from corrupted text.
 *
 * @example
 * if (line.invalidUtf8) reject(encodingIssue(line));
 */
export function encodingIssue(line: Pick<Line, 'number'>): SaidbyIssue {
  return { code: 'invalid_utf8', path: [], line: line.number, message: `line ${line.number} is not valid UTF-8` };
}

/**
 * The issue for a line or record longer than the limit.
 *
 * @example
 * if (line.tooLarge) reject(sizeIssue(line.number, line.bytes, limit));
 */
export function sizeIssue(line: number, bytes: number, limit: number): SaidbyIssue {
  return {
    code: 'record_too_large',
    path: [],
    line,
    message: `the record at line ${line} is ${bytes.toLocaleString('en')} bytes or more, over the limit of ${limit.toLocaleString('en')} bytes (maxRecordBytes)`,
  };
}

/**
 * The chunks of an input; a string or URL is opened as a file.
 *
 * @example
 * for await (const chunk of chunksOf('quotes.ndjson')) total += chunk.length;
 */
export function chunksOf(input: Input, options: Pick<LineOptions, 'chunkSize'> = {}): AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> {
  if (typeof input === 'string' || input instanceof URL) {
    const path = input instanceof URL ? fileURLToPath(input) : input;
    return createReadStream(path, { highWaterMark: options.chunkSize ?? readLimits.chunkSize }) as AsyncIterable<Uint8Array>;
  }
  return input as AsyncIterable<string | Uint8Array>;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function encodeExactly(text: string): Buffer {
  if ((text as unknown as { isWellFormed(): boolean }).isWellFormed()) return Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (isHighSurrogate(code) && at + 1 < text.length) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        at++;
        continue;
      }
    }
    parts.push(Buffer.from(text.slice(from, at), 'utf8'), Buffer.from([0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]));
    from = at + 1;
  }
  parts.push(Buffer.from(text.slice(from), 'utf8'));
  return Buffer.concat(parts);
}

/** Text chunks become UTF-8 bytes; a lone surrogate becomes bytes that are not UTF-8, so it is reported, never replaced. */
async function* bytesOf(input: Input, options: LineOptions): AsyncGenerator<Uint8Array> {
  let heldSurrogate = '';
  for await (const chunk of chunksOf(input, options) as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk !== 'string') {
      yield chunk;
      continue;
    }
    let text = heldSurrogate + chunk;
    heldSurrogate = '';
    if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
      heldSurrogate = text.slice(-1);
      text = text.slice(0, -1);
    }
    yield encodeExactly(text);
  }
  if (heldSurrogate !== '') yield encodeExactly(heldSurrogate);
}

const lf = 10;
const cr = 13;

/**
 * Splits an input into lines, in batches (one per chunk read), in time linear in its size: LF, CRLF and a lone
 * CR each end a line, a leading UTF-8 byte order mark is removed, and a last line without a line break is kept
 * and flagged `terminated: false`. Lines are cut from the bytes before decoding, so a character split across
 * chunks is decoded whole, and a line whose bytes are not UTF-8 is flagged `invalidUtf8` (never read as U+FFFD).
 * A line longer than `maxLineBytes` is flagged `tooLarge` and never held in memory.
 *
 * @example
 * for await (const batch of readLines('quotes.ndjson')) for (const line of batch) console.log(line.number, line.text);
 */
export async function* readLines(input: Input, options: LineOptions = {}): AsyncGenerator<Line[]> {
  const limit = options.maxLineBytes ?? readLimits.maxRecordBytes;
  let pieces: Uint8Array[] = [];
  let carried = 0;
  let held: { bytes: Uint8Array | undefined; size: number } | undefined;
  let number = 0;
  const lineOf = (bytes: Uint8Array | undefined, size: number, end: LineEnd): Line => {
    number++;
    if (bytes === undefined || size > limit) return { text: '', number, terminated: end !== '', crlf: end === '\r\n', end, bytes: size, tooLarge: true };
    let body = bytes;
    if (number === 1 && body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
    const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    const line: Line = { text, number, terminated: end !== '', crlf: end === '\r\n', end, bytes: body.length };
    return isUtf8(body) ? line : { ...line, invalidUtf8: true };
  };
  const take = (chunk: Uint8Array, from: number, to: number): { bytes: Uint8Array | undefined; size: number } => {
    const size = carried + (to - from);
    let bytes: Uint8Array | undefined;
    if (size <= limit) bytes = pieces.length === 0 ? chunk.subarray(from, to) : Buffer.concat([...pieces, chunk.subarray(from, to)]);
    pieces = [];
    carried = 0;
    return { bytes, size };
  };
  for await (const chunk of bytesOf(input, options)) {
    const lines: Line[] = [];
    let start = 0;
    if (held !== undefined && chunk.length > 0) {
      const crlf = chunk[0] === lf;
      lines.push(lineOf(held.bytes, held.size, crlf ? '\r\n' : '\r'));
      held = undefined;
      if (crlf) start = 1;
    }
    let nextLf = chunk.indexOf(lf, start);
    let nextCr = chunk.indexOf(cr, start);
    while (nextLf !== -1 || nextCr !== -1) {
      const end = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      if (end === nextLf) {
        const line = take(chunk, start, end);
        lines.push(lineOf(line.bytes, line.size, '\n'));
        start = end + 1;
      } else if (end + 1 === chunk.length) {
        held = take(chunk, start, end);
        start = chunk.length;
        break;
      } else {
        const line = take(chunk, start, end);
        const crlf = chunk[end + 1] === lf;
        lines.push(lineOf(line.bytes, line.size, crlf ? '\r\n' : '\r'));
        start = end + (crlf ? 2 : 1);
      }
      if (nextLf !== -1 && nextLf < start) nextLf = chunk.indexOf(lf, start);
      if (nextCr !== -1 && nextCr < start) nextCr = chunk.indexOf(cr, start);
    }
    if (start < chunk.length) {
      carried += chunk.length - start;
      if (carried <= limit) pieces.push(chunk.subarray(start));
      else pieces = [];
    }
    if (lines.length > 0) yield lines;
  }
  const rest: Line[] = [];
  if (held !== undefined) rest.push(lineOf(held.bytes, held.size, '\r'));
  if (carried > 0) {
    const size = carried;
    const bytes = size <= limit ? Buffer.concat(pieces) : undefined;
    pieces = [];
    carried = 0;
    rest.push(lineOf(bytes, size, ''));
  }
  if (rest.length > 0) yield rest;
}
