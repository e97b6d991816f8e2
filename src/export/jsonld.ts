import { dataset } from '../dataset/index.js';
import type { DeepReadonly } from '../dataset/index.js';
import type { QuoteCollection, QuoteRecord, SpeakerRecord } from '../query/index.js';
import type { Source } from '../schema/records.js';

interface Lookups {
  readonly speakers: ReadonlyMap<string | null, SpeakerRecord>;
  readonly sources: ReadonlyMap<string, DeepReadonly<Source>>;
}

type JsonLd = Record<string, unknown>;

const wikidataUrl = (qid: string) => `https://www.wikidata.org/wiki/${qid}`;
const entityTypes = { person: 'Person', organization: 'Organization', place: 'Place', other: 'Thing' } as const;

export interface ClaimReviewOptions {
  /** Describe every quote, not only the check-worthy and reviewed ones; default false. */
  readonly all?: boolean;
}

function withoutNulls(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

function authorOf(quote: QuoteRecord, lookups: Lookups): JsonLd | null {
  const speaker = lookups.speakers.get(quote.speakerId);
  if (!speaker) return null;
  const isPerson = speaker.kind === 'person';
  return withoutNulls({
    '@type': isPerson ? 'Person' : 'Organization',
    name: speaker.name,
    alternateName: speaker.aliases.length > 0 ? [...speaker.aliases] : null,
    jobTitle: isPerson ? speaker.role : null,
    description: isPerson ? null : speaker.role,
    affiliation: isPerson && speaker.affiliation !== null ? { '@type': 'Organization', name: speaker.affiliation } : null,
    parentOrganization: !isPerson && speaker.affiliation !== null ? { '@type': 'Organization', name: speaker.affiliation } : null,
    sameAs: speaker.wikidata === null ? null : wikidataUrl(speaker.wikidata),
  });
}

function firstAppearanceOf(quote: QuoteRecord): JsonLd | null {
  const { outlet, medium } = quote.origin;
  if (outlet === null && medium === null) return null;
  return withoutNulls({
    '@type': 'CreativeWork',
    genre: medium,
    publisher: outlet === null ? null : { '@type': 'Organization', name: outlet },
    datePublished: quote.date.value,
  });
}

function appearanceOf(quote: QuoteRecord, lookups: Lookups): JsonLd | null {
  const source = lookups.sources.get(quote.sourceId);
  if (!source) return null;
  return withoutNulls({
    '@type': 'NewsArticle',
    url: source.url,
    headline: source.title,
    inLanguage: source.language,
    publisher: { '@type': 'Organization', name: source.outlet },
    datePublished: source.published.value,
  });
}

function claimOf(quote: QuoteRecord, lookups: Lookups): JsonLd {
  return withoutNulls({
    '@type': 'Claim',
    identifier: quote.id,
    text: quote.text,
    author: authorOf(quote, lookups),
    datePublished: quote.date.value,
    firstAppearance: firstAppearanceOf(quote),
    appearance: appearanceOf(quote, lookups),
    keywords: quote.topics.length > 0 ? quote.topics.join(', ') : null,
    mentions: quote.mentions.map((mention) =>
      withoutNulls({ '@type': entityTypes[mention.kind], name: mention.name, sameAs: mention.wikidata === null ? null : wikidataUrl(mention.wikidata) }),
    ),
  });
}

function claimReviewOf(quote: QuoteRecord, claim: JsonLd): JsonLd {
  const review = quote.review!;
  return withoutNulls({
    '@type': 'ClaimReview',
    url: review.url,
    author: { '@type': 'Organization', name: review.reviewer },
    datePublished: review.date,
    claimReviewed: quote.text,
    itemReviewed: claim,
    reviewRating: withoutNulls({ '@type': 'Rating', ...review.rating }),
  });
}

/**
 * schema.org JSON-LD for fact-checkers: each check-worthy (ClaimBuster "check-worthy-factual") or reviewed
 * quote as a `Claim`, with the speaker as `author` (Person or Organization, `jobTitle`, `sameAs` Wikidata
 * URL when known), `datePublished` = the statement date when known to a day, month or year,
 * `firstAppearance` = the origin (outlet and medium), `appearance` = the reporting article (NewsArticle with
 * url); a quote with a published review becomes a `ClaimReview` of that claim with its `reviewRating`.
 * Nothing is invented: properties without data are left out.
 *
 * @example
 * claimReviewJsonLd()['@graph'].length; // the check-worthy quotes of the bundled dataset
 * claimReviewJsonLd({ quotes: myQuotes, speakers: mySpeakers, sources: mySources }, { all: true });
 */
export function claimReviewJsonLd(data: QuoteCollection | ReadonlyArray<QuoteRecord> = dataset, options: ClaimReviewOptions = {}): JsonLd {
  const given: QuoteCollection = Array.isArray(data) ? { quotes: data as ReadonlyArray<QuoteRecord> } : (data as QuoteCollection);
  const lookups: Lookups = {
    speakers: new Map((given.speakers ?? dataset.speakers).map((speaker) => [speaker.id, speaker])),
    sources: new Map((given.sources ?? dataset.sources).map((source) => [source.id, source])),
  };
  const described = given.quotes.filter((quote) => options.all === true || quote.checkworthiness === 'check-worthy-factual' || quote.review !== null);
  return {
    '@context': 'https://schema.org',
    '@graph': described.map((quote) => {
      const claim = claimOf(quote, lookups);
      return quote.review === null ? claim : claimReviewOf(quote, claim);
    }),
  };
}
