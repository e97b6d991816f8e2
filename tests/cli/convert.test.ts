import { existsSync, linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { claimReviewJsonLd } from '../../src/export/jsonld.js';
import { readCsv, readNdjson } from '../../src/io/index.js';
import { saidby } from './run-cli.js';

const fixtures = resolve(__dirname, '../io/fixtures');
let directory: string;
const corrupted = new Map<number, string>();

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'saidby-convert-'));
  const lines = dataset.quotes.map((quote) => JSON.stringify(quote));
  corrupted.set(2, '{"id": "half a record"');
  corrupted.set(7, JSON.stringify({ ...dataset.quotes[6], span: { start: 9, end: 3 } }));
  corrupted.set(11, JSON.stringify(dataset.quotes[0]));
  corrupted.set(18, '');
  corrupted.set(19, '[1, 2, 3]');
  for (const [line, text] of corrupted) lines.splice(line - 1, line <= lines.length ? 1 : 0, text);
  writeFileSync(join(directory, 'quotes.ndjson'), '\uFEFF' + lines.join('\n') + '\n' + JSON.stringify(dataset.quotes[16]).slice(0, 80));
  writeFileSync(join(directory, 'speakers.ndjson'), dataset.speakers.map((speaker) => JSON.stringify(speaker)).join('\n'));
});

