import {
  calendarWords,
  cueForms,
  determiners,
  functionWords,
  groupHeads,
  nameParticles,
  organizationHeads,
  organizationSuffixes,
  organizationWords,
  personRoleHeads,
  personTitles,
  pronouns,
  recipientNouns,
} from './lexicon.js';
import type { Token } from './tokens.js';

export type MentionType = 'name' | 'pronoun' | 'description' | 'group' | 'quoted';

export interface NounPhrase {
  readonly start: number;
  readonly end: number;
  readonly type: MentionType;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly name: string | null;
  readonly head: string | null;
  readonly titles: readonly string[];
  readonly titleText: string | null;
  readonly org: boolean;
  readonly gender: 'male' | 'female' | null;
  readonly possessive: boolean;
  readonly determiner: string | null;
  readonly anonymous?: boolean;
}

const possessiveSuffix = /(?:['’]s|s['’])$/u;
const acronym = /^\p{Lu}{2,}$/u;

export function bare(lower: string): string {
  return lower.replace(possessiveSuffix, (match) => (match.startsWith('s') ? 's' : '')).replace(/\.$/, '');
}

export function isPossessive(token: Token): boolean {
  return token.kind === 'word' && possessiveSuffix.test(token.text) && token.text.length > 2;
}

export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token !== undefined && token.kind === 'word' && words.includes(token.lower);
}

export function isPunct(token: Token | undefined, chars: string): boolean {
  return token !== undefined && token.kind === 'punct' && chars.includes(token.text);
}

export function isNameToken(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || !token.cap) return false;
  const lower = bare(token.lower);
  if (functionWords.has(lower) && !personTitles.has(lower)) return false;
  if (calendarWords.has(lower) || groupHeads.has(lower) || (personRoleHeads.has(lower) && !personTitles.has(lower))) return false;
  return !(cueForms.has(lower) && !possessiveSuffix.test(token.text));
}

function isPlainWord(token: Token): boolean {
  return token.kind === 'word' && !token.cap && !functionWords.has(token.lower) && !cueForms.has(token.lower) && !/^\p{N}/u.test(token.text);
}

function isTitle(token: Token): boolean {
  return token.kind === 'word' && personTitles.has(bare(token.lower));
}

export function isShortQuotedName(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'quote' || !token.region!.closed) return false;
  const inner = token.text.slice(1, -1).trim();
  return token.region!.words <= 5 && /^\p{Lu}/u.test(inner) && !/[.,!?;:]$/.test(inner);
}

