import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractQuotes } from '../src/extract/index.js';
import { syntheticArticle } from './extract.js';
import { hasValgrind, instructionsOf, type BenchRow } from './readers.js';

/** One input shape: a generator of about `bytes` bytes of UTF-8 text. */
interface Shape {
  readonly name: string;
  readonly describe: string;
  readonly make: (bytes: number) => string;
}

function repeat(bytes: number, head: string, pieces: readonly string[], separator: string): string {
  const parts = [head];
  let size = Buffer.byteLength(head, 'utf8');
  for (let i = 0; size < bytes; i++) {
    const piece = pieces[i % pieces.length]!.replaceAll('#', String(i));
    parts.push(piece);
    size += Buffer.byteLength(piece, 'utf8') + separator.length;
  }
  return parts.join(separator);
}

const plainParagraphs = [
  'The council met on Tuesday to discuss the harbour bridge, which carries about 40,000 vehicles a day.',
  'Mayor Linda Okafor said the work would start in the spring and take at least three years.',
  '“We have waited twenty years for this,” Okafor said at a news conference.',
  'Engineers inspected the pillars in March and found cracks in two of them, the department said in a statement.',
  'Residents near the river told reporters that the traffic had doubled since the old ferry stopped running.',
];

export const shapes: readonly Shape[] = [
  { name: 'article', describe: 'news paragraphs with quotes, apostrophes and cues (real-ish text)', make: (bytes) => syntheticArticle(bytes / (1024 * 1024)) },
  {
    name: 'no apostrophes',
    describe: 'news paragraphs without a single apostrophe or single mark',
    make: (bytes) => repeat(bytes, 'Council Approves Bridge Plan', plainParagraphs, '\n\n'),
  },
  {
    name: 'unmatched openers',
    describe: 'every paragraph opens a quote it never closes',
    make: (bytes) => repeat(bytes, 'Storm Report', ['Anna Berg said: “The river rose # metres overnight and the road is closed.', 'The council met again on day #.'], '\n\n'),
  },
  {
    name: 'single-mark possessives',
    describe: 'one paragraph in single-quote style with many possessives (workers’ union)',
    make: (bytes) =>
      repeat(
        bytes,
        'Union Talks',
        ["'We will not accept this offer,' said Anna Berg of the workers' union. The drivers' council and the teachers' group met the owners' lawyers on day #."],
        ' ',
      ),
  },
  {
    name: 'one long sentence',
    describe: 'a single paragraph with thousands of cues and no full stop',
    make: (bytes) => repeat(bytes, 'Anna Berg said the plan would work', [', Tom Reed said the cost #  would rise, “the work is late” she added'], ''),
  },
  {
    name: 'one line of quotes',
    describe: 'a single paragraph of short quotes with no cue',
    make: (bytes) => repeat(bytes, 'Chants', ['“No more cuts #” “Save the clinic”'], ' '),
  },
  {
    name: 'unnamed representatives',
    describe: 'paragraphs of unnamed spokespeople, bodies "at" a university and a "she" after them (each resolved against the names printed after "in", "to" …)',
    make: (bytes) =>
      repeat(
        bytes,
        'Ferry Talks Resume',
        ['A Harbour Board spokesman said the ferry # would run.', 'The research group at Tarnby University said test # worked.', 'A Velmora Airlines spokeswoman arrived in Danvik. She said flight # was late.'],
        '\n\n',
      ),
  },
];

export interface ShapeResult {
  readonly shape: string;
  readonly describe: string;
  readonly small: { readonly megabytes: number; readonly seconds: number };
  readonly large: { readonly megabytes: number; readonly seconds: number };
  /** Time for the large input over time for the small one (8× the text). */
  readonly ratio: number;
  readonly megabytesPerSecond: number;
}

