import {
  calendarWords,
  countingPlurals,
  cueForms,
  determiners,
  documentHeads,
  femaleTitles,
  firstNameGender,
  functionWords,
  groupHeads,
  groupQuantifiers,
  maleTitles,
  nameParticles,
  namePartsLikeCues,
  nobilityTitles,
  organizationHeads,
  organizationSuffixes,
  organizationWords,
  personRoleHeads,
  personTitles,
  placeWords,
  portfolioWords,
  pronouns,
  quantityWords,
  recipientNouns,
  surnameHonorifics,
  surnameTitles,
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
  /** A name in apposition to a possessive ("Innes’ son, Owen"): a pronoun of another gender means neither. */
  readonly owned?: boolean;
  /** Age printed in the phrase ("the 61-year-old"), for matching a description to a named person. */
  readonly age?: number | null;
}

const possessiveSuffix = /(?:['’]s|s['’])$/u;
const acronym = /^\p{Lu}{2,}$/u;
const hyphens = '-‐‑–';

/**
 * An age adjective starting at token `i` (tokenised as 61 | - | year-old, or 61 | - | year | - | old): the token
 * index after it and the age; null when there is none.
 *
 * @example
 * ageAt(tokens, 1, tokens.length); // tokens of "the 61-year-old said" → { end: 4, age: 61 }
 */
export function ageAt(tokens: readonly Token[], i: number, hi: number): { end: number; age: number } | null {
  const number = tokens[i];
  if (number === undefined || number.kind !== 'word' || !/^\d{1,3}$/.test(number.text) || !isPunct(tokens[i + 1], hyphens)) return null;
  const age = Number(number.text);
  if (i + 2 < hi && isWord(tokens[i + 2], 'year-old', 'year‐old')) return { end: i + 3, age };
  if (i + 4 < hi && isWord(tokens[i + 2], 'year') && isPunct(tokens[i + 3], hyphens) && isWord(tokens[i + 4], 'old')) return { end: i + 5, age };
  return null;
}

/** "200 dockers", "1,500 striking teachers": a number and a plural noun (at most one word before it); the end, or -1. */
function countedGroupEnd(tokens: readonly Token[], i: number, hi: number): number {
  if (tokens[i]?.kind !== 'word' || !/^\d[\d,]*$/.test(tokens[i]!.text)) return -1;
  for (let m = i + 1; m < Math.min(hi, i + 3); m++) {
    const token = tokens[m]!;
    if (token.kind !== 'word' || token.cap || functionWords.has(token.lower) || cueForms.has(token.lower)) return -1;
    if (groupHeads.has(token.lower) || (/[^s]s$/u.test(token.lower) && !isWord(tokens[m + 1], 'of'))) return m + 1;
  }
  return -1;
}

/** "schools", "hospitals": the plural of an organisation word, a group of bodies. */
function isOrganizationPlural(lower: string): boolean {
  return /[^s]s$/u.test(lower) && organizationHeads.has(lower.slice(0, -1));
}

/** "some riders", "many shoppers": a quantifier and a plural noun ending at token `k`, a group of people. */
function quantifiedPlural(tokens: readonly Token[], k: number, lo: number): boolean {
  const token = tokens[k]!;
  const lower = token.lower;
  return (
    k - 1 >= lo && token.kind === 'word' && !token.cap && /^\p{Ll}{3,}[^s]s$/u.test(lower) && !functionWords.has(lower) && !cueForms.has(lower) &&
    !documentHeads.has(lower) && isWord(tokens[k - 1], ...groupQuantifiers)
  );
}

