import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { DatasetSchema } from '../../src/schema/records.js';
import { CodePointIndex } from '../../src/text/index.js';
import { found, triples } from './helpers.js';

function expectAnchored(text: string): void {
  const result = extractQuotes(text, { sourceId: 'adversarial' });
  const index = new CodePointIndex(text);
  for (const quote of result.quotes) {
    expect(index.slice(quote.span!.start, quote.span!.end)).toBe(quote.text);
    if (quote.cue?.span) expect(index.slice(quote.cue.span.start, quote.cue.span.end)).toBe(quote.cue.text);
    if (quote.speakerMention?.span) expect(index.slice(quote.speakerMention.span.start, quote.speakerMention.span.end)).toBe(quote.speakerMention.text);
    for (const segment of quote.quotedSegments) expect(index.slice(segment.span.start, segment.span.end)).toBe(segment.text);
    expect(index.slice(Math.max(0, quote.span!.start - 32), quote.span!.start)).toBe(quote.prefix);
    expect(index.slice(quote.span!.end, Math.min(index.length, quote.span!.end + 32))).toBe(quote.suffix);
  }
  expect(DatasetSchema.safeParse(result).success).toBe(true);
}

describe('unbalanced and awkward marks', () => {
  it('stops an unclosed quote at its paragraph end and reads the next paragraphs normally', () => {
    const text = 'Nadia Petrov said: “The dam will hold.\n\nEngineers disagreed with her on Tuesday.\n\n“It will not,” said Omar Haddad.';
    expect(triples(text)).toEqual([
      ['direct', 'The dam will hold.', 'Nadia Petrov'],
      ['direct', 'It will not,', 'Omar Haddad'],
    ]);
  });

  it('ignores a stray closing mark', () => {
    expect(triples('The dam held” all night. “It held,” said Omar Haddad.')).toEqual([['direct', 'It held,', 'Omar Haddad']]);
  });

  it('survives text made only of quotation marks and apostrophes', () => {
    for (const text of ['“', '”', '"', '""""', '“”“”', "'''", '’’’', '“ ” “', '"\n"\n"', '‘“’”', '', '\n\n\n']) {
      expect(() => extractQuotes(text)).not.toThrow();
      expectAnchored(text);
    }
  });

  it('counts code points, not UTF-16 units, when emoji come before a quote', () => {
    const text = '🌊🌊 Floods hit the valley. 🚒 “The water came at night,” 🙂 firefighter Jonas Berg said. “We were ready.”';
    const result = extractQuotes(text, { sourceId: 'emoji' });
    const index = new CodePointIndex(text);
    const first = result.quotes[0]!;
    expect(first.text).toBe('The water came at night,');
    expect(first.span!.start).toBe([...text].indexOf('T', [...text].indexOf('“')));
    expect(index.slice(first.span!.start, first.span!.end)).toBe(first.text);
    expectAnchored(text);
  });

  it('does not let an apostrophe at a word start open a quote', () => {
    expect(triples("Sales in the '90s were weak, 'Ada' Lopez said. Rock 'n' roll fans agreed.")).toEqual([
      ['indirect', "Sales in the '90s were weak", 'Lopez'],
    ]);
  });

  it('rejects input that is not a string and a malformed source id', () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow(/Expected the article text as a string/);
    expect(() => extractQuotes('x', { sourceId: 'Not A Slug' })).toThrowError(expect.objectContaining({ name: 'SaidbyError' }));
  });
});

const pieces = [
  '“', '”', '"', "'", '‘', '’', '«', '»', ' ', ' ', ' ', '\n', '\n\n', '.', ',', ':', '😀', '👋🏽', 'é', 'said', 'says', 'told',
  'according to', 'that', 'he', 'she', 'the minister', 'Anna Lind', 'Mr Berg', 'Zentrix Inc.', 'don’t', "it's", 'and',
  'We will win', 'The plan failed', 'was quoted as saying', 'the company', 'adding that',
];

describe('properties', () => {
  test.prop([fc.array(fc.constantFrom(...pieces), { maxLength: 80 })], { numRuns: 300 })(
    'every proposed span, cue, mention and fragment equals the input at its code points',
    (parts) => {
      expectAnchored(parts.join(''));
    },
  );

  test.prop([fc.string({ unit: 'grapheme', maxLength: 200 })], { numRuns: 200 })('never throws on arbitrary text', (text) => {
    expectAnchored(text);
  });

  test.prop([fc.array(fc.constantFrom(...pieces), { maxLength: 60 })], { numRuns: 100 })('is deterministic', (parts) => {
    const text = parts.join('');
    expect(extractQuotes(text)).toEqual(extractQuotes(text));
  });
});

describe('speed', () => {
  it('keeps an unclosed mark from making the rest of a long text slow or swallowed', () => {
    const body = Array.from({ length: 2000 }, (_, i) => `Line ${i} of the report, said Omar Haddad.`).join('\n');
    const quotes = found(`“Unclosed\n${body}`);
    expect(quotes.length).toBe(2000);
    expect(quotes.every((quote) => quote.speaker === 'Omar Haddad')).toBe(true);
  });
});
