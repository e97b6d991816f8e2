import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimReviewGraph, claimReviewJsonLd, jsonLdText } from '../../src/export/index.js';
import { dataset, type Quote } from '../../src/index.js';
import { liarTables, type Tables } from './tables.js';

type Node = Record<string, any>;

const graphOf = (document: Record<string, unknown>) => document['@graph'] as Node[];

/** Every `{ "@id": … }` reference in a node tree (a node with only an @id is a reference). */
function referencesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => referencesIn(item, out));
  else if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '@id') out.push((value as Node)['@id']);
    else for (const child of Object.values(value)) referencesIn(child, out);
  }
  return out;
}

/** Every node with an @id and more than an @id, at any depth (a ClaimReview embeds its Claim). */
function identifiedNodes(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) value.forEach((item) => identifiedNodes(item, out));
  else if (typeof value === 'object' && value !== null) {
    if ('@id' in value && Object.keys(value).length > 1) out.push(value as Node);
    for (const child of Object.values(value)) identifiedNodes(child, out);
  }
  return out;
}

function expectLinkedGraph(graph: Node[]): Map<string, Node> {
  const nodes = identifiedNodes(graph);
  const byId = new Map(nodes.map((node) => [node['@id'] as string, node]));
  expect(byId.size, 'each @id names one node').toBe(nodes.length);
  for (const reference of referencesIn(graph)) expect(byId.has(reference), `${reference} is defined in the graph`).toBe(true);
  return byId;
}

const claimsOf = (graph: Node[]) => graph.map((node) => (node['@type'] === 'ClaimReview' ? node.itemReviewed : node)).filter((node) => node['@type'] === 'Claim');

