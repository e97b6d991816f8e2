import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claimReviewJsonLd, exportDataPackage, tableSchemaOf } from '../../src/export/index.js';
import { dataset, type Quote } from '../../src/index.js';
import { columnNamesOf } from '../../src/schema/index.js';
import { readBackDataPackage } from './read-back.js';

const scratch = mkdtempSync(join(tmpdir(), 'saidby-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('ClaimReview JSON-LD', () => {
  const graph = claimReviewJsonLd()['@graph'] as Array<Record<string, any>>;
  const checkworthy = dataset.quotes.filter((quote) => quote.checkworthiness === 'check-worthy-factual');

  it('describes each check-worthy quote as a schema.org Claim and invents no review', () => {
    expect(claimReviewJsonLd()['@context']).toBe('https://schema.org');
    expect(graph.map((item) => item.identifier)).toEqual(checkworthy.map((quote) => quote.id));
    expect(graph.every((item) => item['@type'] === 'Claim')).toBe(true);
    expect(JSON.stringify(graph)).not.toContain('ClaimReview');
  });

  it('gives each claim its text, author, date, first appearance and appearance', () => {
    for (const claim of graph) {
      const quote = dataset.quotes.find((candidate) => candidate.id === claim.identifier)!;
      const speaker = dataset.speakers.find((candidate) => candidate.id === quote.speakerId)!;
      expect(claim.text).toBe(quote.text);
      expect(claim.author['@type']).toBe(speaker.kind === 'person' ? 'Person' : 'Organization');
      expect(claim.author.name).toBe(speaker.name);
      if (speaker.wikidata) expect(claim.author.sameAs).toBe(`https://www.wikidata.org/wiki/${speaker.wikidata}`);
      else expect(claim.author.sameAs).toBeUndefined();
      if (speaker.kind === 'person' && speaker.role) expect(claim.author.jobTitle).toBe(speaker.role);
      expect(claim.datePublished).toBe(quote.date.value ?? undefined);
      if (quote.origin.outlet) expect(claim.firstAppearance.publisher.name).toBe(quote.origin.outlet);
      if (quote.origin.outlet === null && quote.origin.medium === null) expect(claim.firstAppearance).toBeUndefined();
      expect(claim.appearance['@type']).toBe('NewsArticle');
      expect(claim.appearance.url).toBe(dataset.sources[0]!.url);
    }
    const lavrov = graph.find((claim) => claim.author.name === 'Sergei Lavrov')!;
    expect(lavrov.author).toMatchObject({ jobTitle: 'Minister of Foreign Affairs of Russia', sameAs: 'https://www.wikidata.org/wiki/Q58217' });
  });

  it('wraps a reviewed quote in a ClaimReview with its rating', () => {
    const reviewed: Quote = {
      ...(dataset.quotes[0]! as Quote),
      checkworthiness: 'non-factual',
      review: { reviewer: 'Example Check', url: 'https://example.org/fc/1', date: '2020-11-05', rating: { alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 } },
    };
    const [item] = claimReviewJsonLd([reviewed])['@graph'] as Array<Record<string, any>>;
    expect(item).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://example.org/fc/1',
      author: { '@type': 'Organization', name: 'Example Check' },
      datePublished: '2020-11-05',
      claimReviewed: reviewed.text,
      itemReviewed: { '@type': 'Claim', text: reviewed.text },
      reviewRating: { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
    });
  });

  it('describes every quote on request', () => {
    expect((claimReviewJsonLd(dataset, { all: true })['@graph'] as unknown[]).length).toBe(dataset.quotes.length);
  });
});

describe('Frictionless data package', () => {
  it('derives each Table Schema from columnsOf with keys, constraints and the list delimiter', () => {
    const schema = tableSchemaOf('quotes') as Record<string, any>;
    expect(schema.fields.map((field: { name: string }) => field.name)).toEqual(columnNamesOf('quotes'));
    expect(schema.foreignKeys).toEqual([
      { fields: ['sourceId'], reference: { resource: 'sources', fields: ['id'] } },
      { fields: ['speakerId'], reference: { resource: 'speakers', fields: ['id'] } },
    ]);
    const byName = new Map(schema.fields.map((field: { name: string }) => [field.name, field]));
    expect(byName.get('id')).toMatchObject({ type: 'string', constraints: { required: true, unique: true, pattern: '[a-z0-9]+([-.:][a-z0-9]+)*' } });
    expect(byName.get('kind')).toMatchObject({ constraints: { required: true, enum: ['direct', 'indirect', 'mixed'] }, categories: ['direct', 'indirect', 'mixed'] });
    expect(byName.get('topics')).toMatchObject({ type: 'string', missingValues: [], constraints: { required: true, pattern: '(([a-z0-9]+(-[a-z0-9]+)*)(\\|([a-z0-9]+(-[a-z0-9]+)*))*)?' } });
    expect(byName.get('speakerId')).toMatchObject({ constraints: { required: false } });
    expect((byName.get('speakerId') as { missingValues?: string[] }).missingValues).toBeUndefined();
    expect(byName.get('prefix')).toMatchObject({ missingValues: [], constraints: { required: true } });
    expect(schema.fieldsMatch).toBeUndefined();
    expect(byName.get('date.earliest')).toMatchObject({ type: 'date' });
    expect(byName.get('provenance.confidence')).toMatchObject({ type: 'number', constraints: { minimum: 0, maximum: 1 } });
    expect(byName.get('review.url')).toMatchObject({ format: 'uri' });
  });

  it('writes a package that reads back against its own descriptor', async () => {
    const directory = join(scratch, 'default');
    const { files } = await exportDataPackage(directory);
    expect(files).toContain('datapackage.json');
    expect(readBackDataPackage(directory)).toEqual(dataset);
  });

  it('writes the same bytes twice, and honours CSV options', async () => {
    await exportDataPackage(join(scratch, 'first'));
    await exportDataPackage(join(scratch, 'again'));
    for (const file of ['sources.csv', 'speakers.csv', 'quotes.csv', 'speakers.ndjson', 'datapackage.json', 'schemas/quotes.schema.json']) {
      expect(readFileSync(join(scratch, 'again', file))).toEqual(readFileSync(join(scratch, 'first', file)));
    }
    const plain = join(scratch, 'plain');
    await exportDataPackage(plain, dataset, { escapeFormulas: false, bom: false, delimiter: ';', lineEnding: 'lf' });
    expect(readBackDataPackage(plain, false)).toEqual(dataset);
    expect(readFileSync(join(plain, 'quotes.csv'), 'utf8').startsWith('id;')).toBe(true);
  });
});
