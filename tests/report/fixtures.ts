import { dataset as bundled } from '../../src/dataset/index.js';
import type { Dataset, Quote, Source, Speaker } from '../../src/schema/records.js';
import { CodePointIndex, codePointLength } from '../../src/text/index.js';

export const payload = `<script>window.__pwned = 1; alert(1)</script>"><img src=x onerror="window.__pwned = 1; alert(1)">`;

function spanOf(text: string, words: string, from = 0): { start: number; end: number } {
  const unit = text.indexOf(words, from);
  if (unit < 0) throw new Error(`fixture: ${JSON.stringify(words)} is not in the text`);
  const index = new CodePointIndex(text);
  return { start: index.toCodePoint(unit), end: index.toCodePoint(unit + words.length) };
}

export function source(id: string, text: string | null, overrides: Partial<Source> = {}): Source {
  return {
    id,
    url: `https://example.org/${id}`,
    title: `Article ${id}`,
    outlet: 'Example Outlet',
    language: 'en',
    published: { value: '2024-05-01', precision: 'day', certainty: 'exact', earliest: null, latest: null, evidence: 'Dateline.' },
    archivePath: text === null ? null : `sources/${id}.txt`,
    sha256: text === null ? null : '0'.repeat(64),
    codePointLength: text === null ? null : codePointLength(text),
    extensions: {},
    ...overrides,
  };
}

export function speaker(id: string, name: string, overrides: Partial<Speaker> = {}): Speaker {
  return { id, name, aliases: [], kind: 'person', role: `Role of ${name}`, affiliation: null, country: null, wikidata: null, extensions: {}, ...overrides };
}

export interface QuoteSpec {
  readonly id: string;
  readonly sourceId: string;
  readonly speakerId: string | null;
  readonly kind?: Quote['kind'];
  /** The quoted words; located in `text` (after `from` UTF-16 units) unless `unplaced`. */
  readonly words: string;
  readonly text: string | null;
  readonly from?: number;
  readonly cue?: string;
  readonly mention?: string;
  readonly segments?: readonly string[];
  readonly extracted?: number;
  readonly overrides?: Partial<Quote>;
}

export function quote(spec: QuoteSpec): Quote {
  const text = spec.text;
  const span = text === null ? null : spanOf(text, spec.words, spec.from ?? 0);
  const index = text === null ? null : new CodePointIndex(text);
  const anchor = (words: string | undefined) =>
    words === undefined ? null : { text: words, span: text === null ? null : spanOf(text, words) };
  return {
    id: spec.id,
    sourceId: spec.sourceId,
    speakerId: spec.speakerId,
    speakerMention: anchor(spec.mention),
    kind: spec.kind ?? 'indirect',
    text: spec.words,
    span,
    prefix: span === null ? '' : index!.slice(Math.max(0, span.start - 32), span.start),
    suffix: span === null ? '' : index!.slice(span.end, Math.min(index!.length, span.end + 32)),
    quotedSegments: (spec.segments ?? []).map((words) => ({ text: words, span: spanOf(text!, words) })),
    cue: anchor(spec.cue),
    date: { value: '2024-05-01', precision: 'day', certainty: 'exact', earliest: null, latest: null, evidence: 'Same day as the article.' },
    origin: { outlet: null, medium: null, certainty: 'unknown', evidence: 'Not stated.' },
    claimType: 'other',
    checkworthiness: 'non-factual',
    topics: ['testing'],
    mentions: [],
    review: null,
    provenance:
      spec.extracted === undefined
        ? { method: 'curated', agent: 'tests', confidence: null, note: null }
        : { method: 'extracted', agent: 'saidby-extract 0.0.0', confidence: spec.extracted, note: null },
    extensions: {},
    ...spec.overrides,
  };
}

export const emojiText = '😀🎉 Intro 👍🏽. She said “Hello 🌍 world, 🚀 launch & <go>” today. 🙂';

