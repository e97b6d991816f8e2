import { confidences } from './confidence.js';
import { cueForms, firstNameGender, framingNouns } from './lexicon.js';
import { FrameFinder, type Unit } from './frames.js';
import { isPossessive, isPunct, isShortQuotedName, phraseAfter, phraseBefore, recipientEnd, type NounPhrase } from './phrases.js';
import { findParagraphs, findQuoteRegions, type QuoteRegion } from './marks.js';
import { SpeakerResolver, NameIndex, type Entity } from './speakers.js';
import { splitSentences, tokenize, type Sentence, type Token } from './tokens.js';

export interface Draft {
  readonly unit: Unit;
  readonly entity: Entity | null;
  readonly how: string;
  readonly mention: readonly [number, number] | null;
  readonly cue: readonly [number, number] | null;
}

export interface Drafts {
  readonly drafts: Draft[];
  readonly entities: Entity[];
  readonly title: string | null;
}

function followOns(tokens: readonly Token[], lo: number, hi: number, paragraph: number, consumed: ReadonlySet<QuoteRegion>): Unit[] {
  const units: Unit[] = [];
  let notPunct = 0;
  for (let m = lo; m < hi && notPunct < 2; m++) if (tokens[m]!.kind !== 'punct') notPunct++;
  if (notPunct !== 1) return units;
  for (let m = lo; m < hi; m++) {
    const token = tokens[m]!;
    if (token.kind !== 'quote' || consumed.has(token.region!)) continue;
    const region = token.region!;
    const inner = token.text.slice(region.innerStart - token.start, region.innerEnd - token.start).trimEnd();
    if ((region.words < 3 || isShortQuotedName(token)) && !/[.!?…]$/u.test(inner)) continue;
    units.push({
      start: region.innerStart,
      end: region.innerEnd,
      kind: 'direct',
      segments: [],
      cue: null,
      speaker: null,
      mode: 'inherit',
      confidence: confidences.followOn[region.closed ? 'closed' : 'unclosed'],
      rule: 'follow-on-quote',
      paragraph,
    });
  }
  return units;
}

