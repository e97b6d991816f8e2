import { dataset } from '../dataset/index.js';
import type { DeepReadonly } from '../dataset/index.js';
import type { QuoteCollection, QuoteRecord, SpeakerRecord } from '../query/index.js';
import type { Source } from '../schema/records.js';

type JsonLd = Record<string, unknown>;
type SourceRecord = DeepReadonly<Source>;

const wikidataUrl = (qid: string) => `https://www.wikidata.org/wiki/${qid}`;
const entityTypes = { person: 'Person', organization: 'Organization', place: 'Place', other: 'Thing' } as const;
const importedDatasets = ['liar', 'quotebank'] as const;

export interface ClaimReviewOptions {
  /** Describe every quote, not only the check-worthy and reviewed ones; default false. */
  readonly all?: boolean;
  /**
   * Prefix of the `@id` of every node: `${base}speaker/<id>`, `${base}source/<id>`, `${base}claim/<id>`,
   * `${base}review/<id>`. Default "urn:saidby:"; pass your own namespace (e.g. "https://example.org/quotes/")
   * so ids from different datasets never meet.
   */
  readonly base?: string;
}

interface Lookups {
  readonly speakers: ReadonlyMap<string, SpeakerRecord>;
  readonly sources: ReadonlyMap<string, SourceRecord>;
}

