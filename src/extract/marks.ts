import { cueForms } from './lexicon.js';
/** Whether a short line has a reporting verb: "Evans said:" introduces a quote, "Key points:" heads a list. */
function hasCue(line: string): boolean {
  return line
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => cueForms.has(word));
}

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly body: boolean;
}

export interface QuoteRegion {
  readonly open: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly end: number;
  readonly closed: boolean;
  readonly multiParagraph: boolean;
  readonly words: number;
}

type Role = 'open' | 'close' | 'either' | 'none';
type Style = 'double' | 'single';

const wordChar = /[\p{L}\p{N}]/u;
const openerContext = /[\s([{\u2014\u2013\-/:;]/u;
const closerContext = /[\s.,;:!?)\]}\u2014\u2013\-…]/u;
const innerSentenceEnd = /(?:^|\s)\p{Ll}\S*[.!?…][”"’]?\s+[“"‘]?\p{Lu}/u;
const terminalEnd = /[.!?…"”’'»″)\]][\s\p{Extended_Pictographic}\p{So}\p{Sk}\p{Mn}\p{Cf}\u{1F3FB}-\u{1F3FF}\u{FE0F}]*$/u;

function isWord(char: string | undefined): boolean {
  return char !== undefined && wordChar.test(char);
}

export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) {
      const line = text.slice(s, e);
      const words = line.split(/\s+/).length;
      paragraphs.push({ start: s, end: e, body: terminalEnd.test(line) || words > 40 || (words >= 20 && innerSentenceEnd.test(line)) || (line.endsWith(':') && (words >= 5 || (words >= 2 && hasCue(line)))) });
    }
    start = end + 1;
  }
  return paragraphs;
}

function roleOf(text: string, i: number, lineStart: number, lineEnd: number, style: Style): Role {
  const char = text[i]!;
  const before = i > lineStart ? text[i - 1] : undefined;
  const after = i + 1 < lineEnd ? text[i + 1] : undefined;
  const openSide = before === undefined || openerContext.test(before) || '“‘"\''.includes(before);
  const closeSide = after === undefined || closerContext.test(after) || '”’"\''.includes(after);
  if (style === 'double') {
    if (char === '“' || char === '„' || char === '«' || char === '‟') return 'open';
    if (char === '”' || char === '»') return 'close';
    if (char !== '"') return 'none';
    if (openSide && !closeSide) return 'open';
    if (closeSide && !openSide) return 'close';
    return 'either';
  }
  if (char === '‘' || char === '‛') return 'open';
  if (char !== '’' && char !== "'") return 'none';
  if (isWord(before) && isWord(after)) return 'none';
  if (openSide && after !== undefined && /\p{L}/u.test(after)) return char === "'" ? 'open' : 'none';
  if (openSide && after !== undefined && /\p{N}/u.test(after)) return 'none';
  if (!openSide && closeSide) return 'close';
  return 'none';
}

function chooseStyle(text: string): Style {
  let double = 0;
  let single = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if ((char === '‘' || char === '’' || char === '`') && text[i + 1] === char) {
      if (char !== '’') double++;
      i++;
    } else if (char === '“' || char === '"' || char === '«' || char === '„') double++;
    else if (char === '‘' || (char === "'" && (i === 0 || /\s/.test(text[i - 1]!)) && /\p{L}/u.test(text[i + 1] ?? ''))) single++;
  }
  return single > double ? 'single' : 'double';
}

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const isSpace = /\s/.test(text[i]!);
    if (!isSpace && !inWord) words++;
    inWord = !isSpace;
  }
  return words;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

interface Mark {
  readonly at: number;
  role: Role;
  /** 2 for a doubled single mark standing for a double one (‘‘ … ’’), else 1. */
  readonly width: number;
}

const doubleMarks = new Set(['"', '“', '”', '„', '«', '»', '‟']);
const singleMarks = new Set(["'", '‘', '’', '‛']);