/** The index of the first of `quotes` (in text order) that starts at or after `position`. */
function firstStartingFrom(quotes: readonly Token[], position: number): number {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (quotes[mid]!.start < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

function mentionSpan(tokens: readonly Token[], unit: Unit): readonly [number, number] | null {
  const np = unit.speaker;
  if (np === null || unit.mode !== 'np') return null;
  const start = tokens[np.start]!.start;
  let end = tokens[np.end - 1]!.end;
  if (np.possessive) end -= tokens[np.end - 1]!.text.match(/['’]s$/u) ? 2 : 1;
  return [start, end];
}

interface Framing {
  readonly paragraph: number;
  readonly np: NounPhrase;
  readonly cue?: readonly [number, number];
}

/**
 * Lines that set the speaker of the quote paragraphs after them without a cue of their own: a subhead "Name: …"
 * (a line without a closing full stop) and a sentence that announces someone's words without a speech verb
 * ("Below, the coach's key remarks."), in document order.
 */
function findFramings(tokens: readonly Token[], text: string, sentences: readonly Sentence[], bySentence: readonly Unit[][], finder: FrameFinder): Framing[] {
  const framings: Framing[] = [];
  sentences.forEach((sentence, s) => {
    const { lo, hi, paragraph } = sentence;
    if (sentence.body && bySentence[s]!.length === 0 && hi - lo >= 3 && tokens[hi - 1]!.text === ':') {
      const lead = leadIn(tokens, finder, lo, hi - 1);
      if (lead !== null) framings.push({ paragraph, np: lead.np, cue: lead.cue });
      return;
    }
    if (!sentence.body) {
      for (let colon = lo + 1; colon < Math.min(hi, lo + 5); colon++) {
        if (tokens[colon]!.kind !== 'punct') continue;
        const np = tokens[colon]!.text === ':' ? phraseAfter(tokens, text, lo, colon) : null;
        if (np !== null && np.end === colon && np.type === 'name' && !np.org) framings.push({ paragraph, np });
        break;
      }
      return;
    }
    if (bySentence[s]!.length > 0) return;
    for (let m = lo + 1; m < hi; m++) {
      if (tokens[m]!.kind !== 'word' || !framingNouns.has(tokens[m]!.lower)) continue;
      for (let p = m - 1; p >= Math.max(lo, m - 3); p--) {
        if (!isPossessive(tokens[p]!)) continue;
        const np = phraseBefore(tokens, text, p + 1, lo);
        if (np !== null && np.possessive && np.type !== 'pronoun') framings.push({ paragraph, np });
        break;
      }
    }
  });
  return framings;
}

/**
 * The speaker of a lead-in that ends in a colon before a quote paragraph and holds nothing else: "Coach Dana Evans
 * said:", "Afterwards, she told reporters:" (the subject before its cue, with the cue's recipient after it).
 */
function leadIn(tokens: readonly Token[], finder: FrameFinder, lo: number, colon: number): { np: NounPhrase; cue: readonly [number, number] } | null {
  for (let k = lo + 1; k < colon; k++) {
    const form = cueForms.get(tokens[k]!.lower);
    if (form === undefined || form.participle || tokens[k]!.cap) continue;
    const end = form.needsRecipient ? Math.max(k + 1, recipientEnd(tokens, k + 1, colon)) : k + 1;
    if (end !== colon) return null;
    const np = finder.subjectBefore(k, lo)?.np ?? null;
    return np === null ? null : { np, cue: [tokens[k]!.start, tokens[end - 1]!.end] };
  }
  return null;
}

/**
 * The named person a sentence opens with, when the unit's speaker is a pronoun later in that same sentence: "Coun
 * Lee then drew jeers when he said …" means Lee, not the speaker of the sentence before; null otherwise.
 */
function ownLeadSubject(finder: FrameFinder, sentence: Sentence, unit: Unit): NounPhrase | null {
  const np = unit.speaker;
  if (np === null || np.type !== 'pronoun' || (np.head !== 'he' && np.head !== 'she') || unit.mode !== 'np' || np.start === sentence.lo) return null;
  const lead = finder.leadSubject(sentence);
  const person = lead !== null && lead.type === 'name' && !lead.org && ((lead.name ?? '').includes(' ') || lead.titles.length > 0);
  return person && lead.end <= np.start ? lead : null;
}

/**
 * The person a possessive subject names in apposition, with the gender the description or first name gives: "Rob
 * Innes’ eldest son, Mika, spoke" is Mika, a man; else `np`.
 */
function namedOwned(tokens: readonly Token[], text: string, np: NounPhrase | null, hi: number): NounPhrase | null {
  if (np === null || !np.possessive || np.type === 'pronoun') return np;
  const owned = phraseAfter(tokens, text, np.end, hi);
  if (owned === null || owned.type !== 'description' || !isPunct(tokens[owned.end], ',')) return np;
  const name = phraseAfter(tokens, text, owned.end + 1, hi);
  if (name === null || name.type !== 'name' || name.org || !isPunct(tokens[name.end], ',')) return np;
  const gender = name.gender ?? owned.gender ?? firstNameGender.get((name.name ?? '').split(/\s+/u)[0]!.toLowerCase()) ?? null;
  return { ...name, gender, owned: true };
}

/** Finds attribution units and resolves their speakers, in document order. */
export function findDrafts(text: string): Drafts {
  const paragraphs = findParagraphs(text);
  const regions = findQuoteRegions(text, paragraphs);
  const tokens = tokenize(text, paragraphs, regions);
  const sentences = splitSentences(tokens, paragraphs);
  const finder = new FrameFinder(tokens, text);
  const units: Unit[] = [];
  const consumed = new Set<QuoteRegion>();
  const sentenceOf = new Map<Unit, number>();
  const bySentence: Unit[][] = [];
  for (const sentence of sentences) {
    const found = sentence.body ? finder.unitsOf(sentence) : [];
    bySentence.push(found);
    const quotes = found.length === 0 ? [] : tokens.slice(sentence.lo, sentence.hi).filter((token) => token.kind === 'quote');
    for (const unit of found) {
      sentenceOf.set(unit, bySentence.length - 1);
      for (let q = firstStartingFrom(quotes, unit.start - 1); q < quotes.length && quotes[q]!.start <= unit.end + 1; q++) {
        const token = quotes[q]!;
        if (token.start >= unit.start - 1 && token.end <= unit.end + 1) consumed.add(token.region!);
      }
    }
  }
  sentences.forEach((sentence, s) => {
    for (const unit of bySentence[s]!) units.push(unit);
    if (sentence.body) for (const unit of followOns(tokens, sentence.lo, sentence.hi, sentence.paragraph, consumed)) units.push(unit);
  });
  units.sort((a, b) => a.start - b.start || b.end - a.end);
  const unique = units.filter((unit, i) => i === 0 || unit.start !== units[i - 1]!.start || unit.end !== units[i - 1]!.end);
  const sentenceStarts = sentences.map((sentence) => sentence.lo);
  const groupBefore = (np: NounPhrase) => {
    let s = 0;
    while (s + 1 < sentenceStarts.length && sentenceStarts[s + 1]! <= np.start) s++;
    return finder.groupBefore(np.start, sentenceStarts[Math.max(0, s - 1)]!);
  };
  const resolver = new SpeakerResolver(new NameIndex(tokens, text, sentences), text, groupBefore);
  const drafts: Draft[] = [];
  let previous: Draft | null = null;
  const framings = findFramings(tokens, text, sentences, bySentence, finder);
  let framing = 0;
  for (const unit of unique) {
    while (framing < framings.length && framings[framing]!.paragraph < unit.paragraph) framing++;
    const frame = framings[framing - 1];
    const framed = unit.mode === 'inherit' && frame !== undefined && (previous === null || frame.paragraph > previous.unit.paragraph);
    const near = previous !== null && unit.paragraph - previous.unit.paragraph <= 1;
    const effective: Unit = framed
      ? { ...unit, mode: 'np', speaker: frame.np, rule: 'framed-quote', cue: frame.cue ?? unit.cue }
      : unit.mode === 'inherit' && !near
        ? { ...unit, mode: 'none', confidence: unit.confidence * confidences.inheritedFromAfar }
        : unit;
    const mention = mentionSpan(tokens, effective);
    const s = sentenceOf.get(unit);
    const before = s === undefined ? undefined : sentences[s - 1];
    const lead = s === undefined ? null : ownLeadSubject(finder, sentences[s]!, effective);
    const previousSubject = lead ?? (before !== undefined && before.body && unit.paragraph - before.paragraph <= 1 ? namedOwned(tokens, text, finder.leadSubject(before), before.hi) : null);
    const previousSentence = before !== undefined && before.body && unit.paragraph - before.paragraph <= 1 ? ([tokens[before.lo]!.start, tokens[before.hi - 1]!.end] as const) : null;
    const sentenceStart = s === undefined ? unit.start : tokens[sentences[s]!.lo]!.start;
    const { entity, how } = resolver.resolve(effective, mention?.[0] ?? unit.start, previousSubject, previousSentence, sentenceStart);
    const cue = effective.cue ?? (effective.mode === 'inherit' ? (previous?.cue ?? null) : null);
    const draft: Draft = { unit: effective, entity, how, mention, cue };
    drafts.push(draft);
    resolver.settle(entity);
    previous = draft;
  }
  const headline = paragraphs.find((paragraph) => !paragraph.body && /\p{L}+\s+\p{L}+\s+\p{L}+/u.test(text.slice(paragraph.start, paragraph.end)));
  const title = headline ?? paragraphs[0];
  return { drafts, entities: resolver.all, title: title === undefined ? null : text.slice(title.start, title.end) };
}
