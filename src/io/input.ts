import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SaidbyIssue } from '../error/index.js';

/** A file path (string or file: URL), a Node readable stream, or any (async) iterable of text or byte chunks. */
export type Input = string | URL | NodeJS.ReadableStream | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** One physical line of a text input, without its line break. */
export interface Line {
  readonly text: string;
  /** 1-based line number in the input. */
  readonly number: number;
  /** False only for a last line that the input ends without a line break. */
  readonly terminated: boolean;
  /** True when the line ended with CRLF rather than LF. */
  readonly crlf: boolean;
  /**
   * True when the line holds bytes that are not UTF-8 (decoded as U+FFFD), so its text is not what was written.
   * A U+FFFD written as such is flagged too when it shares a read chunk (32 KiB) with invalid bytes.
   */
  readonly invalidUtf8?: boolean;
}

const replacement = '\uFFFD';

function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count++;
  return count;
}

function encodedReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0xef); at !== -1 && at + 2 < bytes.length; at = bytes.indexOf(0xef, at + 1)) {
    if (bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd) count++;
  }
  return count;
}

/**
 * The issue for a line whose bytes are not valid UTF-8, so that no record is read from corrupted text.
 *
 * @example
 * if (line.invalidUtf8) reject(encodingIssue(line));
 */
export function encodingIssue(line: Pick<Line, 'number'>): SaidbyIssue {
  return { code: 'invalid_utf8', path: [], line: line.number, message: `line ${line.number} is not valid UTF-8` };
}

const byteOrderMark = '\uFEFF';

/**
 * The chunks of an input; a string or URL is opened as a file.
 *
 * @example
 * for await (const chunk of chunksOf('quotes.ndjson')) total += chunk.length;
 */
export function chunksOf(input: Input): AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> {
  if (typeof input === 'string' || input instanceof URL) {
    const path = input instanceof URL ? fileURLToPath(input) : input;
    return createReadStream(path, { highWaterMark: 1 << 15 }) as AsyncIterable<Uint8Array>;
  }
  return input as AsyncIterable<string | Uint8Array>;
}

/**
 * Splits an input into lines, in batches (one per chunk read): a leading UTF-8 byte order mark is removed,
 * CRLF and LF both end a line, and a last line without a line break is kept and flagged `terminated: false`.
 * Bytes are decoded as UTF-8 across chunk boundaries.
 *
 * @example
 * for await (const batch of readLines('quotes.ndjson')) for (const line of batch) console.log(line.number, line.text);
 */
export async function* readLines(input: Input): AsyncGenerator<Line[]> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let number = 0;
  let first = true;
  let carryInvalid = false;
  const split = (text: string, final: boolean, chunkInvalid: boolean): Line[] => {
    const invalid = chunkInvalid || carryInvalid;
    const lines: Line[] = [];
    let buffer = carry + text;
    if (first && buffer.length > 0) {
      if (buffer.startsWith(byteOrderMark)) buffer = buffer.slice(1);
      first = false;
    }
    let start = 0;
    for (;;) {
      const end = buffer.indexOf('\n', start);
      if (end === -1) break;
      const crlf = end > start && buffer.charCodeAt(end - 1) === 13;
      const lineText = buffer.slice(start, crlf ? end - 1 : end);
      lines.push({ text: lineText, number: ++number, terminated: true, crlf, ...(invalid && lineText.includes(replacement) ? { invalidUtf8: true } : {}) });
      start = end + 1;
    }
    carry = buffer.slice(start);
    carryInvalid = invalid && carry.includes(replacement);
    if (final && carry.length > 0) {
      lines.push({ text: carry, number: ++number, terminated: false, crlf: false, ...(invalid && carry.includes(replacement) ? { invalidUtf8: true } : {}) });
      carry = '';
    }
    return lines;
  };
  for await (const chunk of chunksOf(input)) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const chunkInvalid = typeof chunk !== 'string' && text.includes(replacement) && countOf(text, replacement) > encodedReplacements(chunk);
    const lines = split(text, false, chunkInvalid);
    if (lines.length > 0) yield lines;
  }
  const tail = decoder.decode();
  const rest = split(tail, true, tail.includes(replacement));
  if (rest.length > 0) yield rest;
}