describe('saidby convert', () => {
  it('reports each corrupted line and still converts every good record', async () => {
    const result = await saidby(directory, 'convert', 'quotes.ndjson', 'quotes.csv', '--from', 'ndjson', '--to', 'csv', '--speakers', 'speakers.ndjson');
    expect(result.code).toBe(1);
    const reported = [...result.stderr.matchAll(/quotes\.ndjson:(\d+): rejected/g)].map((match) => Number(match[1]));
    expect(reported).toEqual([2, 7, 11, 19, 20]);
    const written = await readCsv(join(directory, 'quotes.csv'), { table: 'quotes' }).toArray();
    const expected = dataset.quotes.filter((_, index) => ![1, 6, 10].includes(index));
    expect(written).toEqual(expected);
    expect(result.stderr).toContain(`quotes.ndjson: read 19 = 14 accepted + 5 rejected (14 quotes); 1 blank line(s) skipped`);
    expect(result.stderr).toContain('speakers.ndjson: read 3 = 3 accepted + 0 rejected (3 speakers)');
    expect(result.stderr).not.toContain('\r');
  });

  it('imports the Quotebank fixture into a folder of CSV files that validate', async () => {
    const result = await saidby(directory, 'convert', join(fixtures, 'quotebank-sample.jsonl'), 'quotebank', '--from', 'quotebank', '--to', 'csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('read 11 = 6 accepted + 5 rejected (1 sources, 4 speakers, 6 quotes)');
    for (const table of ['sources', 'speakers', 'quotes']) expect(existsSync(join(directory, 'quotebank', `${table}.csv`))).toBe(true);
    const check = await saidby(join(directory, 'quotebank'), 'validate', 'quotes.csv', 'speakers.csv', 'sources.csv');
    expect(check.stderr).toContain('quotes.csv: read 6 = 6 accepted + 0 rejected (6 quotes)');
    expect(check.code).toBe(0);
  });

  it('imports LIAR-PLUS to NDJSON and LIAR to ClaimReview JSON-LD', async () => {
    const plus = await saidby(directory, 'convert', join(fixtures, 'liar-plus-sample.tsv'), 'liar-plus', '--from', 'liar', '--to', 'ndjson');
    expect(plus.code).toBe(1);
    const quotes = await readNdjson(join(directory, 'liar-plus', 'quotes.ndjson'), { table: 'quotes' }).toArray();
    expect(quotes.map((quote) => [quote.id, quote.review?.rating.alternateName])).toEqual([
      ['liar:2635', 'False'],
      ['liar:10540', 'Half True'],
      ['liar:1123', 'Pants on Fire'],
    ]);
    const liar = await saidby(directory, 'convert', join(fixtures, 'liar-sample.tsv'), 'liar.jsonld', '--from', 'liar', '--to', 'jsonld');
    expect(liar.code).toBe(1);
    const document = JSON.parse(readFileSync(join(directory, 'liar.jsonld'), 'utf8'));
    expect(document['@context']).toBe('https://schema.org');
    const reviews = document['@graph'].filter((node: { '@type': string }) => node['@type'] === 'ClaimReview');
    expect(reviews).toHaveLength(5);
    expect(reviews[1]).toMatchObject({
      '@type': 'ClaimReview',
      author: { name: 'PolitiFact' },
      reviewRating: { '@type': 'Rating', alternateName: 'Half True', ratingValue: 4, bestRating: 6, worstRating: 1 },
      itemReviewed: { '@type': 'Claim', author: { '@id': 'urn:saidby:speaker/borislav-tenn' } },
    });
    expect(document['@graph']).toContainEqual({ '@type': 'Person', '@id': 'urn:saidby:speaker/borislav-tenn', name: 'borislav-tenn', jobTitle: 'Mayor of Exampleton' });
  });

  it('streams the same ClaimReview JSON-LD as claimReviewJsonLd, naming authors from --speakers', async () => {
    for (const table of ['sources', 'speakers', 'quotes'] as const) {
      writeFileSync(join(directory, `all-${table}.ndjson`), dataset[table].map((record) => JSON.stringify(record)).join('\n') + '\n');
    }
    const result = await saidby(directory, 'convert', 'all-quotes.ndjson', 'all.jsonld', '--from', 'ndjson', '--to', 'jsonld', '--speakers', 'all-speakers.ndjson', '--sources', 'all-sources.ndjson');
    expect(result.code).toBe(0);
    const expected = claimReviewJsonLd();
    expect(JSON.parse(readFileSync(join(directory, 'all.jsonld'), 'utf8'))).toEqual(expected);
    const claims = (expected['@graph'] as Array<{ '@type': string }>).filter((node) => node['@type'] === 'Claim' || node['@type'] === 'ClaimReview');
    expect(result.stderr).toContain(`all.jsonld (${claims.length} claims)`);
  });

  it('describes every quote with --to jsonld --all, as claimReviewJsonLd does with all: true', async () => {
    for (const table of ['sources', 'speakers', 'quotes'] as const) {
      writeFileSync(join(directory, `every-${table}.ndjson`), dataset[table].map((record) => JSON.stringify(record)).join('\n') + '\n');
    }
    const result = await saidby(directory, 'convert', 'every-quotes.ndjson', 'every.jsonld', '--from', 'ndjson', '--to', 'jsonld', '--all', '--speakers', 'every-speakers.ndjson', '--sources', 'every-sources.ndjson');
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(directory, 'every.jsonld'), 'utf8'))).toEqual(claimReviewJsonLd(undefined, { all: true }));
    expect(result.stderr).toContain(`every.jsonld (${dataset.quotes.length} claims)`);
  });

  it('exits 0 when every record converts, and 2 for usage errors', async () => {
    writeFileSync(join(directory, 'speakers-ok.ndjson'), dataset.speakers.map((speaker) => JSON.stringify(speaker)).join('\n'));
    const ok = await saidby(directory, 'convert', 'speakers-ok.ndjson', 'speakers-ok.csv', '--from', 'ndjson', '--to', 'csv', '--keep-formulas');
    expect(ok.code).toBe(0);
    expect(await readCsv(join(directory, 'speakers-ok.csv'), { escapedFormulas: false }).toArray()).toEqual(dataset.speakers);
    expect((await saidby(directory, 'convert', 'a', 'b', '--to', 'csv')).code).toBe(2);
    expect((await saidby(directory, 'convert', 'missing.tsv', 'out', '--from', 'liar', '--to', 'csv')).stderr).toMatch(/cannot read "missing.tsv": no such file/);
    expect((await saidby(directory, 'convert', 'a', 'b', '--from', 'ndjson', '--to', 'xml')).stderr).toMatch(/--to: "xml" is not one of csv, ndjson, jsonld/);
    expect((await saidby(directory, 'convert', 'a', 'b', '--from', 'liar', '--to', 'csv', '--table', 'quotes')).code).toBe(2);
    for (const to of ['csv', 'ndjson', 'jsonld']) {
      const unwritable = await saidby(directory, 'convert', 'speakers-ok.ndjson', `no-such-folder/speakers.${to}`, '--from', 'ndjson', '--to', to);
      expect(unwritable.code).toBe(2);
      expect(unwritable.stderr).toBe(`saidby: cannot use "${join(directory, 'no-such-folder', `speakers.${to}`)}": no such file or directory\n`);
    }
  });
});

describe('saidby convert, edge cases', () => {
  it('rejects a valid record that CSV cannot hold (a list item with the list delimiter) and writes the rest', async () => {
    const speakers = dataset.speakers.map((speaker, index) => (index === 1 ? { ...speaker, aliases: ['Kremlin | Moscow'] } : speaker));
    writeFileSync(join(directory, 'speakers-pipe.ndjson'), speakers.map((speaker) => JSON.stringify(speaker)).join('\n') + '\n');
    const result = await saidby(directory, 'convert', 'speakers-pipe.ndjson', 'speakers-pipe.csv', '--from', 'ndjson', '--to', 'csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/speakers-pipe\.ndjson:2: rejected\n✖ aliases: list item contains the list delimiter "\|"/);
    expect((await readCsv(join(directory, 'speakers-pipe.csv')).toArray()).map((speaker) => speaker.id)).toEqual([dataset.speakers[0]!.id, dataset.speakers[2]!.id]);
    const ndjson = await saidby(directory, 'convert', 'speakers-pipe.ndjson', 'speakers-pipe.out.ndjson', '--from', 'ndjson', '--to', 'ndjson');
    expect(ndjson.code).toBe(0);
  });

  it('writes the records before the first bad one with --stop-on-error', async () => {
    const result = await saidby(directory, 'convert', 'quotes.ndjson', 'stopped.ndjson', '--from', 'ndjson', '--to', 'ndjson', '--stop-on-error');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/read 2 = 1 accepted \+ 1 rejected \(1 quotes\);.*; stopped at the first rejected record/);
    expect((await readNdjson(join(directory, 'stopped.ndjson')).toArray()).map((quote) => quote.id)).toEqual([dataset.quotes[0]!.id]);
  });
});