/** The start of an age adjective that ends just before token `end`, or -1. */
function ageBefore(tokens: readonly Token[], end: number, lo: number): number {
  for (const width of [3, 5]) if (end - width >= lo && ageAt(tokens, end - width, end)?.end === end) return end - width;
  return -1;
}

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
  if (functionWords.has(lower) && !personTitles.has(lower) && !acronym.test(token.text)) return false;
  if (countingPlurals.has(lower)) return false;
  if (calendarWords.has(lower) || groupHeads.has(lower) || (personRoleHeads.has(lower) && !personTitles.has(lower))) return false;
  return !(cueForms.has(lower) && !possessiveSuffix.test(token.text) && !namePartsLikeCues.has(lower));
}

function isPlainWord(token: Token): boolean {
  return token.kind === 'word' && !token.cap && !functionWords.has(token.lower) && !cueForms.has(token.lower) && !/^\p{N}/u.test(token.text);
}

function isTitle(token: Token): boolean {
  return token.kind === 'word' && personTitles.has(bare(token.lower));
}

export function isShortQuotedName(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'quote' || !token.region!.closed) return false;
  const region = token.region!;
  const inner = token.text.slice(region.innerStart - token.start, region.innerEnd - token.start).trim();
  return token.region!.words <= 5 && /^\p{Lu}/u.test(inner) && !/[.,!?;:]$/.test(inner);
}

function genderOf(titles: readonly string[]): 'male' | 'female' | null {
  for (const title of titles) {
    if (maleTitles.has(title)) return 'male';
    if (femaleTitles.has(title)) return 'female';
  }
  return null;
}

/**
 * A capitalised title word that is a common surname ends a name after "Dr", "Mr" or a first name ("Dr Constable",
 * "Simon Constable"); "Charlotte Mayor" stays a place's mayor and "Mr Speaker" a form of address.
 */
function isTitledSurname(tokens: readonly Token[], i: number, lo: number, end: number): boolean {
  const before = tokens[i - 1];
  if (i !== end - 1 || i === lo || !tokens[i]!.cap || before === undefined || before.kind !== 'word' || !before.cap) return false;
  return surnameTitles.has(bare(tokens[i]!.lower)) && (surnameHonorifics.has(bare(before.lower)) || (!isTitle(before) && firstNameGender.has(before.lower)));
}