/** CPU seconds (user + system) of one extraction: steadier than wall time on a shared, loaded machine. */
function cpuSecondsOf(text: string): number {
  const before = process.cpuUsage();
  extractQuotes(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/**
 * Times extractQuotes on 1 MiB and 8 MiB of each shape and reports the ratio: linear time gives about 8×, the
 * target is ≤ 9×. Small and large runs alternate and the best CPU time (user + system) of each counts, so load
 * from other processes on a shared machine shifts both sides alike.
 *
 * @example
 * const results = benchExtractLinear({ smallMiB: 1, factor: 8 });
 */
export function benchExtractLinear(options: { smallMiB?: number; factor?: number; rounds?: number; only?: readonly string[] } = {}): ShapeResult[] {
  const small = (options.smallMiB ?? 1) * 1024 * 1024;
  const factor = options.factor ?? 8;
  extractQuotes(syntheticArticle(0.05));
  const results: ShapeResult[] = [];
  for (const shape of shapes.filter((candidate) => options.only === undefined || options.only.includes(candidate.name))) {
    const smallText = shape.make(small);
    const largeText = shape.make(small * factor);
    const smallRuns: number[] = [];
    const largeRuns: number[] = [];
    for (let round = 0; round < (options.rounds ?? 2); round++) {
      smallRuns.push(cpuSecondsOf(smallText));
      largeRuns.push(cpuSecondsOf(largeText));
    }
    const smallSeconds = Math.min(...smallRuns);
    const largeSeconds = Math.min(...largeRuns);
    const smallMB = Buffer.byteLength(smallText, 'utf8') / (1024 * 1024);
    const largeMB = Buffer.byteLength(largeText, 'utf8') / (1024 * 1024);
    results.push({
      shape: shape.name,
      describe: shape.describe,
      small: { megabytes: smallMB, seconds: smallSeconds },
      large: { megabytes: largeMB, seconds: largeSeconds },
      ratio: (largeSeconds / smallSeconds) * (smallMB / largeMB) * factor,
      megabytesPerSecond: largeMB / largeSeconds,
    });
  }
  return results;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = process.argv.slice(2);
  for (const result of benchExtractLinear(only.length > 0 ? { only } : {})) {
    process.stdout.write(
      `${result.shape.padEnd(24)} ${result.small.megabytes.toFixed(1)} MiB ${result.small.seconds.toFixed(2)} s, ` +
        `${result.large.megabytes.toFixed(1)} MiB ${result.large.seconds.toFixed(2)} s: ${result.ratio.toFixed(2)}× for 8× the text, ` +
        `${result.megabytesPerSecond.toFixed(2)} MB per CPU second\n`,
    );
  }
}

/** The linear-time results as rows of `npm run bench`'s table (bench/run.ts registers this with one line). */
export function extractLinearRows(): Array<{ group: string; measure: string; n: null; value: number; unit: string; baseline: string; ratio: number; target: string; met: boolean }> {
  process.stderr.write('extractor linear time, 1 MiB and 8 MiB of each shape (bench/extract-linear.ts) …\n');
  return benchExtractLinear().map((result) => ({
    group: 'extract',
    measure: `extractQuotes, ${result.shape}: ${result.describe}`,
    n: null,
    value: result.megabytesPerSecond,
    unit: 'MB per CPU s',
    baseline: '8 MiB takes × 1 MiB',
    ratio: result.ratio,
    target: '≤ 9×',
    met: result.ratio <= 9,
  }));
}

const instructionDriver = (extract: string) => `
import { readFileSync } from 'node:fs';
import { extractQuotes } from ${JSON.stringify(extract)};
for (const path of process.argv.slice(2)) extractQuotes(readFileSync(path, 'utf8'));
`;

/**
 * The same shapes counted in instructions (valgrind's callgrind), which neither the machine's load nor its memory
 * moves: each input's count minus that of a one-word text, 1 MiB against 128 KiB (valgrind runs about 50× slower,
 * so the sizes are an eighth of the CPU-time rows'). Every run first extracts another 128 KiB of the shape, so
 * that compiling the extractor's hot code is in every count alike and cancels out. A quadratic scan shows as
 * about 64×; linear is about 8×.
 */
export async function extractInstructionRows(work: string): Promise<BenchRow[]> {
  if (!hasValgrind()) return [{ group: 'extract', measure: 'instruction counts: not measured (valgrind not found; apt-get install valgrind)', n: null, value: Number.NaN, unit: '' }];
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const driver = join(work, 'extract-instructions.mjs');
  writeFileSync(driver, instructionDriver(pathToFileURL(join(root, 'dist/extract.js')).href));
  const small = 128 * 1024;
  const rows: BenchRow[] = [];
  for (const shape of shapes) {
    process.stderr.write(`extractor instructions (callgrind), ${shape.name}, 128 KiB and 1 MiB …\n`);
    const [warmUp, ...paths] = [shape.make(small), shape.make(0).slice(0, 8), shape.make(small), shape.make(small * 8)].map((text, index) => {
      const path = join(work, `extract-${index}.txt`);
      writeFileSync(path, text);
      return path;
    });
    const [empty, smallCount, largeCount] = await Promise.all(paths.map((path) => instructionsOf([driver, warmUp!, path], work)));
    for (const path of [warmUp!, ...paths]) rmSync(path);
    const ratio = (largeCount! - empty!) / (smallCount! - empty!);
    rows.push({
      group: 'extract',
      measure: `extractQuotes, ${shape.name}: instructions, 1 MiB vs 128 KiB (callgrind)`,
      n: null,
      value: (largeCount! - empty!) / (small * 8),
      unit: 'instructions/B',
      baseline: 'instructions vs 128 KiB',
      ratio,
      target: '≤ 9× (linear)',
      met: ratio <= 9,
    });
  }
  return rows;
}
