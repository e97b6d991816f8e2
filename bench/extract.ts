import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/extract/index.js';

const paragraphs = [
  'The regional council on Tuesday approved a plan to rebuild the old harbour bridge, a project Mayor Linda Okafor called “long overdue.”',
  '“We have waited twenty years for this,” Okafor said at a news conference. “Now the work can finally begin.”',
  'Councilman Robert Haines, who voted against the plan, told reporters that the budget was “wildly optimistic” and that taxpayers would pay the difference.',
  'The mayor dismissed the criticism. “Robert’s numbers are from the ’90s,” she said, adding that the engineers’ estimates had been checked twice.',
  'According to the Transportation Department, construction will take at least three years.',
  'The bridge carries about 40,000 vehicles a day, the department said in a statement.',
  '"It’s a good day for the city," said Maria Chen, who owns a bakery near the river. "People don’t realise how bad the traffic is.',
  '"Every morning I sit in my car for an hour. That has to change."',
  'Haines was quoted as saying the vote was rushed. In an interview with the Harbour Times, he said residents had not been consulted.',
  'Protesters outside city hall chanted “No new taxes!” as the meeting ended, and officials said the project would be funded by state grants.',
  'Zentrix Corp. said on Thursday that its quarterly profit had doubled. 😀 Analysts said the results were "impressive but not surprising."',
];

/** A synthetic article of about `megabytes` MB of UTF-8, made of the hand-written paragraphs above. */
export function syntheticArticle(megabytes: number): string {
  const target = megabytes * 1024 * 1024;
  const parts: string[] = ['Council Approves Bridge Plan'];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph, 'utf8') + 2;
  }
  return parts.join('\n\n');
}

export interface ExtractBenchmark {
  readonly name: 'extract';
  readonly megabytes: number;
  readonly runs: number;
  readonly quotes: number;
  readonly bestSeconds: number;
  readonly medianSeconds: number;
  readonly megabytesPerSecond: number;
}

/**
 * Measures extractQuotes throughput (MB of UTF-8 article text per second, best and median of several runs).
 *
 * @example
 * const { megabytesPerSecond } = await benchExtract({ megabytes: 1, runs: 3 });
 */
export async function benchExtract(options: { megabytes?: number; runs?: number } = {}): Promise<ExtractBenchmark> {
  const text = syntheticArticle(options.megabytes ?? 3);
  const megabytes = Buffer.byteLength(text, 'utf8') / (1024 * 1024);
  const runs = options.runs ?? 5;
  extractQuotes(text.slice(0, 50_000));
  const seconds: number[] = [];
  let quotes = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    quotes = extractQuotes(text).quotes.length;
    seconds.push((performance.now() - started) / 1000);
    await new Promise((done) => setImmediate(done));
  }
  seconds.sort((a, b) => a - b);
  const best = seconds[0]!;
  const median = seconds[Math.floor(seconds.length / 2)]!;
  return { name: 'extract', megabytes, runs, quotes, bestSeconds: best, medianSeconds: median, megabytesPerSecond: megabytes / median };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void benchExtract().then((result) =>
    process.stdout.write(
      `extract: ${result.megabytes.toFixed(2)} MB, ${result.quotes} quotes, median ${result.medianSeconds.toFixed(2)} s ` +
        `(best ${result.bestSeconds.toFixed(2)} s) over ${result.runs} runs: ${result.megabytesPerSecond.toFixed(2)} MB/s\n`,
    ),
  );
}
