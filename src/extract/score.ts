import { quoteKinds, type QuoteKind } from '../schema/vocabulary.js';

/** One attribution reduced to what scoring looks at: a code-point span, its kind and the speaker's name. */
export interface ScoredQuote {
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly speaker: string | null;
}

/** One article: what the extractor proposed and what the annotators marked. */
export interface ScoredDocument {
  readonly predicted: readonly ScoredQuote[];
  readonly gold: readonly ScoredQuote[];
}

export interface PrecisionRecall {
  readonly predicted: number;
  readonly gold: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface QuoteScore {
  readonly exact: PrecisionRecall;
  readonly overlap: PrecisionRecall;
  readonly byKind: Readonly<Record<QuoteKind, { readonly exact: PrecisionRecall; readonly overlap: PrecisionRecall }>>;
  readonly speaker: { readonly pairs: number; readonly correct: number; readonly accuracy: number };
  readonly endToEnd: { readonly exact: PrecisionRecall; readonly overlap: PrecisionRecall };
}

interface Tally {
  predicted: number;
  gold: number;
  matched: number;
  speakerRight: number;
}

const corporateSuffixes = new Set(['inc', 'ltd', 'llc', 'corp', 'co', 'plc', 'ag', 'sa', 'gmbh']);
const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame']);
const pronouns = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'we', 'us', 'i', 'me', 'you', 'one']);

function nameWords(name: string): string[] {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  if (words[0] === 'the') words.shift();
  while (words.length > 1 && honorifics.has(words[0]!)) words.shift();
  while (words.length > 1 && corporateSuffixes.has(words[words.length - 1]!)) words.pop();
  return words;
}

function isSuffix(tail: readonly string[], words: readonly string[]): boolean {
  return tail.every((word, i) => words[words.length - tail.length + i] === word);
}

/**
 * Whether two speaker names name the same person or organisation, the way the dev-set README scores it: one
 * name's whole words end the other (a last name: "Berg" and "Ana Berg"; "Ms Berg") or begin it (an
 * organisation: "Meridian" and "Meridian Health"; "Zentrix" and "Zentrix Corp."); case, accents, "the",
 * honorifics and corporate suffixes are ignored. Two full names with different first names ("Todd Thomas",
 * "Aaron Thomas") differ; a pronoun ("he", "it") never matches anything; two nulls agree.
 *
 * @example
 * sameSpeaker('Ana Berg', 'Ms Berg'); // true
 * sameSpeaker('the Kremlin', 'Kremlin'); // true
 * sameSpeaker('he', 'Ana Berg'); // false
 */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const left = nameWords(a);
  const right = nameWords(b);
  if (left.length === 0 || right.length === 0) return false;
  if ((left.length === 1 && pronouns.has(left[0]!)) || (right.length === 1 && pronouns.has(right[0]!))) return false;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return isSuffix(shorter, longer) || shorter.every((word, i) => longer[i] === word);
}

function overlapRatio(predicted: ScoredQuote, gold: ScoredQuote): number {
  const overlap = Math.min(predicted.end, gold.end) - Math.max(predicted.start, gold.start);
  return overlap <= 0 ? 0 : overlap / (gold.end - gold.start);
}

/**
 * One-to-one greedy matching, best overlap (share of the gold span) first; returns [predicted, gold] index pairs.
 *
 * @example
 * const quote = (start: number, end: number) => ({ start, end, kind: 'direct' as const, speaker: null });
 * matchQuotes([quote(0, 10), quote(20, 24)], [quote(2, 10), quote(30, 40)], false); // [[0, 0]]
 */
