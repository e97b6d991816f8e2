import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { commands } from '../../src/cli/commands/index.js';
import { nearest } from '../../src/cli/suggest.js';
import { dataset } from '../../src/dataset/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'saidby-main-'));

async function run(args: string[], stdinText = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (chunk) => (chunks.out += chunk));
  stderr.on('data', (chunk) => (chunks.err += chunk));
  const status = await main(args, { stdout, stderr, stdin: Readable.from([stdinText]), cwd: scratch });
  return { status, stdout: chunks.out, stderr: chunks.err };
}

describe('help', () => {
  it.each(commands.map((command) => command.name))('%s: "help NAME", "--help NAME" and "NAME --help" print the same help on stdout', async (name) => {
    const own = await run([name, '--help']);
    expect(own).toMatchObject({ status: 0, stderr: '' });
    expect(own.stdout).toMatch(new RegExp(`^Usage: saidby ${name}`));
    expect(await run(['help', name])).toEqual(own);
    expect(await run(['--help', name])).toEqual(own);
  });

  it('names the nearest command for a misspelt one, exit 2', async () => {
    const result = await run(['help', 'qoutes']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('did you mean "quotes"?');
    expect((await run(['speakrs'])).stderr).toContain('did you mean "speakers"?');
  });
});

describe('unknown flags', () => {
  it.each([
    ['quotes', '--spaeker', '--speaker'],
    ['quotes', '--claimtype', '--claim-type'],
    ['extract', '--replace-draft', '--replace-drafts'],
    ['verify', '--dta', '--data'],
    ['export', '--no-boom', '--no-bom'],
  ])('%s %s: did you mean %s? and the flags listed, exit 2, nothing on stdout', async (command, typed, meant) => {
    const result = await run([command, typed, 'x']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`unknown flag ${typed}; did you mean ${meant}?`);
    const spec = commands.find((candidate) => candidate.name === command)!;
    for (const flag of Object.keys(spec.options)) expect(result.stderr).toContain(`--${flag}`);
  });

  it('makes no suggestion when nothing is close, and checks --flag=value forms', async () => {
    const result = await run(['quotes', '--zzzzzzzz']);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain('did you mean');
    expect((await run(['quotes', '--spaeker=lavrov'])).stderr).toContain('did you mean --speaker?');
  });

  it('does not take a flag value for a flag', async () => {
    const result = await run(['quotes', '--search=--not-a-flag', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('nearest() finds transpositions, one edit in short names and prefixes', () => {
    expect(nearest('spaeker', ['speaker', 'kind'])).toBe('speaker');
    expect(nearest('knd', ['speaker', 'kind'])).toBe('kind');
    expect(nearest('check', ['checkworthy', 'claim-type'])).toBe('checkworthy');
    expect(nearest('xyz', ['speaker', 'kind'])).toBeUndefined();
  });
});

describe('exit statuses', () => {
  it('a missing input file or folder is a usage error (2) everywhere', async () => {
    const missing = join(scratch, 'no-such-thing');
    for (const args of [
      ['verify', missing],
      ['verify', '--data', missing],
      ['report', '--data', missing, '--out', join(scratch, 'r.html')],
      ['quotes', '--data', missing],
      ['speakers', '--data', missing],
      ['sources', '--data', missing],
      ['export', '--data', missing, '--out', join(scratch, 'out')],
      ['validate', missing],
      ['convert', missing, join(scratch, 'x.csv'), '--from', 'ndjson', '--to', 'csv'],
      ['extract', missing],
    ]) {
      const result = await run(args);
      expect({ args, status: result.status }).toEqual({ args, status: 2 });
      expect(result.stderr).toMatch(/no such (file|folder)/);
      expect(result.stdout).toBe('');
    }
  });

  it('a folder that does not verify is a data error (1)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'saidby-bad-'));
    for (const table of ['sources', 'speakers', 'quotes'] as const) writeFileSync(join(folder, `${table}.json`), JSON.stringify(dataset[table]));
    const result = await run(['quotes', '--data', folder]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no archived file at sources/azatutyun-30929229.txt');
  });
});

describe('"-" is standard input', () => {
  it('validate - reads NDJSON from stdin', async () => {
    const lines = dataset.quotes.map((quote) => JSON.stringify(quote)).join('\n');
    const result = await run(['validate', '-'], `${lines}\n{"id": 1}\n`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('-:18: rejected');
    expect(result.stderr).toContain('-: read 18 = 17 accepted + 1 rejected');
  });

  it('extract - --out DIR archives the bytes of stdin', async () => {
    const text = 'A Test Article\n\n“Rain is coming,” forecaster Mia Dahl said on Monday.\n';
    const folder = join(mkdtempSync(join(tmpdir(), 'saidby-stdin-')), 'data');
    const result = await run(['extract', '-', '--out', folder], text);
    expect(result).toMatchObject({ status: 0, stdout: '' });
    const verified = await run(['verify', folder]);
    expect(verified.status).toBe(0);
    expect(verified.stderr).toContain('1 of 1 quote(s) are still drafts');
  });
});
