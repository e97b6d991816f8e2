import { existsSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { formatIssues } from '../../error/index.js';
import { visible } from '../terminal.js';
import { readCsv, readJson, readNdjson, type Rejection } from '../../io/index.js';
import { tableNames, type TableName } from '../../schema/vocabulary.js';
import { UsageError, choice, exitCodes, write, type CommandIo } from '../command.js';
import type { Command } from '../command.js';
import { progressOn } from '../progress.js';

export const fileFormats = ['ndjson', 'json', 'csv'] as const;

/** The format of a data file from its extension, or undefined. */
export function formatOfPath(path: string): (typeof fileFormats)[number] | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.json') return 'json';
  if (['.ndjson', '.jsonl'].includes(extension)) return 'ndjson';
  return undefined;
}

/** The table a file holds, from a name such as "quotes.csv" or "speakers-2020.ndjson", or undefined. */
export function tableOfPath(path: string): TableName | undefined {
  const name = basename(path).toLowerCase();
  return tableNames.find((table) => name === table || name.startsWith(`${table}.`) || name.startsWith(`${table}-`) || name.startsWith(`${table}_`));
}

/** The absolute path of an input file, or a usage error when there is no such file. */
export function inputFile(cwd: string, file: string): string {
  const path = resolve(cwd, file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`cannot read "${file}": no such file`);
  return path;
}

/** The --max-record-bytes value: a whole number of bytes, at least 1 (default: the readers' 64 MiB). */
export function maxRecordBytesOf(value: unknown): { maxRecordBytes?: number } {
  if (value === undefined) return {};
  const bytes = Number(value);
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new UsageError(`--max-record-bytes: "${String(value)}" is not a whole number of bytes`);
  return { maxRecordBytes: bytes };
}

/** Writes rejections, in one write: prettified on stderr, or as JSON lines on stdout with --json. */
export async function reportRejections(io: CommandIo, file: string, rejections: ReadonlyArray<Rejection>, json: boolean): Promise<void> {
  if (rejections.length === 0) return;
  if (json) await write(io.stdout, rejections.map((rejection) => `${JSON.stringify({ file, ...rejection })}\n`).join(''));
  else await write(io.stderr, visible(rejections.map((rejection) => `${file}:${rejection.line}: rejected\n${formatIssues(rejection.issues)}\n`).join('')));
}

/** Writes one rejection (see `reportRejections`). */
export async function reportRejection(io: CommandIo, file: string, rejection: Rejection, json: boolean): Promise<void> {
  await reportRejections(io, file, [rejection], json);
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check NDJSON or CSV files of records, streaming, and report every bad record',
  usage: `saidby validate FILE... [--table T] [--format ndjson|json|csv] [--stop-on-error] [--json] [--keep-formulas]

Streams each FILE (NDJSON: one record a line; JSON: an array of records such as a dataset's quotes.json,
or NDJSON; CSV: as "saidby export" writes it; "-": standard input, NDJSON unless --format csv) and checks
every record
against the schema of its table, ids unique per table, and (when sources/speakers files are given too)
every quote's sourceId and speakerId. Each rejected record is reported with its line, field and message;
the summary (on stderr) says read = accepted + rejected. Files of sources and speakers are read before quotes.

  --table T          sources, speakers or quotes (default: from the file name, else the first record)
  --format F         ndjson, json or csv (default: from the extension; .json is an array or NDJSON)
  --stop-on-error    stop at the first rejected record
  --json             report rejections and summaries as JSON lines on stdout
  --keep-formulas    CSV cells were written without formula escaping ("export --keep-formulas")
  --max-record-bytes N  reject a line or record longer than N bytes (default 67108864, 64 MiB)

Exit status: 0 every record valid, 1 a record was rejected, 2 usage error.`,
  options: {
    table: { type: 'string' },
    format: { type: 'string' },
    'stop-on-error': { type: 'boolean' },
    json: { type: 'boolean' },
    'keep-formulas': { type: 'boolean' },
    'max-record-bytes': { type: 'string' },
  },
  positionals: [1, 3],
  async run(values, positionals, io) {
    const table = choice('table', values.table as string | undefined, tableNames);
    const format = choice('format', values.format as string | undefined, fileFormats);
    const json = values.json === true;
    const limits = maxRecordBytesOf(values['max-record-bytes']);
    if (table !== undefined && positionals.length > 1) throw new UsageError('--table applies to one FILE; name files after their table (quotes.ndjson) instead');
    if (positionals.filter((file) => file === '-').length > 1) throw new UsageError('standard input ("-") can be read once');
    const files = positionals.map((file) => {
      if (file === '-') return { file: '-', path: io.stdin, format: format ?? 'ndjson', table };
      const path = inputFile(io.cwd, file);
      const fileFormat = format ?? formatOfPath(file);
      if (fileFormat === undefined) throw new UsageError(`cannot tell the format of "${file}" from its extension; pass --format ndjson, json or csv`);
      return { file, path, format: fileFormat, table: table ?? tableOfPath(file) };
    });
    const order = (entry: { table?: TableName }) => (entry.table === undefined ? 1 : tableNames.indexOf(entry.table));
    files.sort((a, b) => order(a) - order(b));
    const known: { sources?: string[]; speakers?: string[] } = {};
    let failed = false;
    for (const entry of files) {
      const pending: Rejection[] = [];
      const options = {
        ...(entry.table === undefined ? {} : { table: entry.table }),
        stopOnError: values['stop-on-error'] === true,
        ...limits,
        escapedFormulas: values['keep-formulas'] !== true,
        references: known,
        onRejected: (rejection: Rejection) => pending.push(rejection),
      };
      const stream = entry.format === 'csv' ? readCsv(entry.path, options) : entry.format === 'json' ? readJson(entry.path, options) : readNdjson(entry.path, options);
      const progress = progressOn(io, entry.file);
      const ids: string[] = [];
      try {
        for await (const batch of stream.batches()) {
          if (entry.table !== 'quotes') for (const record of batch) if (!('sourceId' in record)) ids.push(record.id);
          if (pending.length > 0) progress.clear();
          await reportRejections(io, entry.file, pending.splice(0), json);
          progress.update(() => stream.counts());
        }
      } catch (error) {
        if (!stream.summary().stopped) throw error;
      }
      progress.clear();
      await reportRejections(io, entry.file, pending.splice(0), json);
      const summary = stream.summary();
      const other = summary.records.speakers > 0 ? 'speakers' : summary.records.sources > 0 ? 'sources' : undefined;
      if (other !== undefined) known[other] = ids;
      failed ||= !summary.ok;
      if (json) await write(io.stdout, `${JSON.stringify({ file: entry.file, summary })}\n`);
      else await write(io.stderr, visible(`${entry.file}: ${summary.text}\n`));
      if (summary.stopped) break;
    }
    return failed ? exitCodes.dataError : exitCodes.ok;
  },
};