/** Two sources with astral characters, nested and crossing spans, shared cues, a draft and unplaced quotes. */
export function mixedDataset(): { dataset: Dataset; texts: Record<string, string> } {
  const hidden = 'Some Hidden words here, in a text the report is not given.';
  const second = 'Minister 🦊 Fox said the plan “will work in 2025” and that costs, which rose 🔺 sharply, would fall. Critics disagree.';
  const speakers = [speaker('ada-lovelace', 'Ada Lovelace'), speaker('fox', 'Minister Fox', { role: null }), speaker('critics', 'Critics', { kind: 'group' })];
  const quotes = [
    quote({ id: 'a-q1', sourceId: 'alpha', speakerId: 'ada-lovelace', kind: 'direct', words: 'Hello 🌍 world, 🚀 launch & <go>', text: emojiText, cue: 'said', mention: 'She' }),
    quote({ id: 'a-q2', sourceId: 'alpha', speakerId: 'ada-lovelace', words: '🚀 launch & <go>” today', text: emojiText, cue: 'said', mention: 'She', extracted: 0.42 }),
    quote({ id: 'a-q3', sourceId: 'alpha', speakerId: 'ada-lovelace', words: 'Not in the text at all', text: null }),
    quote({
      id: 'b-q1', sourceId: 'beta', speakerId: 'fox', kind: 'mixed', text: second, cue: 'said', mention: 'Minister 🦊 Fox',
      words: 'the plan “will work in 2025” and that costs, which rose 🔺 sharply, would fall', segments: ['will work in 2025'],
    }),
    quote({ id: 'b-q2', sourceId: 'beta', speakerId: 'fox', words: 'costs, which rose 🔺 sharply', text: second, cue: 'said', mention: 'Minister 🦊 Fox' }),
    quote({ id: 'b-q3', sourceId: 'beta', speakerId: 'critics', words: 'disagree', text: second, mention: 'Critics', overrides: { claimType: 'prediction' } }),
    quote({ id: 'c-q1', sourceId: 'gamma', speakerId: null, words: 'Hidden words', text: hidden }),
  ];
  return {
    dataset: { sources: [source('alpha', emojiText), source('beta', second), source('gamma', hidden)], speakers, quotes },
    texts: { alpha: emojiText, beta: second },
  };
}

export const hostileText = `Intro. The ${payload} envoy said “${payload}” loudly.`;

/** Payloads in quote text, speaker names and roles, cue text, topics, ids, the source title, outlet, url and language. */
export function hostileDataset(): { dataset: Dataset; texts: Record<string, string> } {
  const base = quote({ id: 'evil-q1', sourceId: 'evil', speakerId: 'evil', kind: 'direct', words: payload, text: hostileText, from: hostileText.indexOf('“'), cue: 'said' });
  const hostileQuote: Quote = {
    ...base,
    cue: { text: `said${payload}`, span: base.cue!.span },
    speakerMention: { text: `The ${payload} envoy`, span: spanOf(hostileText, `The ${payload} envoy`) },
    topics: [payload as never],
    mentions: [{ name: payload, kind: 'other', wikidata: null }],
    date: { ...base.date, evidence: payload },
    provenance: { method: 'extracted', agent: payload, confidence: 0.5, note: payload },
    review: { reviewer: payload, url: null, date: null, rating: { alternateName: payload, ratingValue: null, bestRating: null, worstRating: null } },
    claimType: payload as never,
  };
  const dataset: Dataset = {
    sources: [source('evil', hostileText, { title: payload, outlet: payload, url: 'javascript:window.__pwned=1', language: `en" onmouseover="window.__pwned=1` })],
    speakers: [speaker('evil', payload, { role: payload })],
    quotes: [hostileQuote, quote({ id: 'evil-q2', sourceId: 'evil', speakerId: 'nobody-listed', words: payload, text: null })],
  };
  return { dataset, texts: { evil: hostileText } };
}

export { bundled };
