import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Records to export: an array, any iterable, or an async iterable (a Node Readable in object mode). */
export type RecordSource<T> = Iterable<T> | AsyncIterable<T>;

/** Where streaming exporters write: a Node Writable (a file, process.stdout, …). */
export interface OutputOptions {
  /** End `output` when done; default true, except for process.stdout and process.stderr. */
  readonly end?: boolean;
}

const chunkSize = 64 * 1024;

export function shouldEnd(output: NodeJS.WritableStream, options: OutputOptions): boolean {
  return options.end ?? (output !== process.stdout && output !== process.stderr);
}

/**
 * Writes the text of each record to `output`, in chunks of about 64 KiB, waiting for 'drain' whenever the
 * stream asks to (backpressure), so memory stays flat however many records come.
 */
export async function writeTexts<T>(
  records: RecordSource<T>,
  textOf: (record: T, index: number) => string,
  output: NodeJS.WritableStream | Writable,
  options: OutputOptions & { readonly after?: (count: number) => string } = {},
): Promise<void> {
  let pending = '';
  const flush = async () => {
    const chunk = pending;
    pending = '';
    if (chunk !== '' && !output.write(chunk)) await once(output as Writable, 'drain');
  };
  let index = 0;
  for await (const record of records) {
    pending += textOf(record, index++);
    if (pending.length >= chunkSize) await flush();
  }
  pending += options.after?.(index) ?? '';
  await flush();
  await finish(output, options);
}

export async function finish(output: NodeJS.WritableStream | Writable, options: OutputOptions): Promise<void> {
  if (!shouldEnd(output, options)) return;
  const finished = once(output as Writable, 'finish');
  output.end();
  await finished;
}