function withoutNulls(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

const objectAt = (record: { readonly extensions: unknown }, key: string): Record<string, unknown> | undefined => {
  const value = (record.extensions as Record<string, unknown>)[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
};

/**
 * What a speaker is to schema.org. LIAR gives only a slug such as "chain-email" or "viral-image" and, for
 * organisations, the party "organization": a slug with neither a job title nor a party is not known to be a
 * person, so it gets no typed node at all (`null`).
 */
function speakerType(speaker: SpeakerRecord): 'Person' | 'Organization' | null {
  const liar = objectAt(speaker, 'liar');
  if (liar !== undefined) {
    const party = typeof liar.party === 'string' ? liar.party.trim().toLowerCase() : '';
    if (party === 'organization') return 'Organization';
    if (typeof liar.jobTitle === 'string' && liar.jobTitle.trim() !== '') return 'Person';
    return party === '' || party === 'none' ? null : 'Person';
  }
  return speaker.kind === 'person' ? 'Person' : 'Organization';
}

function speakerNode(speaker: SpeakerRecord, type: 'Person' | 'Organization', id: string): JsonLd {
  const isPerson = type === 'Person';
  return withoutNulls({
    '@type': type,
    '@id': id,
    name: speaker.name,
    alternateName: speaker.aliases.length > 0 ? [...speaker.aliases] : null,
    jobTitle: isPerson ? speaker.role : null,
    description: isPerson ? null : speaker.role,
    affiliation: isPerson && speaker.affiliation !== null ? { '@type': 'Organization', name: speaker.affiliation } : null,
    parentOrganization: !isPerson && speaker.affiliation !== null ? { '@type': 'Organization', name: speaker.affiliation } : null,
    sameAs: speaker.wikidata === null ? null : wikidataUrl(speaker.wikidata),
  });
}

function sourceNode(source: SourceRecord, id: string): JsonLd {
  if (importedDatasets.some((key) => objectAt(source, key) !== undefined)) {
    return withoutNulls({ '@type': 'Dataset', '@id': id, name: source.title, url: source.url, inLanguage: source.language });
  }
  return withoutNulls({
    '@type': 'NewsArticle',
    '@id': id,
    url: source.url,
    headline: source.title,
    inLanguage: source.language,
    publisher: { '@type': 'Organization', name: source.outlet },
    datePublished: source.published.value,
  });
}

/**
 * Where the words first appeared. Its publication date is never given: the record knows when the words were
 * said (the claim's `datePublished`), not when the outlet published them. A LIAR "context" ("a campaign
 * mailer", "a radio interview") describes the work, it is not a publisher.
 */
function firstAppearanceOf(quote: QuoteRecord): JsonLd | null {
  const { outlet, medium } = quote.origin;
  if (outlet === null && medium === null) return null;
  const liar = objectAt(quote, 'liar');
  if (liar !== undefined && typeof liar.context === 'string' && liar.context.trim() === outlet) {
    return withoutNulls({ '@type': 'CreativeWork', description: outlet, genre: medium });
  }
  return withoutNulls({ '@type': 'CreativeWork', genre: medium, publisher: outlet === null ? null : { '@type': 'Organization', name: outlet } });
}

/**
 * Whether ClaimReview JSON-LD describes a quote: a check-worthy factual or reviewed one, or any with `all`.
 *
 * @example
 * quotes.filter((quote) => describedByClaimReview(quote)).length; // how many claims claimReviewJsonLd writes
 */
export function describedByClaimReview(quote: Pick<QuoteRecord, 'checkworthiness' | 'review'>, options: Pick<ClaimReviewOptions, 'all'> = {}): boolean {
  return options.all === true || quote.checkworthiness === 'check-worthy-factual' || quote.review !== null;
}

/**
 * Builds the schema.org graph quote by quote: `nodesOf(quote)` gives the nodes not given yet (the speaker
 * and source the first time one is referenced, then the claim or claim review), so a stream of quotes
 * becomes one graph in which each speaker and source appears once and is referenced by `@id`.
 *
 * @example
 * const graph = claimReviewGraph({ speakers, sources });
 * const nodes = quotes.flatMap((quote) => graph.nodesOf(quote));
 */
export function claimReviewGraph(
  collection: { readonly speakers?: ReadonlyArray<SpeakerRecord> | ReadonlyMap<string, SpeakerRecord>; readonly sources?: ReadonlyArray<SourceRecord> | ReadonlyMap<string, SourceRecord> },
  options: ClaimReviewOptions = {},
): { nodesOf(quote: QuoteRecord): JsonLd[]; describes(quote: QuoteRecord): boolean } {
  const asMap = <T extends { readonly id: string }>(given: ReadonlyArray<T> | ReadonlyMap<string, T>): ReadonlyMap<string, T> =>
    given instanceof Map ? given : new Map((given as ReadonlyArray<T>).map((record) => [record.id, record]));
  const lookups: Lookups = { speakers: asMap(collection.speakers ?? dataset.speakers), sources: asMap(collection.sources ?? dataset.sources) };
  const base = options.base ?? 'urn:saidby:';
  const iri = (kind: string, id: string) => `${base}${kind}/${encodeURI(id)}`;
  const given = new Set<string>();
  const describes = (quote: QuoteRecord) => describedByClaimReview(quote, options);

  return {
    describes,
    nodesOf(quote) {
      if (!describes(quote)) return [];
      const nodes: JsonLd[] = [];
      const reference = (id: string, node: () => JsonLd) => {
        if (!given.has(id)) {
          given.add(id);
          nodes.push(node());
        }
        return { '@id': id };
      };
      const speaker = quote.speakerId === null ? undefined : lookups.speakers.get(quote.speakerId);
      const type = speaker === undefined ? null : speakerType(speaker);
      const author = speaker === undefined || type === null ? null : reference(iri('speaker', speaker.id), () => speakerNode(speaker, type, iri('speaker', speaker.id)));
      const source = lookups.sources.get(quote.sourceId);
      const appearance = source === undefined ? null : reference(iri('source', source.id), () => sourceNode(source, iri('source', source.id)));
      const claim = withoutNulls({
        '@type': 'Claim',
        '@id': iri('claim', quote.id),
        identifier: quote.id,
        text: quote.text,
        author,
        creditText: speaker !== undefined && type === null ? speaker.name : null,
        datePublished: quote.date.value,
        firstAppearance: firstAppearanceOf(quote),
        appearance,
        keywords: quote.topics.length > 0 ? quote.topics.join(', ') : null,
        mentions: quote.mentions.map((mention) =>
          withoutNulls({ '@type': entityTypes[mention.kind], name: mention.name, sameAs: mention.wikidata === null ? null : wikidataUrl(mention.wikidata) }),
        ),
      });
      const review = quote.review;
      nodes.push(
        review === null
          ? claim
          : withoutNulls({
              '@type': 'ClaimReview',
              '@id': iri('review', quote.id),
              url: review.url,
              author: { '@type': 'Organization', name: review.reviewer },
              datePublished: review.date,
              claimReviewed: quote.text,
              itemReviewed: claim,
              reviewRating: withoutNulls({ '@type': 'Rating', ...review.rating }),
            }),
      );
      return nodes;
    },
  };
}

/**
 * schema.org JSON-LD for fact-checkers: each check-worthy (ClaimBuster "check-worthy-factual") or reviewed
 * quote as a `Claim` (a quote with a published review as a `ClaimReview` of it with its `reviewRating`).
 * Speakers and sources are nodes of their own, given once and referenced by stable `@id`
 * (`urn:saidby:speaker/sergei-lavrov`, see `base`): the speaker is the claim's `author` (Person or
 * Organization, `jobTitle`, `sameAs` Wikidata URL when known), the reporting article its `appearance`
 * (NewsArticle; a Dataset for an imported dataset such as LIAR), the origin its `firstAppearance` (a
 * CreativeWork with the medium as `genre` and the outlet as `publisher`, never a publication date the record
 * does not know). `datePublished` is the statement date when known to a day, month or year. Nothing is
 * invented: properties without data are left out. Serialize with `jsonLdText` to embed it in a page.
 *
 * @example
 * claimReviewJsonLd()['@graph']; // Person and NewsArticle nodes, then the claims that reference them
 * claimReviewJsonLd({ quotes: myQuotes, speakers: mySpeakers, sources: mySources }, { all: true });
 */
export function claimReviewJsonLd(data: QuoteCollection | ReadonlyArray<QuoteRecord> = dataset, options: ClaimReviewOptions = {}): JsonLd {
  const given: QuoteCollection = Array.isArray(data) ? { quotes: data as ReadonlyArray<QuoteRecord> } : (data as QuoteCollection);
  const graph = claimReviewGraph(given, options);
  return { '@context': 'https://schema.org', '@graph': given.quotes.flatMap((quote) => graph.nodesOf(quote)) };
}

const htmlSensitive = /[<>&\u2028\u2029]/g;

/**
 * JSON text that is safe inside an HTML `<script type="application/ld+json">` element: `<`, `>` and `&` (and
 * U+2028/U+2029) are written as \u escapes, so a quote containing `</script>` or `<!--` cannot end the
 * element or change how the page parses it. `JSON.parse` gives back exactly the same value.
 *
 * @example
 * jsonLdText({ text: '</script>' }); // '{"text":"\\u003c/script\\u003e"}'
 */
export function jsonLdText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(htmlSensitive, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
