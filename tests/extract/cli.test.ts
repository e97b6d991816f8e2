import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { DatasetSchema } from '../../src/schema/records.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
  const status = await main(args, { stdout, stderr, stdin: new PassThrough(), cwd: fixtures });
  return { status, stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8') };
}

describe('saidby extract', () => {
  it('prints the draft tables as JSON that validates against the schema', async () => {
    const { status, stdout } = await run(['extract', 'storm.txt', '--format', 'json', '--source-url', 'https://news.example.com/storm']);
    expect(status).toBe(0);
    const result = DatasetSchema.parse(JSON.parse(stdout));
    expect(result.sources[0]).toMatchObject({ url: 'https://news.example.com/storm', outlet: 'news.example.com' });
    expect(result.quotes.map((quote) => quote.text)).toContain('Stay indoors tonight,');
  });

  it('prints a table with speakers, one NDJSON record a line, and CSV', async () => {
    const table = await run(['extract', 'storm.txt', '--format', 'table']);
    expect(table.stdout).toMatch(/direct\s+Ana Berg\s+said/);
    expect(table.stderr).toContain('4 draft quote(s)');
    const ndjson = await run(['extract', 'storm.txt', '--format', 'ndjson']);
    expect(ndjson.stdout.trim().split('\n').map((line) => JSON.parse(line).kind)).toEqual(['direct', 'indirect', 'mixed', 'direct']);
    const csv = await run(['extract', 'storm.txt', '--format', 'csv', '--lf', '--no-bom']);
    expect(csv.stdout.split('\n')[0]).toMatch(/^id,sourceId,speakerId,/);
  });

  it('exits 2 for a missing file or a bad flag, and 1 for a file that is not UTF-8', async () => {
    expect(await run(['extract', 'missing.txt'])).toEqual({ status: 2, stdout: '', stderr: 'saidby: cannot read "missing.txt": no such file\n' });
    const directory = mkdtempSync(join(tmpdir(), 'saidby-extract-'));
    try {
      const latin1 = join(directory, 'latin1.txt');
      writeFileSync(latin1, Buffer.from('\u201cWe will win,\u201d Ren\u00e9 Dupont said.', 'latin1'));
      expect(await run(['extract', latin1, '--format', 'json'])).toMatchObject({ status: 1, stdout: '', stderr: expect.stringContaining('is not valid UTF-8') });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
    expect((await run(['extract', 'storm.txt', '--format', 'xml'])).status).toBe(2);
    expect((await run(['extract'])).status).toBe(2);
  });
});