/** Classifies tokens [start, end) as a name (with titles before it), a description, a group or nothing. */
export function classifyPhrase(tokens: readonly Token[], text: string, start: number, end: number, as?: 'group'): NounPhrase | null {
  let bodyStart = start;
  const first = tokens[start]!;
  const hasDeterminer = first.kind === 'word' && determiners.has(first.lower);
  if (hasDeterminer) bodyStart++;
  if (bodyStart >= end) return null;
  const last = tokens[end - 1]!;
  const determiner = hasDeterminer ? first.lower : null;
  if (as === 'group') {
    return {
      start, end, type: 'group', nameStart: first.start, nameEnd: last.end, name: null, head: bare(last.lower), titles: [], titleText: null,
      org: false, gender: null, possessive: false, determiner,
    };
  }
  const aged = ageAt(tokens, bodyStart, end);
  if (aged !== null) {
    bodyStart = aged.end;
    if (bodyStart >= end) {
      return {
        start, end, type: 'description', nameStart: first.start, nameEnd: last.end, name: null, head: 'year-old', titles: [],
        titleText: null, org: false, gender: null, possessive: false, determiner, age: aged.age,
      };
    }
  }
  const organization = organizationName(tokens, text, bodyStart, end);
  if (organization !== null) {
    return {
      start, end, type: 'name', nameStart: tokens[bodyStart]!.start, nameEnd: tokens[bodyStart]!.start + organization.length, name: organization,
      head: null, titles: [], titleText: null, org: true, gender: null, possessive: isPossessive(last), determiner,
    };
  }
  if (last.kind === 'quote') {
    return {
      start, end, type: 'quoted', nameStart: last.region!.innerStart, nameEnd: last.region!.innerEnd,
      name: text.slice(last.region!.innerStart, last.region!.innerEnd).trim(), head: null, titles: [], titleText: null,
      org: true, gender: null, possessive: false, determiner: hasDeterminer ? first.lower : null,
    };
  }
  let lastTitle = -1;
  for (let i = bodyStart; i < end; i++) if ((isTitle(tokens[i]!) && !isTitledSurname(tokens, i, bodyStart, end)) || (tokens[i]!.kind === 'word' && !tokens[i]!.cap && personRoleHeads.has(bare(tokens[i]!.lower)))) lastTitle = i;
  let nameStart = lastTitle + 1 > bodyStart ? lastTitle + 1 : bodyStart;
  while (nameStart < end && !isNameToken(tokens[nameStart])) nameStart++;
  const possessive = isPossessive(last);
  const titleTokens = tokens.slice(bodyStart, Math.min(nameStart, end));
  const titles = titleTokens.map((token) => bare(token.lower));
  const titleText = titleTokens.length > 0 ? text.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end).replace(possessiveSuffix, '') : null;
  if (nameStart >= end) {
    const head = bare(last.lower);
    const lowerHead = head.replace(/\.$/, '');
    const type = groupHeads.has(lowerHead) || isOrganizationPlural(lowerHead) ? 'group' : personRoleHeads.has(lowerHead) || personTitles.has(lowerHead) ? 'description' : organizationHeads.has(lowerHead) ? 'description' : null;
    if (type === null) return null;
    return {
      start, end, type, nameStart: tokens[start]!.start, nameEnd: last.end, name: null, head: lowerHead, titles,
      titleText, org: type === 'description' && organizationHeads.has(lowerHead) && !personRoleHeads.has(lowerHead), gender: genderOf([...titles, lowerHead]), possessive,
      determiner, age: aged?.age ?? null,
    };
  }
  const nameTokens = tokens.slice(nameStart, end);
  let nameText = text.slice(nameTokens[0]!.start, last.end);
  if (possessive) nameText = nameText.replace(possessiveSuffix, (match) => (match.startsWith('s') ? 's' : ''));
  const lowers = nameTokens.map((token) => bare(token.lower));
  if (placeWords.has(lowers[lowers.length - 1]!) && nameTokens.length > 1) return null;
  const org =
    (hasDeterminer && titles.length === 0) ||
    lowers.some((lower) => organizationWords.has(lower) || organizationSuffixes.has(lower)) ||
    nameTokens.some((token) => acronym.test(token.text.replace(possessiveSuffix, '')));
  return {
    start, end, type: 'name', nameStart: nameTokens[0]!.start, nameEnd: nameTokens[0]!.start + nameText.length, name: nameText,
    head: null, titles, titleText, org, gender: genderOf(titles), possessive, determiner, age: aged?.age ?? null,
  };
}

function isOrganizationWord(token: Token): boolean {
  if (token.kind !== 'word' || !token.cap) return false;
  const lower = bare(token.lower);
  return organizationWords.has(lower) || organizationSuffixes.has(lower) || (organizationHeads.has(lower) && !personRoleHeads.has(lower));
}

/**
 * The printed name when tokens [start, end) name an organisation headed by a capitalised organisation word, either
 * last ("Veridian Foreign Ministry", "Harbour Port Authority") or followed only by an "of" complement that names
 * its remit ("Ministry of Foreign Affairs", "Bank of Eastland"). Null when a title and a name follow the
 * organisation word ("Health Ministry spokesman Ivo Dane", "University of Eastland professor Jo Ruiz").
 */
