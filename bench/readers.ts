import { isUtf8 } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (file: string) => join(root, 'dist', file);

/** One row of the bench table that bench/run.ts prints; every bench file returns rows of this shape. */
export interface BenchRow {
  readonly group: string;
  readonly measure: string;
  readonly n: number | null;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: string;
  readonly ratio?: number;
  readonly target?: string;
  readonly met?: boolean;
}

const log = (text: string) => process.stderr.write(`${text}\n`);

async function secondsOf(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

function writeRepeated(path: string, piece: string, bytes: number, tail = '', head = ''): void {
  const file = openSync(path, 'w');
  writeSync(file, head);
  const block = Buffer.from(piece.repeat(Math.max(1, Math.floor((1 << 20) / piece.length))));
  for (let written = 0; written < bytes; written += block.length) writeSync(file, block, 0, Math.min(block.length, bytes - written));
  writeSync(file, tail);
  closeSync(file);
}

/** Wall time and peak RSS of a command, from GNU time. */
function timed(args: readonly string[], work: string): { seconds: number; rssMb: number; status: number | null } {
  const reportPath = join(work, 'time-report.txt');
  const result = spawnSync('/usr/bin/time', ['-v', '-o', reportPath, process.execPath, ...args], { stdio: 'ignore' });
  const report = readFileSync(reportPath, 'utf8');
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? Number.NaN) / 1024;
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(report)?.[1] ?? 'NaN';
  return { seconds: wall.split(':').reduce((total, part) => total * 60 + Number(part), 0), rssMb: rss, status: result.status };
}

/**
 * Line splitting in time linear in the line length: one line of 8 MB and one of 64 MB through `readLines`,
 * and a CSV record of the same sizes whose quoted cell holds a line break every 80 bytes through `csvRecords`.
 * The floor is the least any reader does with such a line: read the file whole, decode it, check its UTF-8.
 * Its own 64/8 ratio shows what the machine's memory does to the bigger size, whatever the algorithm.
 */
export async function lineSplittingRows(work: string): Promise<BenchRow[]> {
  const { readLines, csvRecords } = (await import(dist('io.js'))) as typeof import('../src/io/index.js');
  const rows: BenchRow[] = [];
  const sizes = [8, 64].map((megabytes) => megabytes * 1024 * 1024);
  const limit = { maxLineBytes: 128 * 1024 * 1024, maxRecordBytes: 128 * 1024 * 1024 };
  const times: Record<'line' | 'csv' | 'floor', number[]> = { line: [], csv: [], floor: [] };
  for (const size of sizes) {
    log(`line splitting, one line of ${size / 2 ** 20} MiB …`);
    const linePath = join(work, `line-${size}.txt`);
    writeRepeated(linePath, 'abcdefgh', size, '\nend\n');
    const csvPath = join(work, `record-${size}.csv`);
    writeRepeated(csvPath, `${'x'.repeat(79)}\n`, size, '"\r\n', 'text\r\n"');
    const lineRuns: number[] = [];
    const csvRuns: number[] = [];
    const floorRuns: number[] = [];
    for (let run = 0; run < 5; run++) {
      floorRuns.push(
        await secondsOf(async () => {
          const bytes = readFileSync(linePath);
          const line = bytes.subarray(0, bytes.indexOf(10));
          if (line.toString('utf8').length !== size || !isUtf8(line)) throw new Error('the floor read a different line');
        }),
      );
      lineRuns.push(
        await secondsOf(async () => {
          let longest = 0;
          for await (const batch of readLines(linePath, limit)) for (const line of batch) longest = Math.max(longest, line.bytes);
          if (longest !== size) throw new Error(`read a line of ${longest} bytes, expected ${size}`);
        }),
      );
      csvRuns.push(
        await secondsOf(async () => {
          let records = 0;
          for await (const batch of csvRecords(csvPath, {}, limit)) {
            for (const entry of batch) if ('position' in entry && entry.cells !== undefined) records++;
          }
          if (records !== 2) throw new Error(`expected the header and one record, got ${records}`);
        }),
      );
    }
    times.line.push(Math.min(...lineRuns));
    times.csv.push(Math.min(...csvRuns));
    times.floor.push(Math.min(...floorRuns));
    log(`  readLines ${Math.min(...lineRuns).toFixed(2)} s, csvRecords ${Math.min(...csvRuns).toFixed(2)} s, floor ${Math.min(...floorRuns).toFixed(3)} s`);
    rmSync(linePath);
    rmSync(csvPath);
  }
  const [floorSmall, floorLarge] = times.floor as [number, number];
  rows.push({ group: 'readers', measure: 'floor: readFileSync + toString + isUtf8 of one 8 MiB line', n: null, value: 8 / floorSmall, unit: 'MiB/s' });
  rows.push({ group: 'readers', measure: 'floor: the same for one 64 MiB line', n: null, value: 64 / floorLarge, unit: 'MiB/s', baseline: 'time vs 8 MiB', ratio: floorLarge / floorSmall });
  for (const [index, megabytes] of [8, 64].entries()) {
    rows.push({ group: 'readers', measure: `readLines, one ${megabytes} MiB line, against the floor`, n: null, value: times.line[index]! / times.floor[index]!, unit: '× floor' });
  }
  for (const kind of ['line', 'csv'] as const) {
    const [small, large] = times[kind] as [number, number];
    const what = kind === 'line' ? 'readLines, one line' : 'csvRecords, one quoted record (line break every 80 B)';
    rows.push({ group: 'readers', measure: `${what} of 8 MiB`, n: null, value: (8 / small), unit: 'MiB/s' });
    const ratio = large / small;
    rows.push({ group: 'readers', measure: `${what} of 64 MiB`, n: null, value: (64 / large), unit: 'MiB/s', baseline: 'time vs 8 MiB', ratio, target: '≤ 8× (linear)', met: ratio <= 8 });
  }
  return rows;
}

