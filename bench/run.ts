import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Quote } from '../src/schema/records.js';
import { convertAgainstDuckdbRows, lineInstructionRows, ndjsonInstructionRows, lineSplittingRows, rejectedLineRows, type BenchRow } from './readers.js';
import { syntheticQuotes, syntheticSources, syntheticSpeakers } from './synthetic.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (file: string) => join(root, 'dist', file);
const { findQuotes } = (await import(dist('index.js'))) as typeof import('../src/index.js');
const { writeCsv, writeNdjson, flattenRecord } = (await import(dist('export.js'))) as typeof import('../src/export/index.js');
const { readLines, readNdjson } = (await import(dist('io.js'))) as typeof import('../src/io/index.js');

const argv = process.argv.slice(2);
const writeResults = argv.includes('--write');
const onlyAt = argv.indexOf('--only');
const only = onlyAt === -1 ? undefined : new Set(argv[onlyAt + 1]?.split(','));
/** Whether a group of measures runs: all by default, or those named by `--only import,csv,ndjson,query,convert,readers,extract`. */
const runs = (group: string) => only === undefined || only.has(group);
const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const seed = 42;
const speakerCount = 10_000;
const sourceCount = 2_000;
const work = mkdtempSync(join(tmpdir(), 'saidby-bench-'));

type Row = BenchRow;
const rows: Row[] = [];
const log = (text: string) => process.stderr.write(`${text}\n`);

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

