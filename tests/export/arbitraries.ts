import { fc } from '@fast-check/vitest';
import { dataset, type Quote, type Speaker } from '../../src/index.js';

/** Pieces that break naive CSV and spreadsheets: separators, quotes, line breaks, formula starts, scripts, emoji. */
const awkwardPieces = [
  ',', ';', '"', "'", '\r', '\n', '\r\n', '\t', '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20',
  'Лавров', 'Փաշինյան', 'Erdoğan', '😀', '👩🏽‍⚖️', ' ', 'a', 'Z', '1', '-2,000 fighters', '=HYPERLINK("x")', '{', '}', '[', '\\',
] as const;

export const awkwardText = fc.array(fc.constantFrom(...awkwardPieces), { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''));
export const listItem = awkwardText.map((text) => text.replaceAll('|', '')).filter((text) => text !== '');
const count = fc.integer({ min: 0, max: 5000 });
const number = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((value) => (value === 0 ? 0 : value));
const span = fc.tuple(count, fc.integer({ min: 1, max: 500 })).map(([start, length]) => ({ start, end: start + length }));
const anchor = fc.record({ text: awkwardText, span: fc.option(span, { nil: null }) });
const nullableText = fc.option(awkwardText, { nil: null });

const template = dataset.quotes[0]! as Quote;

export const quoteRecord: fc.Arbitrary<Quote> = fc
  .record({
    id: awkwardText,
    speakerId: fc.option(awkwardText, { nil: null }),
    speakerMention: fc.option(anchor, { nil: null }),
    text: awkwardText,
    span: fc.option(span, { nil: null }),
    prefix: fc.oneof(awkwardText, fc.constant('')),
    suffix: fc.oneof(awkwardText, fc.constant('')),
    quotedSegments: fc.array(fc.record({ text: awkwardText, span }), { maxLength: 2 }),
    cue: fc.option(anchor, { nil: null }),
    evidence: awkwardText,
    outlet: nullableText,
    topics: fc.array(listItem, { maxLength: 3 }),
    mentions: fc.array(fc.record({ name: awkwardText, kind: fc.constantFrom('person', 'place'), wikidata: fc.option(fc.constant('Q42'), { nil: null }) }), { maxLength: 2 }),
    review: fc.option(
      fc.record({
        reviewer: awkwardText,
        url: fc.option(fc.constant('https://example.org/check'), { nil: null }),
        date: fc.option(fc.constant('2021-01-02'), { nil: null }),
        rating: fc.record({ alternateName: awkwardText, ratingValue: fc.option(number, { nil: null }), bestRating: fc.option(number, { nil: null }), worstRating: fc.option(number, { nil: null }) }),
      }),
      { nil: null },
    ),
    confidence: fc.option(fc.double({ noNaN: true, min: 0, max: 1 }).map((value) => (value === 0 ? 0 : value)), { nil: null }),
    note: nullableText,
    extensions: fc.dictionary(awkwardText, fc.oneof(awkwardText, number, fc.boolean(), fc.constant(null)), { maxKeys: 2 }),
  })
  .map(
    (parts): Quote => ({
      ...template,
      id: parts.id,
      speakerId: parts.speakerId,
      speakerMention: parts.speakerMention,
      text: parts.text,
      span: parts.span,
      prefix: parts.prefix,
      suffix: parts.suffix,
      quotedSegments: parts.quotedSegments,
      cue: parts.cue,
      date: { ...template.date, evidence: parts.evidence },
      origin: { ...template.origin, outlet: parts.outlet },
      topics: parts.topics,
      mentions: parts.mentions as Quote['mentions'],
      review: parts.review,
      provenance: { ...template.provenance, confidence: parts.confidence, note: parts.note },
      extensions: parts.extensions,
    }),
  );

export const speakerRecord: fc.Arbitrary<Speaker> = fc
  .record({ id: awkwardText, name: awkwardText, aliases: fc.array(listItem, { maxLength: 3 }), role: nullableText })
  .map((parts) => ({ ...(dataset.speakers[0]! as Speaker), ...parts }));