const instructionDriver = (io: string) => `
import { csvRecords, readLines } from ${JSON.stringify(io)};
const [kind, path] = process.argv.slice(2);
const limit = { maxLineBytes: 2 ** 27, maxRecordBytes: 2 ** 27 };
let seen = 0;
const batches = kind === 'line' ? readLines(path, limit) : csvRecords(path, {}, limit);
for await (const batch of batches) seen += batch.length;
if (seen === 0) throw new Error('read nothing');
`;

/** Instructions one run of `node ...args` executes, counted by valgrind's callgrind (the load of the machine does not move them). */
export function instructionsOf(args: readonly string[], work: string): Promise<number> {
  const out = join(work, `callgrind-${process.pid}-${Math.random().toString(36).slice(2)}.out`);
  return new Promise((done, fail) => {
    const child = spawn('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let report = '';
    child.stderr.on('data', (chunk: Buffer) => (report += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => {
      rmSync(out, { force: true });
      const collected = /Collected : (\d+)/.exec(report)?.[1];
      if (status !== 0 || collected === undefined) fail(new Error(`valgrind node ${args.join(' ')} exited ${status}: ${report.slice(-400)}`));
      else done(Number(collected));
    });
  });
}

/** Whether valgrind can count instructions here. */
export const hasValgrind = () => spawnSync('valgrind', ['--version']).status === 0;

/**
 * The same line splitting counted in instructions (valgrind's callgrind), which the machine's load and memory do
 * not change: each input's count minus that of a one-line input, 64 MiB against 8 MiB. Skipped, with a row
 * saying so, where valgrind is not installed.
 */
export async function lineInstructionRows(work: string): Promise<BenchRow[]> {
  if (!hasValgrind()) {
    return [{ group: 'readers', measure: 'instruction counts: not measured (valgrind not found; apt-get install valgrind)', n: null, value: Number.NaN, unit: '' }];
  }
  const driver = join(work, 'instructions.mjs');
  writeFileSync(driver, instructionDriver(pathToFileURL(dist('io.js')).href));
  const rows: BenchRow[] = [];
  for (const kind of ['line', 'csv'] as const) {
    log(`instructions (callgrind), ${kind === 'line' ? 'readLines' : 'csvRecords'}, one line/record of 0, 8 and 64 MiB …`);
    const paths = [0, 8, 64].map((megabytes) => {
      const size = megabytes * 1024 * 1024;
      const path = join(work, `instructions-${kind}-${megabytes}`);
      if (kind === 'line') writeRepeated(path, 'abcdefgh', Math.max(size, 8), '\nend\n');
      else writeRepeated(path, `${'x'.repeat(79)}\n`, Math.max(size, 80), '"\r\n', 'text\r\n"');
      return path;
    });
    const [empty, small, large] = await Promise.all(paths.map((path) => instructionsOf([driver, kind, path], work)));
    for (const path of paths) rmSync(path);
    const ratio = (large! - empty!) / (small! - empty!);
    const what = kind === 'line' ? 'readLines, one line' : 'csvRecords, one quoted record';
    rows.push({ group: 'readers', measure: `${what} of 8 MiB: instructions a byte (callgrind)`, n: null, value: (small! - empty!) / (8 * 2 ** 20), unit: 'instructions/B' });
    rows.push({ group: 'readers', measure: `${what} of 64 MiB: instructions a byte (callgrind)`, n: null, value: (large! - empty!) / (64 * 2 ** 20), unit: 'instructions/B', baseline: 'instructions vs 8 MiB', ratio, target: '≤ 8× (linear)', met: ratio <= 8 });
  }
  return rows;
}

const ndjsonInstructionDriver = (io: string) => `
import { readLines, readNdjson } from ${JSON.stringify(io)};
const [mode, path] = process.argv.slice(2);
if (mode === 'parse') {
  let parsed = 0;
  for await (const lines of readLines(path)) for (const line of lines) if (line.text !== '' && JSON.parse(line.text) !== null) parsed++;
  if (parsed === 0) throw new Error('parsed nothing');
} else {
  const summary = await readNdjson(path, { table: 'quotes' }).drain();
  if (!summary.ok) throw new Error(summary.text);
}
`;

/**
 * `readNdjson` against line splitting + `JSON.parse` counted in instructions (callgrind), which load does not move:
 * the first `n` lines of the bench's quotes, each mode net of its own run on the first line alone (so loading the
 * modules and compiling the schemas cancel out).
 */
export async function ndjsonInstructionRows(path: string, n: number, work: string): Promise<BenchRow[]> {
  if (!hasValgrind()) return [{ group: 'ndjson read', measure: 'instruction counts: not measured (valgrind not found)', n: null, value: Number.NaN, unit: '' }];
  log(`readNdjson vs readLines + JSON.parse in instructions (callgrind), ${n.toLocaleString('en')} quotes …`);
  const driver = join(work, 'ndjson-instructions.mjs');
  writeFileSync(driver, ndjsonInstructionDriver(pathToFileURL(dist('io.js')).href));
  const lines = readFileSync(path, 'utf8').split('\n', n);
  const one = join(work, 'ndjson-1.ndjson');
  const many = join(work, `ndjson-${n}.ndjson`);
  writeFileSync(one, `${lines[0]}\n`);
  writeFileSync(many, `${lines.join('\n')}\n`);
  const [parseOne, parseMany] = await Promise.all([one, many].map((file) => instructionsOf([driver, 'parse', file], work)));
  const [readOne, readMany] = await Promise.all([one, many].map((file) => instructionsOf([driver, 'read', file], work)));
  rmSync(one);
  rmSync(many);
  const parse = (parseMany! - parseOne!) / (n - 1);
  const read = (readMany! - readOne!) / (n - 1);
  const ratio = read / parse;
  return [
    { group: 'ndjson read', measure: 'read lines + JSON.parse: instructions a record (callgrind)', n, value: parse, unit: 'instructions' },
    { group: 'ndjson read', measure: 'readNdjson: instructions a record (callgrind)', n, value: read, unit: 'instructions', baseline: 'instructions × JSON.parse', ratio, target: '≤ 2× JSON.parse', met: ratio <= 2 },
  ];
}

/** `saidby validate` of files holding only rejected lines (`{}`): wall time and peak RSS, 100k and 1M lines. */
export function rejectedLineRows(work: string): BenchRow[] {
  const rows: BenchRow[] = [];
  const results: Array<{ n: number; rssMb: number; seconds: number }> = [];
  for (const n of [100_000, 1_000_000]) {
    log(`saidby validate, ${n.toLocaleString('en')} rejected lines …`);
    const path = join(work, `rejected-${n}.ndjson`);
    writeRepeated(path, '{}\n', 3 * n);
    const result = timed([dist('cli.js'), 'validate', path, '--table', 'quotes'], work);
    log(`  ${result.seconds.toFixed(1)} s, peak RSS ${result.rssMb.toFixed(0)} MB`);
    if (result.status !== 1) throw new Error(`validate of ${n} rejected lines exited ${result.status}`);
    results.push({ n, ...result });
    rows.push({ group: 'readers', measure: 'saidby validate, every line rejected: time', n, value: result.seconds, unit: 's' });
    rows.push({ group: 'readers', measure: 'saidby validate, every line rejected: peak RSS', n, value: result.rssMb, unit: 'MB', ...(n >= 1_000_000 ? { target: '< 200 MB', met: result.rssMb < 200 } : {}) });
    rmSync(path);
  }
  const growth = results[1]!.rssMb / results[0]!.rssMb;
  rows.push({ group: 'readers', measure: 'rejected lines: peak RSS 1M / 100k', n: null, value: growth, unit: '×', target: 'flat (≤ 1.5×)', met: growth <= 1.5 });
  return rows;
}

const duckTypes: Record<string, string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'VARCHAR', list: 'VARCHAR[]', array: 'JSON', object: 'JSON' };
const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** DuckDB's reading of quotes NDJSON (typed as the schema says) and the SELECT that flattens it into saidby's CSV columns. */
async function duckdbCopySql(input: string, output: string): Promise<string> {
  const { columnsOf } = (await import(dist('schema.js'))) as typeof import('../src/schema/index.js');
  const columns = columnsOf('quotes');
  type Node = Map<string, Node | string>;
  const tree: Node = new Map();
  for (const column of columns) {
    let node = tree;
    for (const key of column.path.slice(0, -1)) {
      if (!node.has(key)) node.set(key, new Map());
      node = node.get(key) as Node;
    }
    node.set(column.path.at(-1)!, duckTypes[column.type]!);
  }
  const typeOf = (value: Node | string): string => (typeof value === 'string' ? value : `STRUCT(${[...value].map(([key, child]) => `${identifier(key)} ${typeOf(child)}`).join(', ')})`);
  const types = `{${[...tree].map(([key, value]) => `${sqlString(key)}: ${sqlString(typeOf(value))}`).join(', ')}}`;
  const select = columns
    .map((column) => {
      const access = column.path.map(identifier).join('.');
      const value = column.type === 'list' ? `array_to_string(${access}, '|')` : access;
      return `${value} AS ${identifier(column.name)}`;
    })
    .join(', ');
  return `COPY (SELECT ${select} FROM read_json(${sqlString(input)}, format = 'newline_delimited', columns = ${types})) TO ${sqlString(output)} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"')`;
}

/**
 * The least a converter in Node does with NDJSON: split the lines (saidby's readLines), JSON.parse each and write
 * bytes out (the lines themselves, about twice the CSV's size) in 64 KiB chunks with backpressure. No validation,
 * no flattening, no CSV quoting: what it costs against DuckDB bounds what any JavaScript converter can reach.
 */
const convertFloorDriver = (io: string) => `
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readLines } from ${JSON.stringify(io)};
const [input, output] = process.argv.slice(2);
const out = createWriteStream(output);
let pending = '';
let parsed = 0;
for await (const lines of readLines(input)) {
  for (const line of lines) {
    if (line.text === '') continue;
    if (JSON.parse(line.text) !== null) parsed++;
    pending += line.text + '\\n';
  }
  if (pending.length >= 65536) {
    if (!out.write(pending)) await once(out, 'drain');
    pending = '';
  }
}
out.end(pending);
await once(out, 'finish');
if (parsed === 0) throw new Error('parsed nothing');
`;

/**
 * `saidby convert` NDJSON quotes → CSV against DuckDB's `COPY … TO` of the same file into the same columns, one
 * thread, RFC 4180 quoting on both sides (saidby with --keep-formulas: DuckDB has no formula escaping).
 */
export async function convertAgainstDuckdbRows(path: string, n: number, work: string): Promise<BenchRow[]> {
  log(`saidby convert vs DuckDB COPY, ${n.toLocaleString('en')} quotes …`);
  const saidbyOut = join(work, `convert-${n}.csv`);
  const duckOut = join(work, `duckdb-${n}.csv`);
  const mine = timed([dist('cli.js'), 'convert', path, saidbyOut, '--from', 'ndjson', '--to', 'csv', '--table', 'quotes', '--keep-formulas'], work);
  if (mine.status !== 0) throw new Error(`convert exited ${mine.status}`);
  const floorDriver = join(work, 'convert-floor.mjs');
  writeFileSync(floorDriver, convertFloorDriver(pathToFileURL(dist('io.js')).href));
  const floor = timed([floorDriver, path, join(work, `floor-${n}.ndjson`)], work);
  if (floor.status !== 0) throw new Error(`the convert floor exited ${floor.status}`);
  rmSync(join(work, `floor-${n}.ndjson`));
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const sql = await duckdbCopySql(path, duckOut);
  const duck = await secondsOf(() => connection.run(sql));
  log(`  saidby ${mine.seconds.toFixed(1)} s, DuckDB ${duck.toFixed(1)} s`);
  connection.closeSync();
  const sizes = { saidby: statSync(saidbyOut).size, duckdb: statSync(duckOut).size };
  rmSync(saidbyOut);
  rmSync(duckOut);
  const ratio = mine.seconds / duck;
  return [
    { group: 'convert', measure: 'DuckDB COPY NDJSON → CSV (1 thread, in process)', n, value: n / duck, unit: 'records/s' },
    {
      group: 'convert',
      measure: 'floor: node reads the lines, JSON.parse each and writes the lines back, whole process',
      n,
      value: n / floor.seconds,
      unit: 'records/s',
      baseline: 'time vs DuckDB',
      ratio: floor.seconds / duck,
    },
    { group: 'convert', measure: 'saidby convert against the floor', n, value: mine.seconds / floor.seconds, unit: '× floor' },
    {
      group: 'convert',
      measure: `saidby convert NDJSON → CSV, whole process (CSV ${(sizes.saidby / 1e6).toFixed(0)} MB; DuckDB's ${(sizes.duckdb / 1e6).toFixed(0)} MB)`,
      n,
      value: n / mine.seconds,
      unit: 'records/s',
      baseline: 'time vs DuckDB',
      ratio,
      target: '≤ 3× DuckDB',
      met: ratio <= 3,
    },
  ];
}