function organizationName(tokens: readonly Token[], text: string, start: number, end: number): string | null {
  let anchor = -1;
  for (let i = end - 1; i >= start && anchor < 0; i--) if (isOrganizationWord(tokens[i]!)) anchor = i;
  if (anchor < 0) return null;
  if (anchor < end - 1) {
    if (!isWord(tokens[anchor + 1], 'of') || anchor + 2 >= end) return null;
    let titled = false;
    for (let i = anchor + 2; i < end; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') return null;
      if (!token.cap && !['and', 'the', 'for', 'of', '&'].includes(token.lower)) return null;
      if (personTitles.has(bare(token.lower))) titled = true;
    }
    const closing = bare(tokens[end - 1]!.lower);
    if (titled && !portfolioWords.has(closing) && !isOrganizationWord(tokens[end - 1]!)) return null;
  }
  const name = text.slice(tokens[start]!.start, tokens[end - 1]!.end);
  return isPossessive(tokens[end - 1]!) ? name.replace(possessiveSuffix, (match) => (match.startsWith('s') ? 's' : '')) : name;
}

function pronounPhrase(token: Token, index: number): NounPhrase {
  return {
    start: index, end: index + 1, type: 'pronoun', nameStart: token.start, nameEnd: token.end, name: null, head: token.lower,
    titles: [], titleText: null, org: false, gender: null, possessive: false, determiner: null,
  };
}

/** "of" joins a name only after an organisation word or a title of nobility ("Bank of X", "Duke of Y"), not after a surname ("Nyirenda of Zambia"). */
export function ofJoinsName(before: Token): boolean {
  if (before.kind !== 'word') return false;
  const lower = bare(before.lower);
  return organizationWords.has(lower) || organizationHeads.has(lower) || nobilityTitles.has(lower);
}

/** A capitalised cue form between capitalised words is part of a name: "Regional Reporting Bureau". */
function capitalisedCueInName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  return token.kind === 'word' && token.cap && cueForms.has(token.lower) && i > 0 && tokens[i - 1]!.kind === 'word' && tokens[i - 1]!.cap;
}

/** A capitalised group word inside an organisation's name: "Farmers" in "National Farmers Union", "Pilots Association". */
export function groupWordInName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  return token !== undefined && token.kind === 'word' && token.cap && groupHeads.has(bare(token.lower)) && next !== undefined && isOrganizationWord(next);
}

function canJoinName(tokens: readonly Token[], i: number, lo: number): boolean {
  const token = tokens[i]!;
  if (isNameToken(token) || groupWordInName(tokens, i)) return true;
  if (isPunct(token, '&') && i > lo) return isNameToken(tokens[i - 1]) && isNameToken(tokens[i + 1]);
  if (token.kind !== 'word' || i <= lo) return false;
  const joins = nameParticles.has(token.lower) || (token.lower === 'of' && ofJoinsName(tokens[i - 1]!)) || token.lower === '&' || capitalisedCueInName(tokens, i);
  return joins && isNameToken(tokens[i - 1]) && isNameToken(tokens[i + 1]);
}

/**
 * The start of a titled name whose organisation has "and" in it ("Border Security and Customs Agency spokesman
 * X"): capitalised words without a title before "and" join when a title follows it; "Lee and Kim" does not join.
 */
