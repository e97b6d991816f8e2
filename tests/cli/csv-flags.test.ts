import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvFlags } from '../../src/cli/commands/output.js';
import { filterFlags } from '../../src/cli/commands/filters.js';
import { dataset } from '../../src/dataset/index.js';
import { queryOptions } from '../../src/query/index.js';
import { saidby } from './run-cli.js';

let directory: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'saidby-csv-flags-'));
  const quotes = dataset.quotes.map((quote, index) => (index === 0 ? { ...quote, text: `=${quote.text}` } : quote));
  writeFileSync(join(directory, 'quotes.ndjson'), quotes.map((quote) => JSON.stringify(quote)).join('\n') + '\n');
});

const flagSets: Array<[string[], (csv: Buffer) => void]> = [
  [[], (csv) => expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))],
  [['--no-bom'], (csv) => expect(csv.subarray(0, 2).toString()).toBe('id')],
  [['--lf', '--no-bom'], (csv) => expect(csv.toString()).not.toContain('\r\n')],
  [['--delimiter', 'tab', '--no-bom'], (csv) => expect(csv.toString().split('\n')[0]).toMatch(/^id\tsourceId\t/)],
  [['--columns', 'id,text', '--no-bom', '--lf'], (csv) => expect(csv.toString().split('\n')[0]).toBe('id,text')],
  [['--columns', 'text', '--no-formula-escape', '--no-bom'], (csv) => expect(csv.toString().split('\r\n')[1]).toMatch(/^"?=/)],
  [['--columns', 'text', '--no-bom'], (csv) => expect(csv.toString().split('\r\n')[1]).toMatch(/^"?'=/)],
];

describe('CSV flags, one definition for quotes, speakers, export and convert', () => {
  it.each(flagSets)('convert --to csv accepts %j and writes what quotes --format csv writes', async (flags, check) => {
    const out = join(directory, `out-${flags.join('')}.csv`);
    const converted = await saidby(directory, 'convert', 'quotes.ndjson', out, '--from', 'ndjson', '--to', 'csv', ...flags);
    expect(converted.code, converted.stderr).toBe(0);
    const written = readFileSync(out);
    check(written);
    const listed = await saidby(directory, 'quotes', '--format', 'csv', '--limit', '1', ...flags);
    expect(listed.code, listed.stderr).toBe(0);
    expect(written.toString().startsWith(listed.stdout.split(/\r?\n/)[0]!)).toBe(true);
  });

  it('names the flag of a bad CSV option without repeating the option name in the message', async () => {
    const result = await saidby(directory, 'convert', 'quotes.ndjson', join(directory, 'bad.csv'), '--from', 'ndjson', '--to', 'csv', '--columns', 'id,nmae');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^saidby: --columns: unknown column "nmae"; allowed: id,/);
  });

  it('every command that writes CSV lists the same flags', async () => {
    for (const command of ['quotes', 'speakers', 'convert']) {
      const { stdout } = await saidby(directory, command, '--help');
      for (const flag of Object.keys(csvFlags)) expect(stdout, `${command} --${flag}`).toContain(`--${flag}`);
    }
    const { stdout } = await saidby(directory, 'export', '--help');
    for (const flag of Object.keys(csvFlags).filter((flag) => flag !== 'columns')) expect(stdout).toContain(`--${flag}`);
  });
});

describe('quotes flags from the query schema', () => {
  it('has a flag for every findQuotes option with a JSON type, described in --help', async () => {
    expect(filterFlags.map(({ option }) => option.key)).toEqual(queryOptions.filter((option) => option.key !== 'where').map((option) => option.key));
    const { stdout } = await saidby(directory, 'quotes', '--help');
    for (const { flag, option } of filterFlags) expect(stdout).toContain(`--${flag}`), expect(stdout).toContain(option.description.slice(0, 30));
  });

  it('turns flags into the query: kebab-case names, repeated lists, booleans and their negation, whole numbers', async () => {
    const result = await saidby(directory, 'quotes', '--format', 'ndjson', '--claim-type', 'quantity', '--claim-type', 'prediction', '--not-checkworthy', '--limit', '5');
    expect(result.code, result.stderr).toBe(0);
    const found = result.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(found.length).toBeGreaterThan(0);
    for (const quote of found) {
      expect(['quantity', 'prediction']).toContain(quote.claimType);
      expect(quote.checkworthiness).not.toBe('check-worthy-factual');
    }
    const undated = await saidby(directory, 'quotes', '--format', 'ndjson', '--speaker', 'rudenko', '--from', '2000', '--include-undated');
    expect(undated.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('writes every quote as JSON-LD with --all', async () => {
    const all = await saidby(directory, 'quotes', '--format', 'jsonld', '--all');
    expect(all.code, all.stderr).toBe(0);
    const claims = (stdout: string) => JSON.parse(stdout)['@graph'].filter((node: { '@type': string }) => node['@type'] === 'Claim' || node['@type'] === 'ClaimReview');
    expect(claims(all.stdout).filter((node: { '@type': string }) => node['@type'] === 'Claim')).toHaveLength(dataset.quotes.length);
    const some = await saidby(directory, 'quotes', '--format', 'jsonld');
    expect(claims(some.stdout).length).toBeGreaterThan(0);
    expect(claims(some.stdout).filter((node: { '@type': string }) => node['@type'] === 'Claim').length).toBeLessThan(dataset.quotes.length);
    expect(some.stderr).toMatch(/--all: every quote/);
  });
});
