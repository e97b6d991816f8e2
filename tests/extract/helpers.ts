import { extractQuotes, type ExtractOptions } from '../../src/extract/index.js';
import type { QuoteKind } from '../../src/schema/vocabulary.js';

export interface Found {
  readonly kind: QuoteKind;
  readonly text: string;
  readonly speaker: string | null;
  readonly mention: string | null;
  readonly cue: string | null;
}

/** The extractor's quotes reduced to what a reader checks: kind, words, speaker name, mention and cue. */
export function found(text: string, options: ExtractOptions = {}): Found[] {
  const result = extractQuotes(text, { sourceId: 'test', ...options });
  const names = new Map(result.speakers.map((speaker) => [speaker.id, speaker.name]));
  return result.quotes.map((quote) => ({
    kind: quote.kind,
    text: quote.text,
    speaker: quote.speakerId === null ? null : names.get(quote.speakerId)!,
    mention: quote.speakerMention?.text ?? null,
    cue: quote.cue?.text ?? null,
  }));
}

/** Just [kind, text, speaker] triples, for compact expectations. */
export function triples(text: string): Array<[QuoteKind, string, string | null]> {
  return found(text).map((quote) => [quote.kind, quote.text, quote.speaker]);
}
