import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { saidby } from './run-cli.js';

const cli = resolve(__dirname, '../../dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'saidby-pipes-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI; `closeStdoutAfter` bytes of stdout are read before the reader goes away; `closeStderr` closes stderr at once. */
function spawnCli(args: string[], options: { closeStdoutAfter?: number; closeStderr?: boolean; stdin?: string } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: scratch, stdio: ['pipe', 'pipe', 'pipe'] });
    const result: Run = { code: null, stdout: '', stderr: '' };
    child.stdin.end(options.stdin ?? '');
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    if (options.closeStderr) child.stderr.destroy();
    else child.stderr.on('data', (chunk) => (result.stderr += chunk));
    child.stdout.on('data', (chunk) => {
      result.stdout += chunk;
      if (options.closeStdoutAfter !== undefined && result.stdout.length >= options.closeStdoutAfter) child.stdout.destroy();
    });
    child.on('error', fail);
    child.on('exit', (code) => done({ ...result, code }));
  });
}

const quoteLines = dataset.quotes.map((quote) => JSON.stringify(quote));
const big = join(scratch, 'big.ndjson');
writeFileSync(big, `${Array.from({ length: 150 }, (_, n) => quoteLines.map((line) => line.replace(/"id":"azatutyun-30929229-q(\d+)"/, `"id":"azatutyun-30929229-q$1-${n}"`)).join('\n')).join('\n')}\n`);
const article = join(scratch, 'article.txt');
writeFileSync(article, Array.from({ length: 2000 }, (_, n) => `“Paragraph ${n} is quoted here,” reporter Ola Berg said on day ${n}.\n\n`).join(''));

describe('a closed pipe', () => {
  it.each([
    ['extract', article, '--format', 'ndjson'],
    ['quotes', '--format', 'csv'],
    ['convert', big, '-', '--from', 'ndjson', '--to', 'csv'],
    ['validate', big, '--json'],
  ])('on stdout ends "saidby %s …" quietly with status 0 and no stack trace', async (...args) => {
    const result = await spawnCli(args, { closeStdoutAfter: 1 });
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stderr).not.toMatch(/Error|EPIPE|at .*\.js/);
    expect(result.code).toBe(0);
  });

  it('on stderr leaves convert running to the end: status 0 and the whole output file', async () => {
    const whole = join(scratch, 'whole.csv');
    const open = await saidby(scratch, 'convert', big, whole, '--from', 'ndjson', '--to', 'csv');
    expect(open.code).toBe(0);
    const closed = join(scratch, 'closed.csv');
    const result = await spawnCli(['convert', big, closed, '--from', 'ndjson', '--to', 'csv'], { closeStderr: true });
    expect(result.code).toBe(0);
    expect(readFileSync(closed, 'utf8')).toBe(readFileSync(whole, 'utf8'));
    expect(readFileSync(whole, 'utf8').split('\r\n').length).toBe(150 * quoteLines.length + 2);
  });

  it('on stderr while records are rejected still writes every accepted record, and exits 1 for the rejections', async () => {
    const damaged = join(scratch, 'damaged.ndjson');
    writeFileSync(damaged, `${quoteLines.map((line, index) => (index % 4 === 1 ? '{"broken": ' : line)).join('\n')}\n`);
    const output = join(scratch, 'damaged.csv');
    const result = await spawnCli(['convert', damaged, output, '--from', 'ndjson', '--to', 'csv'], { closeStderr: true });
    expect(result.code).toBe(1);
    const accepted = quoteLines.filter((_, index) => index % 4 !== 1).length;
    expect(readFileSync(output, 'utf8').trimEnd().split('\r\n')).toHaveLength(accepted + 1);
  });
});

describe('"-" for standard input and output', () => {
  it('convert - OUT --from ndjson and convert IN - --to csv give what files give', async () => {
    const file = join(scratch, 'quotes-file.csv');
    expect((await saidby(scratch, 'convert', big, file, '--from', 'ndjson', '--to', 'csv')).code).toBe(0);
    const fromStdin = join(scratch, 'quotes-stdin.csv');
    const viaStdin = await spawnCli(['convert', '-', fromStdin, '--from', 'ndjson', '--to', 'csv'], { stdin: readFileSync(big, 'utf8') });
    expect(viaStdin.code).toBe(0);
    expect(readFileSync(fromStdin, 'utf8')).toBe(readFileSync(file, 'utf8'));
    const toStdout = await spawnCli(['convert', big, '-', '--from', 'ndjson', '--to', 'csv']);
    expect(toStdout.code).toBe(0);
    expect(toStdout.stdout).toBe(readFileSync(file, 'utf8'));
    expect(toStdout.stderr).toContain('standard output');
  });
});
