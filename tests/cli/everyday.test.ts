import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { unescapeFormula, unflattenRow } from '../../src/export/index.js';
import { dataset, findQuotes, quoteRows } from '../../src/index.js';
import { readBackDataPackage } from '../export/read-back.js';
import { saidby } from './run-cli.js';

const cli = resolve(__dirname, '../../dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'saidby-cli-'));

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run "npx tsup" (npm test builds first)');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (...args: string[]) => saidby(scratch, ...args);

describe('saidby quotes', () => {
  const lavrov = findQuotes({ speaker: 'lavrov' });

  it('prints Lavrov\'s quotes as CSV a spreadsheet opens cell for cell', async () => {
    const { code, stdout, stderr } = await run('quotes', '--speaker', 'lavrov', '--format', 'csv');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('\uFEFFid,sourceId,speakerId,')).toBe(true);
    const [header, ...rows] = parse(stdout, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(rows).toHaveLength(lavrov.length);
    for (const [index, row] of rows.entries()) {
      expect(row.every((cell) => !/^[=+\-@\t\r\n]/.test(cell))).toBe(true);
      const cells = Object.fromEntries(header!.map((name, column) => [name, unescapeFormula(row[column]!)]));
      expect(unflattenRow('quotes', cells)).toEqual(lavrov[index]);
    }
  });

  it('writes exact cells with --no-formula-escape, other delimiters and LF', async () => {
    const { stdout } = await run('quotes', '--speaker', 'lavrov', '--format', 'csv', '--no-formula-escape', '--no-bom', '--delimiter', 'tab', '--lf', '--columns', 'id,prefix');
    const rows = parse(stdout, { delimiter: '\t', record_delimiter: '\n' }) as string[][];
    expect(rows).toEqual([['id', 'prefix'], ...lavrov.map((quote) => [quote.id, quote.prefix])]);
  });

  it('writes NDJSON when stdout is not a terminal, and JSON, joined rows and JSON-LD on request', async () => {
    const ndjson = await run('quotes', '--speaker', 'Sergey Lavrov', '--checkworthy');
    expect(ndjson.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(findQuotes({ speaker: 'lavrov', checkworthy: true }));
    const json = await run('quotes', '--kind', 'direct', '--format', 'json');
    expect(JSON.parse(json.stdout)).toEqual(findQuotes({ kind: 'direct' }));
    const rows = await run('quotes', '--speaker', 'kremlin', '--rows', '--format', 'json', '--compact');
    expect(rows.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(rows.stdout)).toEqual(quoteRows(findQuotes({ speaker: 'kremlin' })));
    const jsonld = await run('quotes', '--speaker', 'lavrov', '--format', 'jsonld');
    const graph: Array<{ '@type': string }> = JSON.parse(jsonld.stdout)['@graph'];
    expect(graph.filter((node) => node['@type'] === 'Claim').length).toBe(lavrov.filter((quote) => quote.checkworthiness === 'check-worthy-factual').length);
    expect(graph.filter((node) => node['@type'] === 'Person')).toHaveLength(1);
    const claims = graph.filter((node) => node['@type'] === 'Claim' || node['@type'] === 'ClaimReview').length;
    expect(jsonld.stderr).toContain(`${claims} of 11 quote(s) are check-worthy or reviewed`);
  });

  it('applies dates, topics, search, sort and limit', async () => {
    const { stdout } = await run('quotes', '--from', '2020-11', '--to', '2020-11-30', '--date-match', 'within', '--topic', 'foreign-fighters', '--search', 'fighters', '--sort', 'date-desc', '--limit', '1');
    const expected = findQuotes({ from: '2020-11', to: '2020-11-30', dateMatch: 'within', topic: 'foreign-fighters', search: 'fighters', sort: 'date-desc', limit: 1 });
    expect(expected).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual(expected[0]);
  });

  it.each([
    [['--claim-type', 'quantitty'], /--claim-type: unknown value "quantitty"; allowed: personal-experience, quantity/],
    [['--from', '2020-13-45'], /--from: "2020-13-45" is not a date/],
    [['--from', '2020-12', '--to', '2020-11'], /--to: .*reversed/],
    [['--speaker', 'lavorv'], /--speaker: no speaker is named "lavorv"; allowed: andrei-rudenko, kremlin, sergei-lavrov/],
    [['--kind', 'qoute'], /--kind: unknown value "qoute"; allowed: direct, indirect, mixed/],
    [['--topic', 'cease-fire'], /--topic: no quote has "cease-fire"/],
    [['--date-match', 'inside', '--from', '2020'], /--date-match: .*allowed: overlap, within/],
    [['--limit', 'ten'], /--limit: expected a whole number, got "ten"/],
    [['--format', 'xml'], /--format: "xml" is not one of table, csv, json, ndjson, jsonld/],
    [['--format', 'csv', '--columns', 'id,txet'], /--columns: unknown column "txet"/],
    [['--format', 'csv', '--delimiter', '|'], /--delimiter: "\|" is not one of/],
    [['--checkworthy', '--not-checkworthy'], /exclude each other/],
    [['--speakr', 'lavrov'], /unknown flag --speakr; did you mean --speaker\?/],
  ])('exits 2 naming the flag for %j', async (args, message) => {
    const { code, stdout, stderr } = await run('quotes', ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('saidby speakers, sources, schema, export', () => {
  it('lists speakers and sources in every format', async () => {
    const table = await run('speakers', '--format', 'table');
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+name\s+kind\s+wikidata\s+quotes\s+role$/);
    expect(table.stdout).toMatch(/sergei-lavrov\s+Sergei Lavrov\s+person\s+Q58217\s+11\s+Minister/);
    expect(JSON.parse((await run('speakers', '--search', 'rudenko', '--format', 'json')).stdout)).toEqual([dataset.speakers[2]]);
    const csv = parse((await run('speakers', '--format', 'csv')).stdout, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(csv.map((row) => row.id)).toEqual(dataset.speakers.map((speaker) => speaker.id));
    expect(csv[0]!.aliases).toBe('Sergey Lavrov|Sergey Viktorovich Lavrov');
    const sources = await run('sources');
    expect(JSON.parse(sources.stdout)).toEqual(dataset.sources[0]);
    expect((await run('sources', '--format', 'table')).stdout).toMatch(/azatutyun-30929229\s+Azatutyun/);
  });

  it('prints JSON Schema or the Markdown field reference', async () => {
    const quotes = JSON.parse((await run('schema', '--table', 'quotes')).stdout);
    expect(quotes.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(quotes.properties.kind.enum).toEqual(['direct', 'indirect', 'mixed']);
    expect(Object.keys(JSON.parse((await run('schema')).stdout))).toEqual(['sources', 'speakers', 'quotes']);
    expect((await run('schema', '--format', 'markdown')).stdout).toContain('| `span.start` | integer |');
    const bad = await run('schema', '--table', 'quote');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--table: "quote" is not one of sources, speakers, quotes/);
  });

  it('exports a data package that reads back and validates', async () => {
    const { code, stdout, stderr } = await run('export', '--out', 'package');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/wrote 10 files to .*package/);
    const tables = readBackDataPackage(join(scratch, 'package'));
    expect(tables.quotes).toEqual(dataset.quotes);
    await run('export', '--out', 'plain', '--no-formula-escape', '--no-bom', '--delimiter', ';');
    readBackDataPackage(join(scratch, 'plain'), false);
  });

  it('requires --out', async () => {
    const { code, stderr } = await run('export');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out DIR is required/);
  });

  it.each(['quotes', 'speakers', 'sources', 'export', 'schema'])('explains %s with --help', async (command) => {
    const { code, stdout } = await run(command, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: saidby ${command}`));
  });
});

describe('on a terminal', () => {
  it('prints an aligned table that fits the width', async () => {
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    const stderr = new PassThrough();
    const status = await main(['quotes', '--speaker', 'lavrov'], { stdout, stderr, stdin: new PassThrough(), cwd: scratch });
    expect(status).toBe(0);
    const lines = String(stdout.read()).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+speaker\s+kind\s+date\s+check-worthy\s+text$/);
    expect(lines).toHaveLength(2 + 11);
    expect(lines.every((line) => [...line].length <= 100)).toBe(true);
    const textColumn = lines[0]!.indexOf('text');
    expect(lines.slice(2).every((line) => line.indexOf('Sergei Lavrov') === lines[0]!.indexOf('speaker'))).toBe(true);
    expect(lines[2]!.slice(textColumn)).toMatch(/^A sustainable ceasefire/);
    expect(String(stderr.read())).toBe('11 quote(s)\n');
  });
});
