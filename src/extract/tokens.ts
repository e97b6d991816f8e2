import { abbreviations, personTitles, timeZones, titleAbbreviations } from './lexicon.js';
import type { Paragraph, QuoteRegion } from './marks.js';

export interface Token {
  readonly kind: 'word' | 'punct' | 'quote';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly cap: boolean;
  readonly paragraph: number;
  readonly lastParagraph: number;
  readonly region: QuoteRegion | null;
}

export interface Sentence {
  readonly lo: number;
  readonly hi: number;
  readonly paragraph: number;
  readonly body: boolean;
}

const wordPattern = /(?:\p{L}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*\p{L}*|[\p{L}\p{M}\p{N}]+(?:['’\-‐&][\p{L}\p{M}\p{N}]+)*/uy;
const upper = /^\p{Lu}/u;
/** A surname after a lower-case particle joined by a hyphen, as capitalised as any name: "al-Rahim", "el-Sayed", "bin-Omar". */
const particleName = /^(?:al|el|ad|ar|as|at|an|ash|az|bin|ibn|abu|abd|ben)[-‐]\p{Lu}/u;
const symbol = /^[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Mn}\p{Cf}\u{1F3FB}-\u{1F3FF}\u{FE0F}]$/u;

function word(text: string, start: number, end: number, paragraph: number): Token {
  const slice = text.slice(start, end);
  return { kind: 'word', start, end, text: slice, lower: slice.toLowerCase(), cap: upper.test(slice) || particleName.test(slice), paragraph, lastParagraph: paragraph, region: null };
}

export function tokenize(text: string, paragraphs: readonly Paragraph[], regions: readonly QuoteRegion[]): Token[] {
  const tokens: Token[] = [];
  let r = 0;
  let p = 0;
  let pos = 0;
  while (p < paragraphs.length) {
    const paragraph = paragraphs[p]!;
    if (pos < paragraph.start) pos = paragraph.start;
    if (pos >= paragraph.end) {
      p++;
      continue;
    }
    while (r < regions.length && regions[r]!.open < pos) r++;
    const region = regions[r];
    if (region !== undefined && region.open === pos) {
      const first = p;
      pos = region.end;
      while (p + 1 < paragraphs.length && paragraphs[p + 1]!.start < pos) p++;
      const slice = text.slice(region.open, region.end);
      tokens.push({ kind: 'quote', start: region.open, end: region.end, text: slice, lower: slice.toLowerCase(), cap: false, paragraph: first, lastParagraph: p, region });
      r++;
      continue;
    }
    if (/\s/.test(text[pos]!)) {
      pos++;
      continue;
    }
    const limit = region !== undefined && region.open < paragraph.end ? region.open : paragraph.end;
    wordPattern.lastIndex = pos;
    const match = wordPattern.exec(text);
    if (match && match.index === pos) {
      let end = Math.min(pos + match[0].length, limit);
      const lower = text.slice(pos, end).toLowerCase();
      if (text[end] === '.' && end < limit && (abbreviations.has(lower) || /^\p{Lu}$/u.test(text.slice(pos, end)))) end++;
      else if ((text[end] === "'" || text[end] === '’') && end < limit && /s$/iu.test(lower) && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) end++;
      tokens.push(word(text, pos, end, p));
      pos = end;
      continue;
    }
    const width = text.codePointAt(pos)! > 0xffff ? 2 : 1;
    const slice = text.slice(pos, pos + width);
    if (symbol.test(slice)) {
      pos += width;
      continue;
    }
    tokens.push({ kind: 'punct', start: pos, end: pos + width, text: slice, lower: slice, cap: false, paragraph: p, lastParagraph: p, region: null });
    pos += width;
  }
  return tokens;
}

function startsSentence(token: Token | undefined): boolean {
  if (token === undefined) return true;
  if (token.kind === 'quote') return true;
  if (token.kind === 'punct') return /[([{“‘"'«]/u.test(token.text);
  return token.cap || /^\p{N}/u.test(token.text);
}

function endsSentence(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (next !== undefined && next.paragraph !== token.lastParagraph) return true;
  if (token.kind === 'punct') {
    if (!/[.!?…]/u.test(token.text)) return false;
    if (next !== undefined && next.kind === 'punct' && /[)\]]/.test(next.text)) return false;
    return startsSentence(next);
  }
  if (token.kind === 'quote') {
    const inner = token.text.slice(0, token.region!.innerEnd - token.start).trimEnd();
    return /[.!?…]$/u.test(inner) && startsSentence(next) && next?.kind !== 'punct';
  }
  if (token.text.endsWith('.') && token.text.length > 1) {
    const stem = token.lower.slice(0, -1);
    if (titleAbbreviations.has(stem) || /^\p{L}$/u.test(stem)) return false;
    if (!abbreviations.has(stem) && !stem.includes('.')) return false;
    if ((stem === 'a.m' || stem === 'p.m') && next !== undefined && /^\p{Lu}{2,4}$/u.test(next.text) && timeZones.has(next.lower)) return false;
    return next !== undefined && next.kind === 'word' && next.cap && !personTitles.has(next.lower);
  }
  return false;
}

export function splitSentences(tokens: readonly Token[], paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  let lo = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i === tokens.length - 1 || endsSentence(tokens, i)) {
      const paragraph = tokens[lo]!.paragraph;
      sentences.push({ lo, hi: i + 1, paragraph, body: paragraphs[paragraph]!.body });
      lo = i + 1;
    }
  }
  return sentences;
}
