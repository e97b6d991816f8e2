import { dataset } from '../../dataset/index.js';
import { SaidbyError, type SaidbyIssueCode } from '../../error/index.js';
import { toJson, writeCsv, writeNdjson, type CsvDelimiter, type CsvOptions, type ExportTable } from '../../export/index.js';
import { visible } from '../terminal.js';
import { UsageError, choice, write, type CommandIo, type OptionSpec, type ParsedValues } from '../command.js';

export const recordFormats = ['table', 'csv', 'json', 'ndjson'] as const;
export type RecordFormat = (typeof recordFormats)[number] | 'jsonld';

const delimiterNames: Record<string, CsvDelimiter> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t' };

interface CsvFlag {
  readonly flag: string;
  readonly type: 'string' | 'boolean';
  readonly value?: string;
  readonly help: string;
}

const csvFlagTable: readonly CsvFlag[] = [
  { flag: 'columns', type: 'string', value: 'A,B,…', help: 'only these columns, in this order (names as in "saidby schema --format markdown")' },
  { flag: 'delimiter', type: 'string', value: 'D', help: ', (default), ";" or tab' },
  { flag: 'lf', type: 'boolean', help: 'end lines with LF instead of CRLF (RFC 4180)' },
  { flag: 'no-bom', type: 'boolean', help: 'leave out the UTF-8 byte order mark (it is there so Excel reads UTF-8)' },
  {
    flag: 'no-formula-escape',
    type: 'boolean',
    help: 'write cells starting with = + - @ tab CR LF (also after leading controls, spaces or invisible marks) as they are (for machine pipelines); by default they get a leading \' so a spreadsheet shows them as text',
  },
];

const helpColumn = 25;
const helpWidth = 110;

/** One help line: "  --flag VALUE" padded to a column, then the text wrapped under it. */
export function helpLine(flag: string, text: string): string {
  const lines: string[] = [];
  let line = `  ${flag}`.padEnd(helpColumn - 1);
  if (line.length >= helpColumn) {
    lines.push(line);
    line = ' '.repeat(helpColumn - 1);
  }
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > helpWidth && line.trim() !== '') {
      lines.push(line);
      line = ' '.repeat(helpColumn - 1);
    }
    line += ` ${word}`;
  }
  return [...lines, line].join('\n');
}

/** The CSV writer flags (the same everywhere they apply), leaving out `except`. */
export function csvFlagsExcept(...except: string[]): OptionSpec {
  return Object.fromEntries(csvFlagTable.filter(({ flag }) => !except.includes(flag)).map(({ flag, type }) => [flag, { type }]));
}

/** Help lines of the CSV writer flags, leaving out `except`. */
export function csvHelpExcept(...except: string[]): string {
  return csvFlagTable
    .filter(({ flag }) => !except.includes(flag))
    .map(({ flag, value, help }) => helpLine(`--${flag}${value ? ` ${value}` : ''}`, help))
    .join('\n');
}

export const csvFlags: OptionSpec = csvFlagsExcept();
export const csvHelp = `CSV options:\n${csvHelpExcept()}`;

export const formatHelp = (formats: readonly string[]) =>
  `  --format F             ${formats.join(', ')}; default table on a terminal, ndjson when piped
  --compact              json: one line instead of two-space indentation`;

export function csvOptionsFrom(values: ParsedValues): CsvOptions {
  const delimiter = values.delimiter as string | undefined;
  if (delimiter !== undefined && !(delimiter in delimiterNames)) {
    throw new UsageError(`--delimiter: "${delimiter}" is not one of ",", ";", tab`);
  }
  const columns = values.columns as string | undefined;
  return {
    ...(delimiter === undefined ? {} : { delimiter: delimiterNames[delimiter] }),
    ...(columns === undefined ? {} : { columns: columns.split(',').map((name) => name.trim()) }),
    lineEnding: values.lf ? 'lf' : 'crlf',
    bom: !values['no-bom'],
    escapeFormulas: !values['no-formula-escape'],
  };
}

export function formatFrom<T extends string>(values: ParsedValues, io: CommandIo, allowed: readonly T[]): T {
  const fallback = (io.stdout.isTTY ? 'table' : 'ndjson') as T;
  return choice('format', values.format as string | undefined, allowed) ?? fallback;
}

