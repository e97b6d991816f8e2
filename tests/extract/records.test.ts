import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes, extractorVersion } from '../../src/extract/index.js';
import { readArchivedText } from '../../src/io/files.js';
import { DatasetSchema } from '../../src/schema/records.js';
import { verifyDataset } from '../../src/schema/verify.js';

const article = [
  'Bridge Plan Approved',
  'Mayor Linda Okafor said on Tuesday that the bridge would open in 2027.',
  '“We have waited twenty years for this,” Okafor said.',
].join('\n\n');

describe('draft records', () => {
  it('has the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(extractorVersion).toBe(pkg.version);
  });

  it('cuts a long title at 300 code points without splitting an astral character', () => {
    const title = '😀'.repeat(400);
    const [source] = extractQuotes(article, { title }).sources;
    expect(Array.from(source!.title)).toHaveLength(300);
    expect(source!.title).toBe(`${'😀'.repeat(299)}…`);
  });

  it('validates against the dataset schema and marks every record as machine-proposed', () => {
    const result = extractQuotes(article, { sourceId: 'bridge-news', sourceUrl: 'https://www.example.org/bridge' });
    expect(DatasetSchema.parse(result)).toEqual(result);
    expect(result.sources).toEqual([
      expect.objectContaining({
        id: 'bridge-news',
        url: 'https://www.example.org/bridge',
        title: 'Bridge Plan Approved',
        outlet: 'example.org',
        language: 'en',
        archivePath: 'sources/bridge-news.txt',
        codePointLength: [...article].length,
      }),
    ]);
    expect(result.speakers).toEqual([
      { id: 'linda-okafor', name: 'Linda Okafor', aliases: ['Okafor'], kind: 'person', role: 'Mayor', affiliation: null, country: null, wikidata: null, extensions: {} },
    ]);
    expect(result.quotes.map((quote) => quote.id)).toEqual(['bridge-news-x01', 'bridge-news-x02']);
    for (const quote of result.quotes) {
      expect(quote.speakerId).toBe('linda-okafor');
      expect(quote.provenance).toMatchObject({ method: 'extracted', agent: `saidby-extract ${extractorVersion}` });
      expect(quote.provenance.confidence).toBeGreaterThan(0);
      expect(quote.date).toMatchObject({ value: null, certainty: 'unknown' });
      expect(quote.origin).toMatchObject({ outlet: null, medium: null, certainty: 'unknown' });
      expect([quote.claimType, quote.checkworthiness, quote.review]).toEqual([null, null, null]);
    }
  });

  it('lists the quoted fragments of a mixed quote', () => {
    const { quotes } = extractQuotes('Linda Okafor said the old bridge was “a danger” and “an eyesore” for years.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.kind).toBe('mixed');
    expect(quotes[0]!.text).toBe('the old bridge was “a danger” and “an eyesore”');
    expect(quotes[0]!.quotedSegments.map((segment) => segment.text)).toEqual(['a danger', 'an eyesore']);
  });

  it('gives drafts that verify against the archived bytes, also when the article starts with a byte order mark', () => {
    for (const text of [article, `\uFEFF${article}`]) {
      const bytes = new TextEncoder().encode(text);
      const result = extractQuotes(text, { sourceId: 'bridge-news' });
      expect(result.quotes).toHaveLength(2);
      expect(verifyDataset(result, { readArchive: () => bytes })).toMatchObject({ ok: true, issues: [] });
      const directory = mkdtempSync(join(tmpdir(), 'saidby-bom-'));
      try {
        writeFileSync(join(directory, 'article.txt'), bytes);
        expect(readArchivedText({ archivePath: 'article.txt' }, directory)).toBe(text);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    }
  });

  it('can leave the archive fields empty', () => {
    const [source] = extractQuotes(article, { archivePath: null }).sources;
    expect([source!.archivePath, source!.sha256, source!.codePointLength]).toEqual([null, null, null]);
    expect(source!.id).toMatch(/^article-[0-9a-f]{12}$/);
  });
});