describe('saidby convert never writes over its input', () => {
  it('refuses an output that is the input (same path, a symlink to it, or a hard link), exit 2, input untouched', async () => {
    const text = dataset.quotes.map((quote) => JSON.stringify(quote)).join('\n') + '\n';
    writeFileSync(join(directory, 'same.ndjson'), text);
    symlinkSync(join(directory, 'same.ndjson'), join(directory, 'same-link.ndjson'));
    linkSync(join(directory, 'same.ndjson'), join(directory, 'same-hard.ndjson'));
    for (const output of ['same.ndjson', './same.ndjson', 'same-link.ndjson', 'same-hard.ndjson']) {
      const result = await saidby(directory, 'convert', 'same.ndjson', output, '--from', 'ndjson', '--to', 'ndjson');
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/is the input/);
      expect(readFileSync(join(directory, 'same.ndjson'), 'utf8')).toBe(text);
    }
    writeFileSync(join(directory, 'speakers-same.ndjson'), dataset.speakers.map((speaker) => JSON.stringify(speaker)).join('\n') + '\n');
    const others = await saidby(directory, 'convert', 'same.ndjson', 'speakers-same.ndjson', '--from', 'ndjson', '--to', 'jsonld', '--speakers', 'speakers-same.ndjson');
    expect(others.code).toBe(2);
  });
});

describe('saidby convert and validate read a JSON array file', () => {
  it('reads a dataset table file as records, with errors by line and record', async () => {
    const good = await saidby(resolve(__dirname, '../../dataset'), 'validate', 'quotes.json', 'speakers.json', 'sources.json');
    expect(good.code).toBe(0);
    expect(good.stderr).toContain('quotes.json: read 17 = 17 accepted + 0 rejected (17 quotes)');
    const quotes = dataset.quotes.map((quote, index) => (index === 3 ? { ...quote, kind: 'qoute' } : quote));
    const text = JSON.stringify(quotes, null, 2);
    writeFileSync(join(directory, 'quotes-array.json'), text);
    const lineOfId = (id: string) => text.split('\n').findIndex((line) => line.includes(`"id": "${id}"`));
    const bad = await saidby(directory, 'validate', 'quotes-array.json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`quotes-array.json:${lineOfId(dataset.quotes[3]!.id)}: rejected`);
    expect(bad.stderr).toContain('read 17 = 16 accepted + 1 rejected (16 quotes)');
    const converted = await saidby(directory, 'convert', 'quotes-array.json', 'quotes-array.ndjson', '--from', 'json', '--to', 'ndjson');
    expect(converted.code).toBe(1);
    expect((await readNdjson(join(directory, 'quotes-array.ndjson')).toArray()).length).toBe(16);
  });
});

describe('saidby convert on a terminal', () => {
  it('shows progress on stderr only when it is a TTY, then clears it before the summary', async () => {
    const { main } = await import('../../src/cli/main.js');
    const { PassThrough } = await import('node:stream');
    const capture = (isTTY: boolean) => {
      const stream = Object.assign(new PassThrough(), { isTTY });
      let text = '';
      stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
      return { stream, text: () => text };
    };
    for (const isTTY of [true, false]) {
      const stderr = capture(isTTY);
      const stdout = capture(false);
      const status = await main(['convert', join(fixtures, 'liar-sample.tsv'), join(directory, `tty-${isTTY}`), '--from', 'liar', '--to', 'ndjson'], {
        stdout: stdout.stream,
        stderr: stderr.stream,
        stdin: process.stdin,
        cwd: directory,
      });
      expect(status).toBe(1);
      const progress = /\r\x1b\[K[^\r\n]*liar-sample\.tsv: 8 read · 5 accepted · 3 rejected · [\d,]+ records\/s/;
      if (isTTY) expect(stderr.text()).toMatch(new RegExp(`${progress.source}\\r\\x1b\\[K[^]*read 8 = 5 accepted`));
      else expect(stderr.text()).not.toContain('\r');
      expect(stderr.text()).toContain('read 8 = 5 accepted + 3 rejected');
    }
  });
});
