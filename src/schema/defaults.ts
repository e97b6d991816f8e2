import type { CodePointIndex } from '../text/index.js';
import type { DateEstimate, Origin, Quote, Span } from './records.js';

/** How many code points of context `prefix` and `suffix` hold (W3C TextQuoteSelector). */
export const contextLength = 32;

/**
 * A date the input does not give, with the reason.
 *
 * @example
 * unknownDate('The article does not say when he spoke').certainty; // 'unknown'
 */
export function unknownDate(evidence: string): DateEstimate {
  return { value: null, precision: null, certainty: 'unknown', earliest: null, latest: null, evidence };
}

/**
 * An origin the input does not give, with the reason.
 *
 * @example
 * unknownOrigin('The article names no outlet'); // { outlet: null, medium: null, certainty: 'unknown', evidence: … }
 */
export function unknownOrigin(evidence: string): Origin {
  return { outlet: null, medium: null, certainty: 'unknown', evidence };
}

/**
 * The `prefix` and `suffix` of a span: up to `contextLength` code points on each side.
 *
 * @example
 * quoteContext(new CodePointIndex('😀 “Hi” she said'), { start: 3, end: 5 }); // { prefix: '😀 “', suffix: '” she said' }
 */
export function quoteContext(text: CodePointIndex, span: Span): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, span.start - contextLength), span.start),
    suffix: text.slice(span.end, Math.min(text.length, span.end + contextLength)),
  };
}

/**
 * The annotation fields of a quote nobody has annotated yet: no claim type, check-worthiness, topics,
 * mentions or review. Spread it into a machine-made quote and override what the input does give.
 *
 * @example
 * const quote = { ...unannotated(), topics: ['economy'] };
 */
export function unannotated(): Pick<Quote, 'claimType' | 'checkworthiness' | 'topics' | 'mentions' | 'review'> {
  return { claimType: null, checkworthiness: null, topics: [], mentions: [], review: null };
}