async function secondsAsync(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

const best = (values: number[]) => Math.min(...values);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function sink(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

function chunksOf<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

function importCost(): void {
  log('import cost of the main entry …');
  const variants = {
    bare: ['--input-type=module', '-e', ''],
    zod: ['--input-type=module', '-e', "import 'zod'"],
    saidby: ['--input-type=module', '-e', `import ${JSON.stringify(dist('index.js'))}`],
  } as const;
  const times: Record<keyof typeof variants, number[]> = { bare: [], zod: [], saidby: [] };
  for (let run = 0; run < 21; run++) {
    for (const [name, args] of Object.entries(variants) as Array<[keyof typeof variants, readonly string[]]>) {
      const started = performance.now();
      execFileSync(process.execPath, args, { cwd: root });
      times[name].push(performance.now() - started);
    }
  }
  const bare = median(times.bare);
  rows.push({ group: 'import', measure: 'node -e "" (bare)', n: null, value: bare, unit: 'ms' });
  rows.push({ group: 'import', measure: "import 'zod'", n: null, value: median(times.zod), unit: 'ms', baseline: 'bare node', ratio: median(times.zod) / bare });
  const ratio = median(times.saidby) / bare;
  rows.push({ group: 'import', measure: 'import dist/index.js', n: null, value: median(times.saidby), unit: 'ms', baseline: 'bare node', ratio, target: '≤ 1.15× bare', met: ratio <= 1.15 });
}

async function csvExport(quotes: Quote[], n: number): Promise<void> {
  log(`CSV export, ${n} …`);
  const runs = n <= 100_000 ? 3 : 1;
  const saidby: number[] = [];
  const papa: number[] = [];
  const papaFlat: number[] = [];
  const json: number[] = [];
  for (let run = 0; run < runs; run++) {
    saidby.push(await secondsAsync(() => writeCsv('quotes', quotes, sink())));
    papaFlat.push(seconds(() => chunksOf(quotes, 100_000).forEach((chunk) => Papa.unparse(chunk.map((quote) => flattenRecord('quotes', quote))))));
    let unparse = 0;
    for (const chunk of chunksOf(quotes, 100_000)) {
      const flat = chunk.map((quote) => flattenRecord('quotes', quote));
      unparse += seconds(() => Papa.unparse(flat));
    }
    papa.push(unparse);
    json.push(seconds(() => chunksOf(quotes, 100_000).forEach((chunk) => JSON.stringify(chunk))));
  }
  const mine = best(saidby);
  rows.push({ group: 'csv export', measure: 'saidby writeCsv (stream)', n, value: n / mine, unit: 'records/s' });
  const vsPapa = best(papa) / mine;
  rows.push({ group: 'csv export', measure: 'papaparse.unparse, rows pre-flattened', n, value: n / best(papa), unit: 'records/s', baseline: 'saidby is', ratio: vsPapa, target: '> 1× (faster)', met: vsPapa > 1 });
  rows.push({ group: 'csv export', measure: 'flattenRecord + papaparse.unparse', n, value: n / best(papaFlat), unit: 'records/s', baseline: 'saidby is', ratio: best(papaFlat) / mine });
  const vsJson = mine / best(json);
  rows.push({ group: 'csv export', measure: 'JSON.stringify (floor)', n, value: n / best(json), unit: 'records/s', baseline: 'saidby takes', ratio: vsJson, target: '≤ 3× JSON.stringify', met: vsJson <= 3 });
}

async function ndjsonRead(path: string, n: number): Promise<void> {
  log(`NDJSON read + validate, ${n} …`);
  const runs = n <= 100_000 ? 3 : 1;
  const parse: number[] = [];
  const validate: number[] = [];
  for (let run = 0; run < runs; run++) {
    parse.push(
      await secondsAsync(async () => {
        let count = 0;
        for await (const lines of readLines(path)) for (const line of lines) if (line.text !== '' && JSON.parse(line.text)) count++;
        if (count !== n) throw new Error(`parsed ${count} of ${n}`);
      }),
    );
    validate.push(
      await secondsAsync(async () => {
        const summary = await readNdjson(path, { table: 'quotes' }).drain();
        if (summary.accepted !== n) throw new Error(summary.text);
      }),
    );
  }
  const ratio = best(validate) / best(parse);
  rows.push({ group: 'ndjson read', measure: 'read lines + JSON.parse', n, value: n / best(parse), unit: 'records/s' });
  rows.push({ group: 'ndjson read', measure: 'readNdjson (parse + validate + ids)', n, value: n / best(validate), unit: 'records/s', baseline: 'takes × JSON.parse', ratio, target: '≤ 2× JSON.parse', met: ratio <= 2 });
}

function queries(quotes: Quote[], n: number, speakers: ReturnType<typeof syntheticSpeakers>): void {
  log(`queries, ${n} …`);
  const collection = { quotes, speakers };
  const count = 100;
  const speakerIds = Array.from({ length: count }, (_, index) => `speaker-${(index * 7919) % speakerCount}`);
  const ranges = Array.from({ length: count }, (_, index) => {
    const year = 2015 + (index % 10);
    const month = String(1 + (index % 12)).padStart(2, '0');
    return { from: `${year}-${month}-01`, to: `${year}-${month}-14` };
  });
  const build = seconds(() => {
    findQuotes({ speaker: speakerIds[0]! }, collection);
    findQuotes(ranges[0]!, collection);
  });
  let indexedHits = 0;
  let scanHits = 0;
  const bySpeaker = seconds(() => speakerIds.forEach((id) => (indexedHits += findQuotes({ speaker: id }, collection).length)));
  const scanSpeaker = seconds(() => speakerIds.forEach((id) => (scanHits += quotes.filter((quote) => quote.speakerId === id).length)));
  if (indexedHits !== scanHits) throw new Error(`speaker query found ${indexedHits}, scan ${scanHits}`);
  const byDate = seconds(() => ranges.forEach((range) => findQuotes(range, collection)));
  const scanDate = seconds(() =>
    ranges.forEach(({ from, to }) => quotes.filter((quote) => quote.date.value !== null && quote.date.value >= from && quote.date.value <= to)),
  );
  const target = n >= 1_000_000 ? '≥ 20× scan' : undefined;
  const row = (measure: string, indexed: number, scan: number) => {
    const ratio = scan / indexed;
    rows.push({ group: 'query', measure, n, value: (indexed / count) * 1000, unit: 'ms/query', baseline: 'faster than Array.filter by', ratio, ...(target ? { target, met: ratio >= 20 } : {}) });
  };
  rows.push({ group: 'query', measure: 'first queries (build speaker + date indexes)', n, value: build * 1000, unit: 'ms' });
  row('findQuotes by speaker id', bySpeaker, scanSpeaker);
  row('findQuotes by date range (2 weeks)', byDate, scanDate);
}

function convertRss(path: string, n: number): number {
  log(`streaming NDJSON → CSV (saidby convert), ${n} …`);
  const out = join(work, `converted-${n}.csv`);
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, dist('cli.js'), 'convert', path, out, '--from', 'ndjson', '--to', 'csv', '--table', 'quotes'], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`convert failed: ${result.stderr}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)![1]) / 1024;
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(result.stderr)![1]!;
  const wallSeconds = wall.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  rows.push({ group: 'convert', measure: 'saidby convert NDJSON → CSV, peak RSS', n, value: rss, unit: 'MB', ...(n >= 1_000_000 ? { target: '< 200 MB, flat', met: rss < 200 } : {}) });
  rows.push({ group: 'convert', measure: 'saidby convert NDJSON → CSV, throughput', n, value: n / wallSeconds, unit: 'records/s' });
  rmSync(out);
  return rss;
}

async function writeQuotes(quotes: Quote[], path: string): Promise<void> {
  await writeNdjson(quotes, createWriteStream(path));
}

const started = performance.now();
try {
  if (runs('import')) importCost();
  const speakers = syntheticSpeakers(speakerCount);
  syntheticSources(sourceCount);
  const rss: number[] = [];
  const perSize = ['csv', 'ndjson', 'query', 'convert'].some(runs);
  for (const n of perSize ? sizes : []) {
    log(`generating ${n} synthetic quotes (seed ${seed}) …`);
    const quotes = syntheticQuotes(n, speakerCount, sourceCount, seed);
    const path = join(work, `quotes-${n}.ndjson`);
    await writeQuotes(quotes, path);
    rows.push({ group: 'data', measure: `quotes.ndjson (${(statSync(path).size / 1e6).toFixed(0)} MB)`, n, value: statSync(path).size / n, unit: 'bytes/record' });
    if (runs('csv')) await csvExport(quotes, n);
    if (runs('ndjson')) {
      await ndjsonRead(path, n);
      if (n === sizes[0]) rows.push(...(await ndjsonInstructionRows(path, 20_000, work)));
    }
    if (runs('query')) queries(quotes, n, speakers);
    if (runs('convert')) {
      rss.push(convertRss(path, n));
      rows.push(...(await convertAgainstDuckdbRows(path, n, work)));
    }
    rmSync(path);
  }
  if (rss.length >= 2) {
    const growth = rss[1]! / rss[0]!;
    rows.push({ group: 'convert', measure: 'peak RSS 1M / 100k', n: null, value: growth, unit: '×', target: 'flat (≤ 1.5×)', met: growth <= 1.5 });
  }
  if (runs('validation')) rows.push(...(await ((await import('./validation.js')) as typeof import('./validation.js')).validationRows(sizes[0])));
  if (runs('readers')) {
    rows.push(...(await lineSplittingRows(work)));
    rows.push(...(await lineInstructionRows(work)));
    rows.push(...rejectedLineRows(work));
  }
  if (runs('extract')) {
    try {
      const { benchExtract } = (await import('./extract.js')) as typeof import('./extract.js');
      log('extractor (bench/extract.ts) …');
      const extract = await benchExtract();
      rows.push({ group: 'extract', measure: `extractQuotes (${extract.megabytes.toFixed(1)} MB article, ${extract.quotes} quotes)`, n: null, value: extract.megabytesPerSecond, unit: 'MB/s' });
      const linear = (await import('./extract-linear.js')) as typeof import('./extract-linear.js');
      rows.push(...linear.extractLinearRows());
      rows.push(...(await linear.extractInstructionRows(work)));
    } catch (error) {
      log(`extractor benchmark skipped: ${(error as Error).message}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const format = (value: number) => (value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(value >= 10 ? 1 : 2));
const table = [
  '| group | measure | N | value | vs baseline | target | met |',
  '| --- | --- | ---: | ---: | --- | --- | --- |',
  ...rows.map(
    (row) =>
      `| ${row.group} | ${row.measure} | ${row.n === null ? '' : row.n.toLocaleString('en')} | ${format(row.value)} ${row.unit} | ${row.ratio === undefined ? '' : `${row.baseline} ${row.ratio.toFixed(2)}×`} | ${row.target ?? ''} | ${row.met === undefined ? '' : row.met ? 'yes' : '**no**'} |`,
  ),
].join('\n');
process.stdout.write(`${table}\n`);
const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
  seed,
  seconds: Math.round((performance.now() - started) / 1000),
  rows,
};
if (writeResults) writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`done in ${results.seconds} s; ${writeResults ? 'wrote bench/results.json' : 'bench/results.json left as it is (npm run bench -- --write to record this run)'}`);
