import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { firstArticle, secondArticle } from '../folder/articles.js';
import { saidby } from './run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'saidby-own-data-'));
writeFileSync(join(work, 'harbour.txt'), firstArticle);
writeFileSync(join(work, 'loan.txt'), secondArticle);
const folder = join(work, 'my-dataset');
const run = (...args: string[]) => saidby(work, ...args);
const table = (name: string) => JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8'));

function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(join(folder, relative))) {
      const path = join(relative, name);
      if (statSync(join(folder, path)).isDirectory()) walk(path);
      else files[path] = readFileSync(join(folder, path), 'latin1');
    }
  };
  walk('');
  return files;
}

describe('your own dataset, end to end through the built CLI', () => {
  it('goes from two articles to a verified folder that every command reads', async () => {
    const first = await run('extract', 'harbour.txt', '--out', 'my-dataset');
    expect(first).toMatchObject({ code: 0, stdout: '' });
    expect(first.stderr).toMatch(/^added article-[0-9a-f]{12} in .*my-dataset: 3 draft quote\(s\)/);
    const [source] = table('sources');
    expect(readFileSync(join(folder, source.archivePath), 'utf8')).toBe(firstArticle);
    expect(source.codePointLength).toBe([...firstArticle].length);

    const second = await run('extract', 'loan.txt', '--out', 'my-dataset');
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('clara-ruiz +alias "Clara M. Ruiz"');
    expect(table('sources')).toHaveLength(2);
    expect(table('speakers').map((speaker: { id: string }) => speaker.id).sort()).toEqual(['clara-ruiz', 'ines-holm']);

    const before = snapshot();
    const again = await run('extract', 'harbour.txt', '--out', 'my-dataset');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('is in the folder already');
    expect(again.stderr).toContain('(--replace-drafts)');
    expect(snapshot()).toEqual(before);

    const quotes = table('quotes');
    const reviewed = quotes.find((quote: { sourceId: string }) => quote.sourceId === source.id);
    Object.assign(reviewed, {
      claimType: 'prediction',
      checkworthiness: 'check-worthy-factual',
      topics: ['sea-wall'],
      origin: { outlet: null, medium: 'speech', certainty: 'inferred', evidence: 'She spoke after the council vote.' },
      provenance: { method: 'curated', agent: 'test reviewer', confidence: null, note: null },
    });
    writeFileSync(join(folder, 'quotes.json'), `${JSON.stringify(quotes, null, 2)}\n`);

    const replaced = await run('extract', 'harbour.txt', '--out', 'my-dataset', '--replace-drafts');
    expect(replaced.code).toBe(0);
    expect(replaced.stderr).toContain('replacing 2 earlier draft(s); 1 draft(s) left out');
    const afterReplace = table('quotes');
    expect(afterReplace.find((quote: { id: string }) => quote.id === reviewed.id)).toEqual(reviewed);
    expect(afterReplace).toHaveLength(quotes.length);

    const verified = await run('verify', 'my-dataset');
    expect(verified).toMatchObject({ code: 0, stdout: '' });
    expect(verified.stderr).toContain('ok: 2 source(s), 2 speaker(s), 6 quote(s), 2 archive(s) verified');
    expect(verified.stderr).toContain('5 of 6 quote(s) are still drafts to review');

    const csv = await run('quotes', '--data', 'my-dataset', '--speaker', 'ruiz', '--format', 'csv');
    expect(csv.code).toBe(0);
    const rows = parse(csv.stdout, { bom: true, columns: true }) as Array<Record<string, string>>;
    const ruizIds = afterReplace.filter((quote: { speakerId: string }) => quote.speakerId === 'clara-ruiz').map((quote: { id: string }) => quote.id);
    expect(rows.map((row) => row.id)).toEqual(ruizIds);
    expect(ruizIds.length).toBeGreaterThanOrEqual(4);
    expect(rows.find((row) => row.id === reviewed.id)).toMatchObject({ 'provenance.method': 'curated', claimType: 'prediction' });
    const checkworthy = await run('quotes', '--data', 'my-dataset', '--checkworthy', '--format', 'json');
    expect(JSON.parse(checkworthy.stdout)).toEqual([reviewed]);
    expect((await run('speakers', '--data', 'my-dataset', '--format', 'table')).stdout).toMatch(/clara-ruiz\s+Clara Ruiz\s+person\s+\d+/);

    const exported = await run('export', '--data', 'my-dataset', '--out', 'package');
    expect(exported.code).toBe(0);
    const ndjson = readFileSync(join(work, 'package', 'quotes.ndjson'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(ndjson).toEqual(afterReplace);
    const descriptor = JSON.parse(readFileSync(join(work, 'package', 'datapackage.json'), 'utf8'));
    expect(descriptor.resources.map((resource: { name: string }) => resource.name)).toContain('quotes');

    const report = await run('report', '--data', 'my-dataset', '--out', 'page.html');
    expect(report.code).toBe(0);
    expect(report.stderr).toContain('6 quote(s) from 2 source(s)');
    const html = readFileSync(join(work, 'page.html'), 'utf8');
    expect(html.match(/ id="hl-\d+"/g)).toHaveLength(6);
    expect(html).toContain('Marlow Bay Borrows For The Sea Wall');
  });
});