const usageCodes = new Set<SaidbyIssueCode>(['invalid_argument', 'invalid_value', 'invalid_type', 'invalid_format', 'too_small', 'too_big', 'unknown_option', 'missing_collection']);

/** Reports a SaidbyError about one of the options (named by its issue path) as a usage error naming the flag. */
export function asUsageError(error: unknown, flags: Readonly<Record<string, string>>): never {
  const issue = error instanceof SaidbyError ? error.issues[0] : undefined;
  const argument = issue?.path[0];
  if (issue !== undefined && usageCodes.has(issue.code) && typeof argument === 'string' && Object.hasOwn(flags, argument)) {
    throw new UsageError(`--${flags[argument]}: ${issue.message}`);
  }
  throw error;
}

const outputCodes = new Set(['output_is_symlink', 'output_is_input', 'output_not_writable']);

/** A refused output path (a symbolic link, one of the inputs, not a file) as a usage error naming it; other errors as they are. */
export function outputRefusalAsUsage(error: unknown): unknown {
  if (error instanceof SaidbyError && error.issues.length > 0 && error.issues.every((issue) => outputCodes.has(issue.code))) {
    return new UsageError(error.issues.map((issue) => issue.message).join('\n'));
  }
  return error;
}

export interface TableColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string | null;
  /** The one column that shrinks (and wraps to one line) to fit the terminal. */
  readonly flexible?: boolean;
}

const displayWidth = (text: string) => [...text].length;

function fit(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  const points = [...oneLine];
  return points.length <= width ? oneLine + ' '.repeat(width - points.length) : `${points.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/**
 * An aligned plain-text table for a terminal: a header, a rule, one line a row, the flexible column cut to
 * the terminal width; control characters and bidirectional overrides in cells are shown escaped (`visible`).
 */
export function renderTable<T>(columns: ReadonlyArray<TableColumn<T>>, rows: readonly T[], terminalWidth = 120): string {
  const cells = rows.map((row) => columns.map((column) => visible((column.value(row) ?? '').replace(/\s+/g, ' '))));
  const widths = columns.map((column, index) => Math.max(displayWidth(column.header), ...cells.map((row) => displayWidth(row[index]!))));
  const flexible = columns.findIndex((column) => column.flexible);
  if (flexible >= 0) {
    const others = widths.reduce((sum, width, index) => (index === flexible ? sum : sum + width + 2), 0);
    widths[flexible] = Math.max(20, Math.min(widths[flexible]!, terminalWidth - others));
  }
  const line = (values: readonly string[]) => values.map((value, index) => fit(value, widths[index]!)).join('  ').trimEnd();
  return [line(columns.map((column) => column.header)), line(widths.map((width) => '─'.repeat(width))), ...cells.map(line)].join('\n') + '\n';
}

/** Writes records (or joined rows) to stdout as CSV, JSON or NDJSON. */
export async function writeRecords(format: 'csv' | 'json' | 'ndjson', table: ExportTable, records: readonly unknown[], io: CommandIo, values: ParsedValues): Promise<void> {
  await untilReaderLeaves(async () => {
    if (format === 'csv') await writeCsv(table, records, io.stdout, { ...csvOptionsFrom(values), end: false });
    else if (format === 'ndjson') await writeNdjson(records, io.stdout, { end: false });
    else await write(io.stdout, toJson(records, { pretty: !values.compact }));
  });
}

/** Runs a write to stdout, ending quietly when the reader has gone (EPIPE, as in "saidby quotes | head"). */
export async function untilReaderLeaves(writing: () => Promise<void>): Promise<void> {
  try {
    await writing();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
}

/** How many quotes (of the bundled dataset by default) refer to each speaker (or source). */
export function quoteCounts(key: 'speakerId' | 'sourceId', quotes: ReadonlyArray<{ readonly speakerId: string | null; readonly sourceId: string }> = dataset.quotes): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const quote of quotes) counts.set(quote[key], (counts.get(quote[key]) ?? 0) + 1);
  return counts;
}