function organisationWithAnd(tokens: readonly Token[], j: number, k: number, lo: number): number {
  if (!isWord(tokens[j - 1], 'and') || !isNameToken(tokens[j - 2]) || j - 2 < lo) return j;
  let titled = false;
  for (let m = j; m <= k; m++) if (isTitle(tokens[m]!)) titled = true;
  if (!titled) return j;
  let start = j - 1;
  let organisational = false;
  while (start - 1 >= lo && j - start < 6 && isNameToken(tokens[start - 1]) && !isTitle(tokens[start - 1]!)) {
    start--;
    const lower = bare(tokens[start]!.lower);
    if (portfolioWords.has(lower) || organizationWords.has(lower) || isPossessive(tokens[start]!)) organisational = true;
  }
  return organisational ? start : j;
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
  const ofGroup = token.kind === 'word' && token.cap && groupHeads.has(bare(token.lower)) && k - 2 >= lo && isWord(tokens[k - 1], 'of') && isNameToken(tokens[k - 2]) && ofJoinsName(tokens[k - 2]!);
  if (ofGroup) j = k - 2;
  if (isShortQuotedName(token)) {
    while (j - 1 >= lo && isNameToken(tokens[j - 1])) j--;
  } else if (isNameToken(token) || ofGroup) {
    while (j - 1 >= lo && k - j < 10 && (canJoinName(tokens, j - 1, lo) || (isShortQuotedName(tokens[j - 1]) && isNameToken(tokens[j])))) j--;
    while (j - 1 >= lo && k - j < 12) {
      const previous = tokens[j - 1]!;
      if (previous.kind !== 'word') break;
      const lower = bare(previous.lower);
      if ((!previous.cap && personTitles.has(lower) && !functionWords.has(lower)) || isNameToken(previous)) j--;
      else if (isPossessive(previous) && !previous.cap && !functionWords.has(lower)) j--;
      else break;
    }
    j = organisationWithAnd(tokens, j, k, lo);
    let m = j;
    while (m - 1 >= lo && j - m < 3 && isPlainWord(tokens[m - 1]!)) m--;
    const boundary = tokens[m - 1];
    const opens = (i: number) => i === lo || tokens[i - 1]!.kind === 'quote' || isPunct(tokens[i - 1], ',;:—–(');
    const outlet = m < j && recipientNouns.has(bare(tokens[j - 1]!.lower));
    if (m < j && (opens(m) || (outlet && isWord(boundary, ...determiners)))) j = m;
    else if (outlet && m - 1 > lo && boundary!.kind === 'word' && boundary!.cap && !functionWords.has(boundary!.lower) && (opens(m - 1) || isWord(tokens[m - 2], ...determiners))) j = m - 1;
  } else if (quantifiedPlural(tokens, k, lo)) {
    return classifyPhrase(tokens, text, k - 1, end, 'group');
  } else if (token.kind === 'word') {
    const head = bare(token.lower);
    const aged = ageBefore(tokens, end, lo);
    if (aged >= 0) j = aged;
    else if (!personRoleHeads.has(head) && !organizationHeads.has(head) && !groupHeads.has(head) && !isOrganizationPlural(head)) return null;
    while (aged < 0 && j - 1 >= lo && k - j < 6) {
      const previous = tokens[j - 1]!;
      const agedBefore = ageBefore(tokens, j, lo);
      if (agedBefore >= 0) {
        j = agedBefore;
        break;
      }
      if (previous.kind !== 'word' || determiners.has(previous.lower)) break;
      const lower = bare(previous.lower);
      if ((functionWords.has(lower) && !acronym.test(previous.text)) || (cueForms.has(lower) && !namePartsLikeCues.has(lower)) || /^\p{N}/u.test(previous.text)) break;
      if (/\p{Ll}{3,}ing$/u.test(previous.text) && j - 2 >= lo && isPlainWord(tokens[j - 2]!) && !determiners.has(tokens[j - 2]!.lower)) break;
      j--;
    }
    if (!(isWord(tokens[j - 1], ...determiners) && j - 1 >= lo) && !groupHeads.has(head) && !tokens.slice(j, k).some((t) => t.cap)) return null;
  } else {
    return null;
  }
  if (j - 1 >= lo && tokens[j - 1]!.kind === 'word' && determiners.has(tokens[j - 1]!.lower)) j--;
  return classifyPhrase(tokens, text, j, end);
}

/**
 * A capitalised "-ing" word before a determiner opens a participle phrase, not a name, where such a phrase can open
 * (not after a word) and a comma closes it: "Nursing a sore wrist, he …"; "said Fleming this week"
 * and "Harding this morning said" keep the name.
 */
function isParticipleOpening(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.kind !== 'word' || !token.cap || !/^\p{Lu}\p{Ll}+ing$/u.test(token.text) || firstNameGender.has(token.lower) || !isWord(tokens[i + 1], ...determiners)) return false;
  const before = tokens[i - 1];
  if (before !== undefined && before.kind === 'word') return false;
  for (let j = i + 2; j < Math.min(tokens.length, i + 10); j++) {
    if (tokens[j]!.kind === 'quote' || cueForms.has(tokens[j]!.lower)) return false;
    if (isPunct(tokens[j], ',')) return true;
  }
  return false;
}