export function matchQuotes(predicted: readonly ScoredQuote[], gold: readonly ScoredQuote[], exact: boolean): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  predicted.forEach((p, i) =>
    gold.forEach((g, j) => {
      const ratio = overlapRatio(p, g);
      const accepted = exact ? p.start === g.start && p.end === g.end : ratio >= 0.5;
      if (accepted) candidates.push([i, j, ratio]);
    }),
  );
  candidates.sort((x, y) => y[2] - x[2] || x[1] - y[1] || x[0] - y[0]);
  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [i, j] of candidates) {
    if (usedPredicted.has(i) || usedGold.has(j)) continue;
    usedPredicted.add(i);
    usedGold.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

function tally(predicted: readonly ScoredQuote[], gold: readonly ScoredQuote[], exact: boolean, into: Tally): void {
  const pairs = matchQuotes(predicted, gold, exact);
  into.predicted += predicted.length;
  into.gold += gold.length;
  into.matched += pairs.length;
  into.speakerRight += pairs.filter(([i, j]) => sameSpeaker(predicted[i]!.speaker, gold[j]!.speaker)).length;
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function summary(predicted: number, gold: number, matched: number): PrecisionRecall {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predicted, gold, matched, precision, recall, f1 };
}

const emptyTally = (): Tally => ({ predicted: 0, gold: 0, matched: 0, speakerRight: 0 });

/**
 * Scores proposed quotes against gold annotations, micro-averaged over documents: precision, recall and F1 at exact
 * span match and at ≥ 50% overlap of the gold span (one-to-one greedy matching), per kind (both sides restricted
 * to that kind), speaker accuracy over overlap-matched pairs, and end-to-end scores that also require the speaker.
 *
 * @example
 * const score = scoreQuotes([{ predicted: [{ start: 1, end: 9, kind: 'direct', speaker: 'Ann Lee' }],
 *                              gold: [{ start: 1, end: 10, kind: 'direct', speaker: 'Lee' }] }]);
 * score.overlap.f1; // 1
 * score.exact.f1; // 0
 */
export function scoreQuotes(documents: readonly ScoredDocument[]): QuoteScore {
  const exact = emptyTally();
  const overlap = emptyTally();
  const kinds = Object.fromEntries(quoteKinds.map((kind) => [kind, { exact: emptyTally(), overlap: emptyTally() }])) as Record<
    QuoteKind,
    { exact: Tally; overlap: Tally }
  >;
  for (const { predicted, gold } of documents) {
    tally(predicted, gold, true, exact);
    tally(predicted, gold, false, overlap);
    for (const kind of quoteKinds) {
      const p = predicted.filter((quote) => quote.kind === kind);
      const g = gold.filter((quote) => quote.kind === kind);
      tally(p, g, true, kinds[kind].exact);
      tally(p, g, false, kinds[kind].overlap);
    }
  }
  const byKind = Object.fromEntries(
    quoteKinds.map((kind) => [
      kind,
      {
        exact: summary(kinds[kind].exact.predicted, kinds[kind].exact.gold, kinds[kind].exact.matched),
        overlap: summary(kinds[kind].overlap.predicted, kinds[kind].overlap.gold, kinds[kind].overlap.matched),
      },
    ]),
  ) as QuoteScore['byKind'];
  return {
    exact: summary(exact.predicted, exact.gold, exact.matched),
    overlap: summary(overlap.predicted, overlap.gold, overlap.matched),
    byKind,
    speaker: { pairs: overlap.matched, correct: overlap.speakerRight, accuracy: ratio(overlap.speakerRight, overlap.matched) },
    endToEnd: {
      exact: summary(exact.predicted, exact.gold, exact.speakerRight),
      overlap: summary(overlap.predicted, overlap.gold, overlap.speakerRight),
    },
  };
}

/**
 * Reduces saidby tables (the extractor's output or a curated dataset) to scored quotes of one source.
 *
 * @example
 * const gold = toScoredQuotes(dataset, 'my-article');
 */
export function toScoredQuotes(
  tables: {
    readonly speakers: ReadonlyArray<{ readonly id: string; readonly name: string }>;
    readonly quotes: ReadonlyArray<{
      readonly sourceId: string;
      readonly speakerId: string | null;
      readonly kind: QuoteKind;
      readonly span: { readonly start: number; readonly end: number } | null;
    }>;
  },
  sourceId?: string,
): ScoredQuote[] {
  const names = new Map(tables.speakers.map((speaker) => [speaker.id, speaker.name]));
  return tables.quotes
    .filter((quote) => quote.span !== null && (sourceId === undefined || quote.sourceId === sourceId))
    .map((quote) => ({
      start: quote.span!.start,
      end: quote.span!.end,
      kind: quote.kind,
      speaker: quote.speakerId === null ? null : (names.get(quote.speakerId) ?? null),
    }));
}
