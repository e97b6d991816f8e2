import { existsSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { formatIssues } from '../../error/index.js';
import { readCsv } from '../../io/csv.js';
import { readNdjson } from '../../io/ndjson.js';
import type { Rejection } from '../../io/reader.js';
import { tableNames, type TableName } from '../../schema/vocabulary.js';
import { UsageError, choice, exitCodes, write, type CommandIo } from '../command.js';
import type { Command } from '../command.js';
import { progressOn } from '../progress.js';

export const fileFormats = ['ndjson', 'csv'] as const;

/** The format of a data file from its extension, or undefined. */
export function formatOfPath(path: string): (typeof fileFormats)[number] | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (['.ndjson', '.jsonl', '.json'].includes(extension)) return 'ndjson';
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

/** Writes one rejection: prettified on stderr, or as a JSON line on stdout with --json. */
export async function reportRejection(io: CommandIo, file: string, rejection: Rejection, json: boolean): Promise<void> {
  if (json) await write(io.stdout, `${JSON.stringify({ file, ...rejection })}\n`);
  else await write(io.stderr, `${file}:${rejection.line}: rejected\n${formatIssues(rejection.issues)}\n`);
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check NDJSON or CSV files of records, streaming, and report every bad record',
  usage: `saidby validate FILE... [--table T] [--format ndjson|csv] [--stop-on-error] [--json] [--keep-formulas]

Streams each FILE (NDJSON: one record a line; CSV: as "saidby export" writes it; "-": standard input,
NDJSON unless --format csv) and checks every record
against the schema of its table, ids unique per table, and (when sources/speakers files are given too)
every quote's sourceId and speakerId. Each rejected record is reported with its line, field and message;
the summary (on stderr) says read = accepted + rejected. Files of sources and speakers are read before quotes.

  --table T          sources, speakers or quotes (default: from the file name, else the first record)
  --format F         ndjson or csv (default: from the extension)
  --stop-on-error    stop at the first rejected record
  --json             report rejections and summaries as JSON lines on stdout
  --keep-formulas    CSV cells were written without formula escaping ("export --keep-formulas")

Exit status: 0 every record valid, 1 a record was rejected, 2 usage error.`,
  options: {
    table: { type: 'string' },
    format: { type: 'string' },
    'stop-on-error': { type: 'boolean' },
    json: { type: 'boolean' },
    'keep-formulas': { type: 'boolean' },
  },
  positionals: [1, 3],
  async run(values, positionals, io) {
    const table = choice('table', values.table as string | undefined, tableNames);
    const format = choice('format', values.format as string | undefined, fileFormats);
    const json = values.json === true;
    if (table !== undefined && positionals.length > 1) throw new UsageError('--table applies to one FILE; name files after their table (quotes.ndjson) instead');
    if (positionals.filter((file) => file === '-').length > 1) throw new UsageError('standard input ("-") can be read once');
    const files = positionals.map((file) => {
      if (file === '-') return { file: '-', path: io.stdin, format: format ?? 'ndjson', table };
      const path = inputFile(io.cwd, file);
      const fileFormat = format ?? formatOfPath(file);
      if (fileFormat === undefined) throw new UsageError(`cannot tell the format of "${file}" from its extension; pass --format ndjson or --format csv`);
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
        escapedFormulas: values['keep-formulas'] !== true,
        references: known,
        onRejected: (rejection: Rejection) => pending.push(rejection),
      };
      const stream = entry.format === 'csv' ? readCsv(entry.path, options) : readNdjson(entry.path, options);
      const progress = progressOn(io, entry.file);
      const ids: string[] = [];
      try {
        for await (const batch of stream.batches()) {
          if (entry.table !== 'quotes') for (const record of batch) if (!('sourceId' in record)) ids.push(record.id);
          if (pending.length > 0) progress.clear();
          for (const rejection of pending.splice(0)) await reportRejection(io, entry.file, rejection, json);
          progress.update(() => stream.counts());
        }
      } catch (error) {
        if (!stream.summary().stopped) throw error;
      }
      progress.clear();
      for (const rejection of pending.splice(0)) await reportRejection(io, entry.file, rejection, json);
      const summary = stream.summary();
      const other = summary.records.speakers > 0 ? 'speakers' : summary.records.sources > 0 ? 'sources' : undefined;
      if (other !== undefined) known[other] = ids;
      failed ||= !summary.ok;
      if (json) await write(io.stdout, `${JSON.stringify({ file: entry.file, summary })}\n`);
      else await write(io.stderr, `${entry.file}: ${summary.text}\n`);
      if (summary.stopped) break;
    }
    return failed ? exitCodes.dataError : exitCodes.ok;
  },
};