describe('ClaimReview JSON-LD of the bundled dataset', () => {
  const graph = graphOf(claimReviewJsonLd());
  const checkworthy = dataset.quotes.filter((quote) => quote.checkworthiness === 'check-worthy-factual');

  it('describes each check-worthy quote as a Claim with a stable @id, and invents no review', () => {
    expect(claimsOf(graph).map((claim) => claim.identifier)).toEqual(checkworthy.map((quote) => quote.id));
    expect(claimsOf(graph).map((claim) => claim['@id'])).toEqual(checkworthy.map((quote) => `urn:saidby:claim/${quote.id}`));
    expect(JSON.stringify(graph)).not.toContain('ClaimReview');
    expectLinkedGraph(graph);
  });

  it('gives Lavrov one Person node that all his claims reference, with every quote described', () => {
    const all = graphOf(claimReviewJsonLd(dataset, { all: true }));
    expect(claimsOf(all)).toHaveLength(dataset.quotes.length);
    const lavrov = all.filter((node) => node.name === 'Sergei Lavrov');
    expect(lavrov).toEqual([
      expect.objectContaining({
        '@type': 'Person',
        '@id': 'urn:saidby:speaker/sergei-lavrov',
        jobTitle: 'Minister of Foreign Affairs of Russia',
        sameAs: 'https://www.wikidata.org/wiki/Q58217',
      }),
    ]);
    const his = dataset.quotes.filter((quote) => quote.speakerId === 'sergei-lavrov');
    expect(claimsOf(all).filter((claim) => claim.author?.['@id'] === 'urn:saidby:speaker/sergei-lavrov')).toHaveLength(his.length);
    expect(all.filter((node) => node['@type'] === 'NewsArticle')).toHaveLength(dataset.sources.length);
    const byId = expectLinkedGraph(all);
    expect(byId.get('urn:saidby:source/azatutyun-30929229')).toMatchObject({ '@type': 'NewsArticle', url: dataset.sources[0]!.url, headline: dataset.sources[0]!.title });
  });

  it('gives each claim its text, author, statement date, origin and appearance, and no publication date it does not know', () => {
    const byId = expectLinkedGraph(graph);
    for (const claim of claimsOf(graph)) {
      const quote = dataset.quotes.find((candidate) => candidate.id === claim.identifier)!;
      const speaker = dataset.speakers.find((candidate) => candidate.id === quote.speakerId)!;
      expect(claim.text).toBe(quote.text);
      const author = byId.get(claim.author['@id'])!;
      expect(author['@type']).toBe(speaker.kind === 'person' ? 'Person' : 'Organization');
      expect(author.name).toBe(speaker.name);
      expect(claim.datePublished).toBe(quote.date.value ?? undefined);
      if (quote.origin.outlet) expect(claim.firstAppearance.publisher.name).toBe(quote.origin.outlet);
      if (quote.origin.outlet === null && quote.origin.medium === null) expect(claim.firstAppearance).toBeUndefined();
      else expect(claim.firstAppearance.datePublished).toBeUndefined();
      expect(claim.appearance).toEqual({ '@id': `urn:saidby:source/${quote.sourceId}` });
    }
  });

  it('keeps the same @ids whatever else is in the graph, and mints them under a given base', () => {
    const one = dataset.quotes.filter((quote) => quote.speakerId === 'kremlin');
    const alone = identifiedNodes(graphOf(claimReviewJsonLd({ quotes: one }, { all: true }))).map((node) => node['@id']);
    const inAll = new Set(identifiedNodes(graphOf(claimReviewJsonLd(dataset, { all: true }))).map((node) => node['@id']));
    for (const id of alone) expect(inAll).toContain(id);
    const based = graphOf(claimReviewJsonLd(dataset, { base: 'https://example.org/q/' }));
    expect(identifiedNodes(based).every((node) => String(node['@id']).startsWith('https://example.org/q/'))).toBe(true);
  });

  it('wraps a reviewed quote in a ClaimReview with its rating and embeds the claim', () => {
    const reviewed: Quote = {
      ...(dataset.quotes[0]! as Quote),
      checkworthiness: 'non-factual',
      review: { reviewer: 'Example Check', url: 'https://example.org/fc/1', date: '2020-11-05', rating: { alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 } },
    };
    const items = graphOf(claimReviewJsonLd([reviewed]));
    expect(items.at(-1)).toMatchObject({
      '@type': 'ClaimReview',
      '@id': `urn:saidby:review/${reviewed.id}`,
      url: 'https://example.org/fc/1',
      author: { '@type': 'Organization', name: 'Example Check' },
      datePublished: '2020-11-05',
      claimReviewed: reviewed.text,
      itemReviewed: { '@type': 'Claim', '@id': `urn:saidby:claim/${reviewed.id}`, text: reviewed.text, author: { '@id': 'urn:saidby:speaker/sergei-lavrov' } },
      reviewRating: { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
    });
    expectLinkedGraph(items);
  });

  it('builds the same graph quote by quote as in one call', () => {
    const builder = claimReviewGraph(dataset, { all: true });
    expect(dataset.quotes.flatMap((quote) => builder.nodesOf(quote))).toEqual(graphOf(claimReviewJsonLd(dataset, { all: true })));
  });
});

describe('ClaimReview JSON-LD of LIAR imports', () => {
  let tables: Tables;
  let graph: Node[];
  let byId: Map<string, Node>;
  beforeAll(async () => {
    tables = await liarTables();
    graph = graphOf(claimReviewJsonLd(tables));
    byId = expectLinkedGraph(graph);
  });

  it('describes the LIAR dataset as a Dataset, not a NewsArticle', () => {
    expect(graph.filter((node) => node['@type'] === 'NewsArticle')).toEqual([]);
    expect(graph.filter((node) => node['@type'] === 'Dataset')).toEqual([
      { '@type': 'Dataset', '@id': 'urn:saidby:source/politifact-liar', name: tables.sources[0]!.title, inLanguage: 'en' },
    ]);
    expect(claimsOf(graph).map((claim) => claim.appearance)).toEqual(tables.quotes.map(() => ({ '@id': 'urn:saidby:source/politifact-liar' })));
  });

  it('gives the LIAR context as a description of the first appearance, not as a publisher', () => {
    const mailer = claimsOf(graph).find((claim) => claim.firstAppearance?.description === 'a campaign mailer');
    expect(mailer?.firstAppearance).toEqual({ '@type': 'CreativeWork', description: 'a campaign mailer' });
    expect(JSON.stringify(claimsOf(graph).map((claim) => claim.firstAppearance ?? null))).not.toContain('publisher');
  });

  it('does not call a slug such as chain-email a Person: it is credited by name without a typed author', () => {
    expect(graph.filter((node) => node.name === 'chain-email')).toEqual([]);
    const email = claimsOf(graph).find((claim) => claim.creditText === 'chain-email');
    expect(email).toBeDefined();
    expect(email!.author).toBeUndefined();
    const senator = claimsOf(graph).find((claim) => claim.author && byId.get(claim.author['@id'])?.name === 'ada-quillfeather');
    expect(byId.get(senator!.author['@id'])).toMatchObject({ '@type': 'Person', jobTitle: 'State Senator' });
  });

  it('has a PolitiFact ClaimReview for every labelled statement, without a review URL LIAR does not have', () => {
    const reviews = graph.filter((node) => node['@type'] === 'ClaimReview');
    expect(reviews.length).toBeGreaterThan(0);
    for (const review of reviews) {
      expect(review.author).toEqual({ '@type': 'Organization', name: 'PolitiFact' });
      expect(review.url).toBeUndefined();
    }
  });
});

describe('jsonLdText inside <script type="application/ld+json">', () => {
  const hostile = `He wrote </script><script>alert(1)</script> and <!-- then </SCRIPT > & \u2028 more`;
  const quote: Quote = { ...(dataset.quotes[0]! as Quote), text: hostile, checkworthiness: 'check-worthy-factual' };
  const text = jsonLdText(claimReviewJsonLd([quote]), 2);
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('writes no character HTML could act on, and parses back to the same value', () => {
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(claimReviewJsonLd([quote]));
  });

  it('stays one script element in Chromium, whose text is the whole JSON-LD', async () => {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><head><script type="application/ld+json">${text}</script></head><body><p id="after">after</p></body></html>`);
    const seen = await page.evaluate(() => ({
      scripts: document.scripts.length,
      json: document.scripts[0]!.textContent,
      after: document.getElementById('after')?.textContent,
      alerts: document.body.innerHTML.includes('alert(1)'),
    }));
    expect(seen.scripts).toBe(1);
    expect(seen.after).toBe('after');
    expect(seen.alerts).toBe(false);
    expect(JSON.parse(seen.json!)['@graph'].at(-1).text).toBe(hostile);
    await page.close();
  });
});