/** The noun phrase that starts at token `start`, not reaching `hi`. */
export function phraseAfter(tokens: readonly Token[], text: string, start: number, hi: number): NounPhrase | null {
  if (start >= hi) return null;
  const token = tokens[start]!;
  if (token.kind === 'word' && pronouns.has(token.lower) && token.lower !== 'her') return pronounPhrase(token, start);
  if (isParticipleOpening(tokens, start)) return null;
  let j = start;
  if (token.kind === 'word' && determiners.has(token.lower)) j++;
  if (isShortQuotedName(tokens[j])) return classifyPhrase(tokens, text, start, j + 1);
  if (tokens[j]?.kind === 'word' && quantityWords.has(tokens[j]!.lower) && isWord(tokens[j + 1], 'of') && j + 2 < hi) {
    const counted = phraseAfter(tokens, text, j + 2, hi);
    if (counted !== null && counted.type === 'group') return { ...counted, start };
  }
  const number = isWord(tokens[j], 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'approximately') ? j + 1 : j;
  const counted = countedGroupEnd(tokens, number, hi);
  if (counted > 0) return classifyPhrase(tokens, text, number + 1, counted, 'group');
  const aged = ageAt(tokens, j, hi);
  if (aged !== null) j = aged.end;
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
    const ofGroup = current.lower === 'of' && tokens[end + 1]?.kind === 'word' && tokens[end + 1]!.cap && groupHeads.has(bare(tokens[end + 1]!.lower));
    const joinsName = (nameParticles.has(current.lower) || (current.lower === 'of' && ofJoinsName(tokens[end - 1]!)) || capitalisedCueInName(tokens, end)) && isNameToken(tokens[end - 1]) && (isNameToken(tokens[end + 1]) || ofGroup);
    if (!joinsName && (functionWords.has(lower) || cueForms.has(lower) || /^\p{N}/u.test(current.text)) && !(current.cap && (personTitles.has(lower) || acronym.test(current.text)))) break;
    if (isNameToken(current) || personRoleHeads.has(lower) || organizationHeads.has(lower) || groupHeads.has(lower) || personTitles.has(lower)) lastUseful = end;
    end++;
    if (isPossessive(current)) break;
  }
  if (lastUseful < j) return aged === null ? null : classifyPhrase(tokens, text, start, aged.end);
  return classifyPhrase(tokens, text, start, lastUseful + 1);
}

/** Whom something was told: "reporters", "WKTV's Dana Holt", "the Meridian News agency". Returns the end index. */
export function recipientEnd(tokens: readonly Token[], start: number, hi: number): number {
  let j = start;
  const first = tokens[j];
  if (first === undefined || j >= hi || first.kind !== 'word' || first.lower === 'that') return start;
  if (['me', 'him', 'her', 'us', 'them', 'you'].includes(first.lower)) return j + 1;
  if (determiners.has(first.lower)) j++;
  let end = j;
  while (end < hi && (isNameToken(tokens[end]) || (isPossessive(tokens[end]!) && tokens[end]!.cap) || (end > j && capitalisedCueInName(tokens, end)))) end++;
  let nounEnd = end;
  for (let m = end; m < Math.min(hi, end + 4); m++) {
    const current = tokens[m]!;
    if (current.kind !== 'word' || current.cap || functionWords.has(current.lower) || cueForms.has(current.lower)) break;
    if (recipientNouns.has(current.lower)) nounEnd = m + 1;
  }
  if (nounEnd > j && (end > j || recipientNouns.has(tokens[nounEnd - 1]!.lower))) return nounEnd;
  return start;
}
