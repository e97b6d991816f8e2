import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { toCsv } from '../../src/export/csv.js';
import { saidby } from './run-cli.js';

const ndjson = (records: readonly unknown[]) => records.map((record) => JSON.stringify(record)).join('\n') + '\n';
let directory: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'saidby-validate-'));
  for (const table of ['sources', 'speakers', 'quotes'] as const) {
    writeFileSync(join(directory, `${table}.ndjson`), ndjson(dataset[table]));
    writeFileSync(join(directory, `${table}.csv`), toCsv(table, dataset[table]));
  }
  const lines = dataset.quotes.map((quote) => JSON.stringify(quote));
  lines[2] = lines[2]!.replace('"kind":"direct"', '"kind":"qoute"');
  lines[5] = lines[5]!.slice(0, 50);
  lines[8] = JSON.stringify({ ...dataset.quotes[8], speakerId: 'nobody' });
  writeFileSync(join(directory, 'quotes-bad.ndjson'), lines.join('\r\n') + '\r\n');
});

describe('saidby validate', () => {
  it('accepts the bundled tables as NDJSON and checks references across the files', async () => {
    const result = await saidby(directory, 'validate', 'quotes.ndjson', 'speakers.ndjson', 'sources.ndjson');
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')).toEqual([
      'sources.ndjson: read 1 = 1 accepted + 0 rejected (1 sources)',
      'speakers.ndjson: read 3 = 3 accepted + 0 rejected (3 speakers)',
      'quotes.ndjson: read 17 = 17 accepted + 0 rejected (17 quotes)',
      '',
    ]);
    expect(result.stdout).toBe('');
  });

  it('accepts the exported CSV', async () => {
    const result = await saidby(directory, 'validate', 'speakers.csv', 'quotes.csv', 'sources.csv');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('quotes.csv: read 17 = 17 accepted + 0 rejected (17 quotes)');
  });

  it('reports every bad line with its number and field, and exits 1', async () => {
    const result = await saidby(directory, 'validate', 'speakers.ndjson', 'sources.ndjson', 'quotes-bad.ndjson');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/quotes-bad\.ndjson:3: rejected\n✖ Invalid option: expected one of "direct"\|"indirect"\|"mixed"\n {2}→ at line 3, record azatutyun-30929229-q03, quotes\.kind/);
    expect(result.stderr).toMatch(/quotes-bad\.ndjson:6: rejected\n✖ not valid JSON/);
    expect(result.stderr).toMatch(/quotes-bad\.ndjson:9: rejected\n✖ quotes azatutyun-30929229-q09 speakerId: no speaker "nobody"/);
    expect(result.stderr).toContain('quotes-bad.ndjson: read 17 = 14 accepted + 3 rejected (14 quotes)');
    expect(result.stderr).not.toContain('\r');
  });

  it('says when references could not be checked', async () => {
    const result = await saidby(directory, 'validate', 'quotes-bad.ndjson');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('read 17 = 15 accepted + 2 rejected (15 quotes); sourceId and speakerId not checked (no other tables given)');
  });

  it('stops at the first rejected record with --stop-on-error', async () => {
    const result = await saidby(directory, 'validate', 'quotes-bad.ndjson', '--stop-on-error');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('read 3 = 2 accepted + 1 rejected');
    expect(result.stderr).toContain('stopped at the first rejected record');
    expect(result.stderr.match(/rejected\n/g)).toHaveLength(1);
  });

  it('writes issue objects as JSON lines with --json', async () => {
    const result = await saidby(directory, 'validate', 'quotes-bad.ndjson', '--json');
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.slice(0, 2).map((line) => [line.line, line.issues[0].code, line.issues[0].path])).toEqual([
      [3, 'invalid_value', ['quotes', 'kind']],
      [6, 'invalid_json', []],
    ]);
    expect(lines.at(-1)).toMatchObject({ file: 'quotes-bad.ndjson', summary: { read: 17, accepted: 15, rejected: 2, ok: false } });
  });

  it('exits 1 for a CSV whose quote never closes, reporting the row, and reads every other row', async () => {
    const rows = Array.from({ length: 1000 }, (_, index) => ({ ...dataset.speakers[index % 3]!, id: `s-${index}` }));
    const lines = toCsv('speakers', rows, { bom: false }).trimEnd().split('\r\n');
    lines[500] = lines[500]!.replace(/^s-499,/, 's-499,"');
    writeFileSync(join(directory, 'speakers-unclosed.csv'), lines.join('\r\n') + '\r\n');
    const result = await saidby(directory, 'validate', 'speakers-unclosed.csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('speakers-unclosed.csv:501: rejected');
    expect(result.stderr).toContain('read 1,000 = 999 accepted + 1 rejected (999 speakers)');
  });

  it('exits 2 for usage errors', async () => {
    writeFileSync(join(directory, 'notes.txt'), '');
    expect((await saidby(directory, 'validate', 'notes.txt')).stderr).toMatch(/pass --format ndjson, json or csv/);
    expect((await saidby(directory, 'validate', 'notes.txt')).code).toBe(2);
    expect((await saidby(directory, 'validate', 'quotes.ndjson', '--table', 'quote')).code).toBe(2);
    expect((await saidby(directory, 'validate')).code).toBe(2);
    expect(await saidby(directory, 'validate', 'missing.ndjson')).toMatchObject({ code: 2, stderr: 'saidby: cannot read "missing.ndjson": no such file\n' });
  });
});
