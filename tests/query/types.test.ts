import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  findQuotes,
  getQuote,
  quoteRows,
  quotes,
  sources,
  speakers,
  type Checkworthiness,
  type ClaimType,
  type Quote,
  type QuoteKind,
  type QuoteQuery,
  type QuoteRow,
  type SaidbyIssueCode,
  type Source,
  type Speaker,
} from '../../src/index.js';

// Checked by `tsc --noEmit` (npm run typecheck): the library's frozen records are a Quote, Speaker, Source.
const idOf = (quote: Quote) => quote.id;
const first: Quote = findQuotes()[0]!;
const firstSpeaker: Speaker = speakers[0]!;
const firstSource: Source = sources[0]!;
const bundled: readonly Quote[] = quotes;
const found: Quote | undefined = getQuote('azatutyun-30929229-q01');
const lists: QuoteQuery = { speaker: ['lavrov', 'rudenko'] as readonly string[], kind: 'direct', limit: 2 };

describe('exported types', () => {
  it('accept frozen records where a Quote, Speaker or Source is expected', () => {
    expect(idOf(first)).toBe(quotes[0]!.id);
    expect(findQuotes({ speaker: 'lavrov' }).map(idOf)).toHaveLength(11);
    expect([firstSpeaker.id, firstSource.id, bundled.length, found?.id]).toEqual([speakers[0]!.id, sources[0]!.id, quotes.length, quotes[0]!.id]);
    expect(findQuotes(lists).every((quote) => quote.kind === 'direct')).toBe(true);
  });

  it('keep enum types in QuoteRow', () => {
    expectTypeOf<QuoteRow['kind']>().toEqualTypeOf<QuoteKind>();
    expectTypeOf<QuoteRow['claimType']>().toEqualTypeOf<ClaimType | null>();
    expectTypeOf<QuoteRow['checkworthiness']>().toEqualTypeOf<Checkworthiness | null>();
    expectTypeOf<QuoteRow['dateCertainty']>().toEqualTypeOf<Quote['date']['certainty']>();
    expectTypeOf<QuoteRow['originMedium']>().toEqualTypeOf<Quote['origin']['medium']>();
    expectTypeOf<QuoteRow['topics']>().toEqualTypeOf<readonly string[]>();
    // @ts-expect-error a row's kind is one of the schema's kinds, not any string
    const wrong: QuoteRow['kind'] = 'quote';
    expect(wrong).toBe('quote');
    expect(quoteRows(findQuotes({ limit: 1 }))[0]!.kind).toBe(quotes[0]!.kind);
  });

  it('type options and issue codes', () => {
    // @ts-expect-error an unknown kind is not a QuoteQuery
    const misspelt: QuoteQuery = { kind: 'qoute' };
    // @ts-expect-error an unknown filter name is not a QuoteQuery
    const unknown: QuoteQuery = { speakr: 'lavrov' };
    // @ts-expect-error issue codes are a closed union
    const code: SaidbyIssueCode = 'no_such_code';
    expect([misspelt, unknown, code]).toHaveLength(3);
    expectTypeOf<'invalid_argument'>().toExtend<SaidbyIssueCode>();
  });
});
