import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { SaidbyError } from '../../error/index.js';
import { convertFile, convertSources, convertTargets, type Rejection } from '../../io/index.js';
import { tableNames } from '../../schema/vocabulary.js';
import { UsageError, choice, exitCodes, write, type Command } from '../command.js';
import { progressOn } from '../progress.js';
import { asUsageError, csvFlags, csvHelpExcept, csvOptionsFrom, outputRefusalAsUsage } from './output.js';
import { inputFile, maxRecordBytesOf, reportRejections } from './validate.js';

const number = new Intl.NumberFormat('en');

export const convertCommand: Command = {
  name: 'convert',
  summary: 'convert Quotebank, LIAR, NDJSON, JSON or CSV to CSV, NDJSON or ClaimReview JSON-LD, streaming',
  usage: `saidby convert IN OUT --from quotebank|liar|ndjson|json|csv --to csv|ndjson|jsonld [options]

Streams IN ("-": standard input), validates every record and writes the accepted ones to OUT ("-":
standard output, for one table or --to jsonld); each rejected record is reported
with its line, field and message, and every good record is still written.
  --from quotebank|liar   IN is Quotebank quotation-centric JSON lines or LIAR/LIAR-PLUS TSV; OUT is a
                          folder that gets sources, speakers and quotes files (or one .jsonld file).
  --from ndjson|json|csv  IN holds one table (saidby NDJSON, a JSON array such as a dataset's quotes.json,
                          or CSV); OUT is a file, or a folder that gets <table>.<ext>. OUT is never IN.
  --to csv|ndjson|jsonld  CSV as "saidby export" writes it, NDJSON, or one ClaimReview JSON-LD document.

  --table T          the table of an ndjson/csv IN (default: from its first record or header)
  --speakers FILE    speakers (NDJSON or .csv) to check speakerId against and name JSON-LD authors
  --sources FILE     sources (NDJSON or .csv) to check sourceId against and describe appearances
  --all              --to jsonld: describe every quote, not only the check-worthy or reviewed ones
  --stop-on-error    stop at the first rejected record
  --keep-formulas    CSV cells without formula escaping, read and written exactly (machine pipelines)
  --max-record-bytes N  reject a line or record longer than N bytes (default 67108864, 64 MiB)

CSV options (--to csv; --columns when OUT holds one table):
${csvHelpExcept()}

Exit status: 0 every record converted, 1 a record was rejected, 2 usage error.`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    table: { type: 'string' },
    speakers: { type: 'string' },
    sources: { type: 'string' },
    all: { type: 'boolean' },
    'stop-on-error': { type: 'boolean' },
    'keep-formulas': { type: 'boolean' },
    'max-record-bytes': { type: 'string' },
    ...csvFlags,
  },
  positionals: [2, 2],
  async run(values, positionals, io) {
    const from = choice('from', values.from as string | undefined, convertSources);
    const to = choice('to', values.to as string | undefined, convertTargets);
    if (from === undefined || to === undefined) throw new UsageError(`convert: --from and --to are required\nUsage: ${this.usage.split('\n')[0]}`);
    const table = choice('table', values.table as string | undefined, tableNames);
    if (table !== undefined && (from === 'quotebank' || from === 'liar')) throw new UsageError(`--table applies to --from ndjson or csv, not ${from}`);
    const toStdout = positionals[1] === '-';
    if (toStdout && (from === 'quotebank' || from === 'liar') && to !== 'jsonld') throw new UsageError(`--from ${from} writes three tables to a folder; "-" (standard output) takes one table or --to jsonld`);
    const input = positionals[0] === '-' ? io.stdin : inputFile(io.cwd, positionals[0]!);
    const spool = toStdout ? mkdtempSync(join(tmpdir(), 'saidby-convert-')) : undefined;
    const output = spool === undefined ? resolve(io.cwd, positionals[1]!) : join(spool, `standard-output.${to}`);
    const progress = progressOn(io, positionals[0]!);
    const pending: Rejection[] = [];
    const keepFormulas = values['keep-formulas'] === true;
    const others = Object.fromEntries(
      (['speakers', 'sources'] as const).filter((name) => typeof values[name] === 'string').map((name) => [name, inputFile(io.cwd, values[name] as string)]),
    );
    const flush = async () => {
      if (pending.length > 0) progress.clear();
      await reportRejections(io, positionals[0]!, pending.splice(0), false);
    };
    let result;
    try {
      result = await convertFile(input, output, {
        from,
        to,
        ...(table === undefined ? {} : { table }),
        ...others,
        stopOnError: values['stop-on-error'] === true,
        all: values.all === true,
        ...maxRecordBytesOf(values['max-record-bytes']),
        escapedFormulas: !keepFormulas,
        csv: { ...csvOptionsFrom(values), ...(keepFormulas ? { escapeFormulas: false } : {}) },
        onRejected: (rejection) => pending.push(rejection),
        onProgress: async (counts) => {
          await flush();
          progress.update(() => counts);
        },
      });
      if (spool !== undefined) {
        for (const file of result.files) await pipeline(createReadStream(file.path), io.stdout, { end: false });
      }
    } catch (error) {
      if (error instanceof SaidbyError && error.issues.some((issue) => issue.code === 'output_is_input')) throw new UsageError(error.message);
      asUsageError(outputRefusalAsUsage(error), { columns: 'columns', delimiter: 'delimiter' });
    } finally {
      progress.clear();
      await flush();
      if (spool !== undefined) rmSync(spool, { recursive: true, force: true });
    }
    for (const [name, summary] of Object.entries(result.references)) await write(io.stderr, `${values[name]}: ${summary.text}\n`);
    const files = result.files.map((file) => `  ${spool === undefined ? file.path : 'standard output'} (${number.format(file.records)} ${file.table})`).join('\n');
    await write(io.stderr, `${positionals[0]}: ${result.summary.text}\n${files === '' ? 'wrote nothing: no record was accepted' : `wrote:\n${files}`}\n`);
    const ok = result.summary.ok && Object.values(result.references).every((summary) => summary.ok);
    return ok ? exitCodes.ok : exitCodes.dataError;
  },
};
