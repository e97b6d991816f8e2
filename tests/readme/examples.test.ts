import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { firstArticle } from '../folder/articles.js';

/**
 * Runs every ```sh/bash/shell and ```ts/js block of README.md, in document order, in one folder, as a reader who
 * follows the README would: `npx saidby` is the built CLI and `import 'saidby'` this package's dist. The folder
 * starts with the bundled tables exported (sources|speakers|quotes .csv and .ndjson), my-dataset/ (a copy of the
 * bundled dataset folder), article.txt (an article written for this test), quotes-2020.json (Quotebank lines)
 * and train.tsv (LIAR rows). A block preceded by the line `<!-- example: not run (why) -->` is skipped.
 */

const root = resolve(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const shells = new Set(['sh', 'bash', 'shell']);
const scripts = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);
const notRun = /^<!--\s*example:\s*not run\b.*-->$/;

interface Example {
  readonly line: number;
  readonly language: string;
  readonly code: string;
  readonly skipped: boolean;
}

function examplesOf(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const found: Example[] = [];
  for (let at = 0; at < lines.length; at++) {
    const open = /^```(\w+)?\s*$/.exec(lines[at]!);
    if (!open) continue;
    const end = lines.findIndex((line, index) => index > at && /^```\s*$/.test(line));
    if (end < 0) throw new Error(`README.md:${at + 1}: a code block that never closes`);
    const language = (open[1] ?? '').toLowerCase();
    let previous = at - 1;
    while (previous >= 0 && lines[previous]!.trim() === '') previous--;
    found.push({ line: at + 1, language, code: lines.slice(at + 1, end).join('\n'), skipped: previous >= 0 && notRun.test(lines[previous]!.trim()) });
    at = end;
  }
  return found;
}

const examples = examplesOf(readme);
const runnable = examples.filter((example) => !example.skipped && (shells.has(example.language) || scripts.has(example.language)));

function workspace(): string {
  const folder = mkdtempSync(join(tmpdir(), 'saidby-readme-'));
  writeFileSync(join(folder, 'package.json'), '{ "name": "readme-examples", "private": true, "type": "module" }\n');
  mkdirSync(join(folder, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(root, join(folder, 'node_modules', 'saidby'), 'dir');
  symlinkSync(join(root, 'dist', 'cli.js'), join(folder, 'node_modules', '.bin', 'saidby'));
  cpSync(join(root, 'dataset'), join(folder, 'my-dataset'), { recursive: true });
  writeFileSync(join(folder, 'article.txt'), firstArticle);
  const quotebank = readFileSync(join(root, 'tests/io/fixtures/quotebank-sample.jsonl'), 'utf8').split('\n');
  writeFileSync(join(folder, 'quotes-2020.json'), `${quotebank.slice(0, 2).join('\n')}\n`);
  const liar = readFileSync(join(root, 'tests/io/fixtures/liar-sample.tsv'), 'utf8').split('\n');
  writeFileSync(join(folder, 'train.tsv'), `${liar.slice(0, 2).join('\n')}\n`);
  return folder;
}

const run = promisify(execFile);

/** `npx saidby` runs the local bin; the test calls it directly (npx costs seconds a call), and checks npx once. */
const npxSaidby = `npx() { if [ "$1" = saidby ]; then shift; node ${JSON.stringify(join(root, 'dist', 'cli.js'))} "$@"; else command npx "$@"; fi; }`;

describe('README examples', () => {
  it('are found, and those not run say so with the marker', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(10);
    for (const example of examples.filter((candidate) => candidate.skipped)) {
      expect(readme.split('\n').slice(0, example.line - 1).reverse().find((line) => line.trim() !== '')).toMatch(/not run \(.+\)/);
    }
  });

  it('every sh and ts block runs as written, in order, and exits 0', async () => {
    const folder = workspace();
    const { stdout } = await run(process.execPath, [join(root, 'dist', 'cli.js'), 'export', '--out', folder]);
    expect(stdout).toBe('');
    const env = {
      ...process.env,
      PATH: `${join(folder, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      FORCE_COLOR: '0',
    };
    const viaNpx = await run('npx', ['--offline', 'saidby', '--version'], { cwd: folder, env });
    expect(viaNpx.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    for (const [index, example] of runnable.entries()) {
      const where = `README.md:${example.line} (${example.language})`;
      try {
        if (shells.has(example.language)) {
          await run('bash', ['-euo', 'pipefail', '-c', `${npxSaidby}\n${example.code}`], { cwd: folder, env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
        } else {
          const file = join(folder, `example-${index}.mts`);
          writeFileSync(file, example.code);
          await run(tsx, [file], { cwd: folder, env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
        }
      } catch (error) {
        const failure = error as { code?: number; stderr?: string; stdout?: string };
        expect.fail(`${where} exited ${failure.code}:\n${example.code}\n--- stderr:\n${failure.stderr ?? String(error)}`);
      }
    }
  }, 600_000);
});