function genderOf(titles: readonly string[]): 'male' | 'female' | null {
  for (const title of titles) {
    if (['mr', 'sir', 'lord', 'king', 'prince', 'father', 'congressman', 'spokesman', 'chairman'].includes(title)) return 'male';
    if (['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'spokeswoman', 'chairwoman'].includes(title)) return 'female';
  }
  return null;
}

/** Classifies tokens [start, end) as a name (with titles before it), a description, a group or nothing. */
export function classifyPhrase(tokens: readonly Token[], text: string, start: number, end: number): NounPhrase | null {
  let bodyStart = start;
  const first = tokens[start]!;
  const hasDeterminer = first.kind === 'word' && determiners.has(first.lower);
  if (hasDeterminer) bodyStart++;
  if (bodyStart >= end) return null;
  const last = tokens[end - 1]!;
  if (last.kind === 'quote') {
    return {
      start, end, type: 'quoted', nameStart: last.region!.innerStart, nameEnd: last.region!.innerEnd,
      name: text.slice(last.region!.innerStart, last.region!.innerEnd).trim(), head: null, titles: [], titleText: null,
      org: true, gender: null, possessive: false, determiner: hasDeterminer ? first.lower : null,
    };
  }
  let lastTitle = -1;
  for (let i = bodyStart; i < end; i++) if (isTitle(tokens[i]!) || (tokens[i]!.kind === 'word' && !tokens[i]!.cap && personRoleHeads.has(bare(tokens[i]!.lower)))) lastTitle = i;
  let nameStart = lastTitle + 1 > bodyStart ? lastTitle + 1 : bodyStart;
  while (nameStart < end && !isNameToken(tokens[nameStart])) nameStart++;
  const possessive = isPossessive(last);
  const titleTokens = tokens.slice(bodyStart, Math.min(nameStart, end));
  const titles = titleTokens.map((token) => bare(token.lower));
  const titleText = titleTokens.length > 0 ? text.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end).replace(possessiveSuffix, '') : null;
  if (nameStart >= end) {
    const head = bare(last.lower);
    const lowerHead = head.replace(/\.$/, '');
    const type = groupHeads.has(lowerHead) ? 'group' : personRoleHeads.has(lowerHead) || personTitles.has(lowerHead) ? 'description' : organizationHeads.has(lowerHead) ? 'description' : null;
    if (type === null) return null;
    return {
      start, end, type, nameStart: tokens[start]!.start, nameEnd: last.end, name: null, head: lowerHead, titles,
      titleText, org: type === 'description' && organizationHeads.has(lowerHead) && !personRoleHeads.has(lowerHead), gender: genderOf(titles), possessive,
      determiner: hasDeterminer ? first.lower : null,
    };
  }
  const nameTokens = tokens.slice(nameStart, end);
  let nameText = text.slice(nameTokens[0]!.start, last.end);
  if (possessive) nameText = nameText.replace(possessiveSuffix, (match) => (match.startsWith('s') ? 's' : ''));
  const lowers = nameTokens.map((token) => bare(token.lower));
  const org =
    (hasDeterminer && titles.length === 0) ||
    lowers.some((lower) => organizationWords.has(lower) || organizationSuffixes.has(lower)) ||
    nameTokens.some((token) => acronym.test(token.text.replace(possessiveSuffix, '')));
  return {
    start, end, type: 'name', nameStart: nameTokens[0]!.start, nameEnd: nameTokens[0]!.start + nameText.length, name: nameText,
    head: null, titles, titleText, org, gender: genderOf(titles), possessive, determiner: hasDeterminer ? first.lower : null,
  };
}

function pronounPhrase(token: Token, index: number): NounPhrase {
  return {
    start: index, end: index + 1, type: 'pronoun', nameStart: token.start, nameEnd: token.end, name: null, head: token.lower,
    titles: [], titleText: null, org: false, gender: null, possessive: false, determiner: null,
  };
}

function canJoinName(tokens: readonly Token[], i: number, lo: number): boolean {
  const token = tokens[i]!;
  if (isNameToken(token)) return true;
  if (token.kind !== 'word' || i <= lo) return false;
  const joins = nameParticles.has(token.lower) || token.lower === 'of' || token.lower === '&';
  return joins && isNameToken(tokens[i - 1]) && isNameToken(tokens[i + 1]);
}

/** The noun phrase that ends just before token `end` (exclusive), not reaching before `lo`. */
export function phraseBefore(tokens: readonly Token[], text: string, end: number, lo: number): NounPhrase | null {
  const k = end - 1;
  if (k < lo) return null;
  const token = tokens[k]!;
  if (token.kind === 'word' && pronouns.has(token.lower) && token.lower !== 'her' && token.lower !== 'him' && token.lower !== 'them') {
    return pronounPhrase(token, k);
  }
  let j = k;
  if (isShortQuotedName(token)) {
    while (j - 1 >= lo && isNameToken(tokens[j - 1])) j--;
  } else if (isNameToken(token)) {
    while (j - 1 >= lo && k - j < 10 && (canJoinName(tokens, j - 1, lo) || (isShortQuotedName(tokens[j - 1]) && isNameToken(tokens[j])))) j--;
    while (j - 1 >= lo && k - j < 12) {
      const previous = tokens[j - 1]!;
      if (previous.kind !== 'word') break;
      const lower = bare(previous.lower);
      if ((!previous.cap && personTitles.has(lower) && !functionWords.has(lower)) || isNameToken(previous)) j--;
      else if (isPossessive(previous) && !previous.cap && !functionWords.has(lower)) j--;
      else break;
    }
    let m = j;
    while (m - 1 >= lo && j - m < 3 && isPlainWord(tokens[m - 1]!)) m--;
    const boundary = tokens[m - 1];
    if (m < j && (m === lo || boundary!.kind === 'quote' || isPunct(boundary, ',;:—–('))) j = m;
  } else if (token.kind === 'word') {
    const head = bare(token.lower);
    if (!personRoleHeads.has(head) && !organizationHeads.has(head) && !groupHeads.has(head)) return null;
    while (j - 1 >= lo && k - j < 6) {
      const previous = tokens[j - 1]!;
      if (previous.kind !== 'word' || determiners.has(previous.lower)) break;
      const lower = bare(previous.lower);
      if (functionWords.has(lower) || cueForms.has(lower) || /^\p{N}/u.test(previous.text)) break;
      j--;
    }
    if (!(isWord(tokens[j - 1], ...determiners) && j - 1 >= lo) && !groupHeads.has(head) && !tokens.slice(j, k).some((t) => t.cap)) return null;
  } else {
    return null;
  }
  if (j - 1 >= lo && tokens[j - 1]!.kind === 'word' && determiners.has(tokens[j - 1]!.lower)) j--;
  return classifyPhrase(tokens, text, j, end);
}

/** The noun phrase that starts at token `start`, not reaching `hi`. */
export function phraseAfter(tokens: readonly Token[], text: string, start: number, hi: number): NounPhrase | null {
  if (start >= hi) return null;
  const token = tokens[start]!;
  if (token.kind === 'word' && pronouns.has(token.lower) && token.lower !== 'her') return pronounPhrase(token, start);
  let j = start;
  if (token.kind === 'word' && determiners.has(token.lower)) j++;
  if (isShortQuotedName(tokens[j])) return classifyPhrase(tokens, text, start, j + 1);
  let end = j;
  let lastUseful = -1;
  while (end < hi && end - j < 8) {
    const current = tokens[end]!;
    if (current.kind === 'quote' && isShortQuotedName(current) && end > j) {
      lastUseful = end;
      end++;
      break;
    }
    if (current.kind !== 'word') break;
    const lower = bare(current.lower);
    const joinsName = (nameParticles.has(current.lower) || current.lower === 'of') && isNameToken(tokens[end - 1]) && isNameToken(tokens[end + 1]);
    if (!joinsName && (functionWords.has(lower) || cueForms.has(lower) || /^\p{N}/u.test(current.text)) && !(current.cap && personTitles.has(lower))) break;
    if (isNameToken(current) || personRoleHeads.has(lower) || organizationHeads.has(lower) || groupHeads.has(lower) || personTitles.has(lower)) lastUseful = end;
    end++;
    if (isPossessive(current)) break;
  }
  if (lastUseful < j) return null;
  return classifyPhrase(tokens, text, start, lastUseful + 1);
}

/** Whom something was told: "reporters", "KUT's Trey Shaar", "the RIA Novosti agency". Returns the end index. */
export function recipientEnd(tokens: readonly Token[], start: number, hi: number): number {
  let j = start;
  const first = tokens[j];
  if (first === undefined || j >= hi || first.kind !== 'word' || first.lower === 'that') return start;
  if (['me', 'him', 'her', 'us', 'them', 'you'].includes(first.lower)) return j + 1;
  if (determiners.has(first.lower)) j++;
  let end = j;
  while (end < hi && (isNameToken(tokens[end]) || (isPossessive(tokens[end]!) && tokens[end]!.cap))) end++;
  let nounEnd = end;
  for (let m = end; m < Math.min(hi, end + 4); m++) {
    const current = tokens[m]!;
    if (current.kind !== 'word' || current.cap || functionWords.has(current.lower) || cueForms.has(current.lower)) break;
    if (recipientNouns.has(current.lower)) nounEnd = m + 1;
  }
  if (nounEnd > j && (end > j || recipientNouns.has(tokens[nounEnd - 1]!.lower))) return nounEnd;
  return start;
}