function marksOf(text: string, paragraph: Paragraph, style: Style): Mark[] {
  const marks: Mark[] = [];
  const candidates = style === 'double' ? doubleMarks : singleMarks;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const char = text[i]!;
    if (style === 'double' && (char === '’' || char === '‘' || char === '`') && text[i + 1] === char) {
      marks.push({ at: i, role: char === '’' ? 'close' : 'open', width: 2 });
      i++;
      continue;
    }
    if (style === 'double' && (char === '″' || (char === "'" && text[i + 1] === "'")) && i > paragraph.start && /[^\s\p{N}]/u.test(text[i - 1]!)) {
      marks.push({ at: i, role: 'close', width: char === '″' ? 1 : 2 });
      i += char === '″' ? 0 : 1;
      continue;
    }
    if (!candidates.has(char)) continue;
    const role = roleOf(text, i, paragraph.start, paragraph.end, style);
    if (role !== 'none') marks.push({ at: i, role, width: 1 });
  }
  if (style === 'single') {
    let closesAfter = 0;
    for (let m = marks.length - 1; m >= 0; m--) {
      const mark = marks[m]!;
      const close = mark.role === 'close';
      const possessive = close && text[mark.at - 1] === 's' && text[mark.at + 1] === ' ' && /\p{Ll}/u.test(text[mark.at + 2] ?? '');
      if (possessive && closesAfter > 0) mark.role = 'none';
      if (close) closesAfter++;
    }
  }
  return marks;
}

function scan(text: string, paragraphs: readonly Paragraph[], style: Style, keep: (mark: Mark) => boolean): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let openAt = -1;
  let openWidth = 1;
  let multiParagraph = false;
  const emit = (innerEnd: number, end: number, closed: boolean) => {
    const innerStart = openAt + openWidth;
    if (innerEnd > innerStart) {
      regions.push({ open: openAt, innerStart, innerEnd, end, closed, multiParagraph, words: countWords(text, innerStart, innerEnd) });
    }
    openAt = -1;
    multiParagraph = false;
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const marks = marksOf(text, paragraph, style).filter(keep);
    let skipFirst = openAt >= 0;
    for (const mark of marks) {
      if (skipFirst) {
        skipFirst = false;
        if (mark.at === paragraph.start && mark.role !== 'close') continue;
      }
      if (openAt < 0) {
        if (mark.role === 'open' || mark.role === 'either') {
          openAt = mark.at;
          openWidth = mark.width;
          multiParagraph = false;
        }
      } else if (mark.role === 'close' || mark.role === 'either') {
        emit(mark.at, mark.at + mark.width, true);
      } else {
        openAt = mark.at;
        openWidth = mark.width;
        multiParagraph = false;
      }
    }
    if (openAt < 0) continue;
    const next = paragraphs[p + 1];
    const continues =
      next !== undefined &&
      paragraph.body &&
      roleOf(text, next.start, next.start, next.end, style) === 'open' &&
      /[.!?…,:;]$/u.test(text.slice(paragraph.start, paragraph.end));
    if (continues) {
      multiParagraph = true;
      continue;
    }
    if (p === paragraphs.length - 1) {
      openAt = -1;
      continue;
    }
    const innerEnd = trimEnd(text, openAt + 1, paragraph.end);
    emit(innerEnd, innerEnd, false);
  }
  return regions;
}

/**
 * Pairs quotation marks paragraph by paragraph in the article's main style (double or single marks; the other
 * style nests inside). A quote left open at the end of a paragraph continues only when the next paragraph opens
 * with a quotation mark (the newspaper convention); otherwise it stops at the paragraph end, so an unbalanced
 * mark never reaches past its own paragraph, and a quote still open when the text ends (an excerpt cut off) is
 * not proposed. Doubled single marks (‘‘ … ’’) count as double ones. In a double-mark article, single-mark quotes
 * outside double ones are kept when they open with ‘ or with ' before a capital letter.
 */
export function findQuoteRegions(text: string, paragraphs: readonly Paragraph[]): QuoteRegion[] {
  const style = chooseStyle(text);
  const main = scan(text, paragraphs, style, () => true);
  if (style === 'single') return main;
  const inside = (at: number) => {
    let low = 0;
    let high = main.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (main[mid]!.open <= at) low = mid + 1;
      else high = mid;
    }
    return low > 0 && at < main[low - 1]!.end;
  };
  const secondary = scan(text, paragraphs, 'single', (mark) => {
    if (mark.role === 'open' && text[mark.at] === "'" && !/\p{Lu}/u.test(text[mark.at + 1] ?? '')) return false;
    return !inside(mark.at);
  }).filter((region) => region.closed && !region.multiParagraph);
  return [...main, ...secondary].sort((a, b) => a.open - b.open);
}
