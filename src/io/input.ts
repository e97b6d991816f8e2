import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
  const split = (text: string, final: boolean): Line[] => {
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
      lines.push({ text: buffer.slice(start, crlf ? end - 1 : end), number: ++number, terminated: true, crlf });
      start = end + 1;
    }
    carry = buffer.slice(start);
    if (final && carry.length > 0) {
      lines.push({ text: carry, number: ++number, terminated: false, crlf: false });
      carry = '';
    }
    return lines;
  };
  for await (const chunk of chunksOf(input)) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const lines = split(text, false);
    if (lines.length > 0) yield lines;
  }
  const rest = split(decoder.decode(), true);
  if (rest.length > 0) yield rest;
}
