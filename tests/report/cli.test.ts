import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { copyDataset } from '../cli/run-cli.js';

const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
let directory: string;

function saidby(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: directory, encoding: 'utf8' });
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run "npx tsup" (npm test builds first)');
  directory = mkdtempSync(join(tmpdir(), 'saidby-report-cli-'));
});

afterAll(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('saidby report', () => {
  it('writes the review page of the bundled dataset', () => {
    const result = saidby('report', '--out', 'report.html');
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${dataset.quotes.length} quote(s) from 1 source(s)`);
    const html = readFileSync(join(directory, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/ id="hl-\d+"/g)).toHaveLength(dataset.quotes.length);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
  });

  it('reads a dataset folder given with --data and uses --title', () => {
    copyDataset((tables) => {
      tables.quotes = tables.quotes.slice(0, 3);
    }, join(directory, 'copy'));
    const result = saidby('report', '--data', 'copy', '--out', 'copy.html', '--title', 'Three <quotes>');
    expect(result.status).toBe(0);
    const html = readFileSync(join(directory, 'copy.html'), 'utf8');
    expect(html.match(/ id="hl-\d+"/g)).toHaveLength(3);
    expect(html).toContain('<title>Three &lt;quotes&gt;</title>');
  });

  it('exits 1 with the problems when the dataset folder is invalid', () => {
    const broken = copyDataset(({ quotes }) => {
      quotes[1].kind = 'qoute';
    }, join(directory, 'broken'));
    const result = saidby('report', '--data', 'broken', '--out', 'broken.html');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('quotes[1].kind');
    expect(existsSync(join(directory, 'broken.html'))).toBe(false);

    writeFileSync(join(broken, 'speakers.json'), '{ not json');
    const unreadable = saidby('report', '--data', 'broken', '--out', 'broken.html');
    expect(unreadable.status).toBe(1);
    expect(unreadable.stderr).toContain('speakers.json is not valid JSON');
  });

  it('refuses an archivePath that leads out of the dataset folder instead of showing that file', () => {
    writeFileSync(join(directory, 'secret.txt'), 'not part of any dataset');
    copyDataset(({ sources }) => {
      sources[0].archivePath = '../secret.txt';
    }, join(directory, 'escaping'));
    const result = saidby('report', '--data', 'escaping', '--out', 'escaping.html');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('archivePath: "../secret.txt" climbs out with ".."');
    expect(existsSync(join(directory, 'escaping.html'))).toBe(false);
  });

  it('exits 2 without --out', () => {
    const result = saidby('report');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--out FILE is required');
  });

  it('exits 2 naming the path when --out cannot be written', () => {
    const result = saidby('report', '--out', join('no-such-folder', 'report.html'));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`saidby: cannot use "${join(directory, 'no-such-folder', 'report.html')}": no such file or directory\n`);
  });
});
