import type { SpeakerKind } from '../schema/vocabulary.js';
import type { Unit } from './frames.js';
import {
  appositiveStops,
  firstNameGender,
  determiners,
  genericOrganizationHeads,
  groupHeads,
  honorifics,
  organizationSuffixes,
  organizationWords,
  personRoleHeads,
  personTitles,
  bodyEpithets,
  countryInitials,
  organizationHeads,
  nameJoiners,
  placeBodyHeads,
  placeLeadIns,
  placeWords,
  representativeBlockers,
  representativeConnectors,
  representativeHeads,
  representativeModifiers,
  anaphoricSourceHeads,
  sourceGroupHeads,
  anonymityWords,
  publicBodyHeads,
  cueForms,
  surnameTitles,
} from './lexicon.js';
import { ageAt, bare, classifyPhrase, groupWordInName, isNameToken, isPunct, ofJoinsName, type NounPhrase } from './phrases.js';
import type { Sentence, Token } from './tokens.js';

export interface Entity {
  readonly key: string;
  readonly name: string;
  readonly kind: SpeakerKind;
  gender: 'male' | 'female' | null;
  readonly titles: Set<string>;
  role: string | null;
  readonly printed: Set<string>;
}

/** What the article says about a person besides the name: title and appositive words, proper adjectives, age. */
interface Description {
  readonly words: Set<string>;
  readonly proper: Set<string>;
  age: number | null;
  role: string | null;
}

interface NameRecord {
  readonly name: string;
  readonly words: readonly string[];
  readonly position: number;
  readonly org: boolean;
  readonly strongOrg: boolean;
}

export interface Resolution {
  readonly entity: Entity | null;
  readonly how: string;
}


/** Words left out of an organisation's initials: "Department of Health" is DH, "Food and Drug Administration" FDA. */
const initialsSkipped = new Set(['of', 'and', 'for', 'the', '&', 'on', 'in']);

/** Adds the words of `phrase` to a description: all as words, capitalised non-title words also as proper adjectives. */
function describe(into: Description, phrase: string): void {
  for (const raw of phrase.split(/[\s,]+/)) {
    const lower = bare(raw.toLowerCase());
    if (lower.length === 0 || determiners.has(lower)) continue;
    into.words.add(lower);
    if (/^\p{Lu}/u.test(raw) && !personTitles.has(lower) && !organizationWords.has(lower)) into.proper.add(lower);
  }
}

function emptyDescription(): Description {
  return { words: new Set(), proper: new Set(), age: null, role: null };
}

const wordCache = new Map<string, readonly string[]>();

/** The comparable words of a name (lower case, no accents, no possessive); memoised, since names repeat. */
function wordsOf(name: string): readonly string[] {
  let words = wordCache.get(name);
  if (words === undefined) {
    words = name
      .split(/\s+/)
      .map((word) => bare(word.toLowerCase()).normalize('NFD').replace(/\p{M}/gu, ''))
      .filter((word) => word.length > 0);
    if (wordCache.size >= 4096) wordCache.clear();
    wordCache.set(name, words);
  }
  return words;
}

function lastWord(name: string): string {
  const words = wordsOf(name);
  return words[words.length - 1] ?? '';
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length) return false;
  return tail.every((word, i) => words[words.length - tail.length + i] === word);
}

function startsWith(words: readonly string[], head: readonly string[]): boolean {
  if (head.length > words.length) return false;
  return head.every((word, i) => words[i] === word);
}

/** Every capitalised name printed outside quotation marks, to find canonical names and antecedents. */
export class NameIndex {
  private readonly records: NameRecord[] = [];
  private readonly byLast = new Map<string, NameRecord>();
  private readonly byFirst = new Map<string, NameRecord>();
  private readonly titlesByLast = new Map<string, Set<string>>();
  private readonly descriptionsByLast = new Map<string, Description>();
  private readonly byInitials = new Map<string, NameRecord>();
  /** One-word names printed so far: "Chelsea" before "Chelsea Coach" makes the latter a club's office, not Chelsea's full name. */
  private readonly printedAlone = new Set<string>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
    sentences: readonly Sentence[],
  ) {
    for (const sentence of sentences) {
      let i = sentence.lo;
      while (i < sentence.hi) {
        if (!isNameToken(tokens[i]) && !groupWordInName(tokens, i)) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < sentence.hi && j - i < 10 && (isNameToken(tokens[j]) || groupWordInName(tokens, j) || (isPunct(tokens[j], '&') && isNameToken(tokens[j + 1])) || (['of', 'de', 'van', 'von', 'al', 'bin'].includes(tokens[j]!.lower) && isNameToken(tokens[j + 1]) && (tokens[j]!.lower !== 'of' || ofJoinsName(tokens[j - 1]!))))) {
          if (/['’]s$/u.test(tokens[j - 1]!.text) && j - 1 > i) break;
          j++;
        }
        let start = i;
        const before = tokens[i - 1];
        const unitBefore = before !== undefined && i > sentence.lo && before.kind === 'word' && before.cap && (groupHeads.has(before.lower) || organizationWords.has(before.lower));
        if (unitBefore && personTitles.has(tokens[i]!.lower)) start--;
        if (start > sentence.lo && tokens[start - 1]!.kind === 'word' && tokens[start - 1]!.lower === 'the') start--;
        const np = classifyPhrase(tokens, text, start, j);
        if (np !== null && np.type === 'name' && np.name !== null) {
          this.add(np, tokens[i]!.start);
          if (!np.org) this.notePerson(np, start, j, sentence);
        }
        i = j;
      }
    }
  }

  private add(np: NounPhrase, position: number): void {
    const words = wordsOf(np.name!);
    if (words.length === 0 || words.length > 5) return;
    const strongOrg = words.some((word) => organizationWords.has(word) || organizationSuffixes.has(word)) || /\b\p{Lu}{2,}\b/u.test(np.name!);
    const record: NameRecord = { name: np.name!, words, position, org: np.org, strongOrg };
    this.records.push(record);
    const last = words[words.length - 1]!;
    const capitals = np.name!.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
    if (record.org && capitals.length >= 2) this.byInitials.set(capitals.map((word) => word[0]).join(''), record);
    if (np.titles.length > 0) {
      const titles = this.titlesByLast.get(last) ?? new Set<string>();
      for (const title of np.titles) titles.add(title);
      this.titlesByLast.set(last, titles);
    }
    const office = words.length === 2 && surnameTitles.has(last) && this.printedAlone.has(words[0]!);
    if (words.length === 1) this.printedAlone.add(words[0]!);
    for (const [map, key] of [[this.byLast, words[words.length - 1]!], [this.byFirst, words[0]!]] as const) {
      if (office && map === this.byFirst) continue;
      const best = map.get(key);
      if (best === undefined || best.words.length < words.length) map.set(key, record);
    }
  }

  /** The fullest form of `name` printed in the article: "Berg" → "Ana Berg", "Zentrix" → "Zentrix Corp.". */
  canonical(name: string): { name: string; org: boolean } {
    const words = wordsOf(name);
    if (words.length === 0) return { name, org: false };
    const expanded = /^\p{Lu}{2,6}$/u.test(name) ? this.byInitials.get(name) : undefined;
    if (expanded !== undefined) return { name: expanded.name, org: true };
    const suffix = this.byLast.get(words[words.length - 1]!);
    if (suffix !== undefined && suffix.words.length > words.length && endsWith(suffix.words, words)) return { name: suffix.name, org: suffix.org };
    const prefix = this.byFirst.get(words[0]!);
    if (prefix !== undefined && prefix.words.length > words.length && startsWith(prefix.words, words) && prefix.strongOrg) {
      return { name: prefix.name, org: true };
    }
    if (prefix !== undefined && words.length === 1 && !prefix.org && prefix.words.length === 2 && firstNameGender.has(words[0]!) && /^\p{Lu}/u.test(name)) {
      return { name: prefix.name, org: false };
    }
    const same = this.byLast.get(words[words.length - 1]!);
    return { name, org: same !== undefined && endsWith(same.words, words) ? same.org : false };
  }

  /**
   * Records what the text says about a person named at tokens [start, end): titles before the name, an appositive
   * before or after it ("his Eastland counterpart, Ana Berg", "Ana Berg, the Eastland envoy,"), an age ("Berg, 61,"
   * or "the 61-year-old Berg").
   */
  private notePerson(np: NounPhrase, start: number, end: number, sentence: Sentence): void {
    const words = wordsOf(np.name!);
    if (words.length === 0) return;
    const last = words[words.length - 1]!;
    const description = this.descriptionsByLast.get(last) ?? emptyDescription();
    this.descriptionsByLast.set(last, description);
    const tokens = this.tokens;
    if (np.titleText !== null) {
      describe(description, np.titleText);
      if (description.role === null && np.titles.some((title) => !honorifics.has(title))) description.role = np.titleText;
    }
    let role = start;
    while (role - 1 >= sentence.lo && start - role < 3 && tokens[role - 1]!.kind === 'word' && (personRoleHeads.has(bare(tokens[role - 1]!.lower)) || personTitles.has(bare(tokens[role - 1]!.lower)))) role--;
    if (role < start && np.titleText === null) describe(description, this.text.slice(tokens[role]!.start, tokens[start - 1]!.end));
    if (isPunct(tokens[end], ',') && ageAt(tokens, end + 1, sentence.hi) === null && /^\d{1,3}$/.test(tokens[end + 1]?.text ?? '')) {
      const after = tokens[end + 2];
      if (end + 2 >= sentence.hi || isPunct(after, ',.;)')) description.age = Number(tokens[end + 1]!.text);
    }
    for (const width of [3, 5]) {
      const aged = start - width >= sentence.lo ? ageAt(tokens, start - width, start) : null;
      if (aged !== null && aged.end === start) description.age = aged.age;
    }
    if (start - 2 >= sentence.lo && isPunct(tokens[start - 1], ',')) {
      let a = start - 2;
      while (a > sentence.lo && start - 2 - a < 6 && tokens[a]!.kind === 'word' && !appositiveStops.has(tokens[a]!.lower)) a--;
      if (tokens[a]!.kind === 'word' && appositiveStops.has(tokens[a]!.lower)) this.appositive(description, a + 1, start - 1);
    }
    if (isPunct(tokens[end], ',') && tokens[end + 1]?.kind === 'word' && appositiveStops.has(tokens[end + 1]!.lower)) {
      let b = end + 2;
      while (b < sentence.hi && b - end < 12 && (tokens[b]!.kind === 'word' || isPunct(tokens[b], '-‐‑–'))) b++;
      if (b < sentence.hi && isPunct(tokens[b], ',.;')) this.appositive(description, end + 2, b);
    }
  }

  private appositive(description: Description, from: number, to: number): void {
    if (from >= to) return;
    const head = bare(this.tokens[to - 1]!.lower);
    if (!personRoleHeads.has(head) && !personTitles.has(head)) return;
    let first = from;
    const aged = ageAt(this.tokens, from, to);
    if (aged !== null) {
      description.age = aged.age;
      first = aged.end;
    }
    if (first < to) describe(description, this.text.slice(this.tokens[first]!.start, this.tokens[to - 1]!.end));
  }

  /** Title and appositive words, proper adjectives and age printed for the person whose name ends like `name`. */
  descriptionOf(name: string): Description | undefined {
    const words = wordsOf(name);
    return this.descriptionsByLast.get(words[words.length - 1] ?? '');
  }

  /** Titles printed before any name ending like `name` ("Mayor Linda Okafor" gives Okafor "mayor"). */
  titlesOf(name: string): ReadonlySet<string> {
    const words = wordsOf(name);
    return this.titlesByLast.get(words[words.length - 1] ?? '') ?? new Set();
  }

  /** The latest name before `position` that passes `accept`. */
  latestBefore(position: number, accept: (record: NameRecord) => boolean): NameRecord | null {
    const low = this.countBefore(position);
    for (let i = low - 1; i >= 0 && low - i <= 400; i--) if (accept(this.records[i]!)) return this.records[i]!;
    return null;
  }

  /** Names printed at positions [start, end), or none when there are more than `limit` (a bound per call). */
  between(start: number, end: number, limit: number): NameRecord[] {
    const low = this.countBefore(start);
    const high = this.countBefore(end);
    return high - low > limit ? [] : this.records.slice(low, high);
  }

  /** Names before `position`, latest first, at most `limit` of them. */
  recentBefore(position: number, limit: number): NameRecord[] {
    const low = this.countBefore(position);
    return this.records.slice(Math.max(0, low - limit), low).reverse();
  }

  private countBefore(position: number): number {
    let low = 0;
    let high = this.records.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.records[mid]!.position < position) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

const representativeConnector = new RegExp(`^\\s+(?:${representativeConnectors.join('|')})\\s+(?:the\\s+)?`, 'u');

/** "a neighbour", "an elderly farmer", "a spokeswoman for the port": a person the article does not name. */
function isUnnamedPerson(np: NounPhrase): boolean {
  return np.type === 'description' && !np.org && (np.anonymous === true || ['a', 'an', 'another', 'one'].includes(np.determiner ?? ''));
}

/**
 * Every capitalised name the text prints after a place preposition ("in Texas", "from New Harlow", "to the Old
 * Mill"), lower-cased, with each of its leading parts ("new", "new harlow"): one pass, at most six words a name.
 *
 * @example
 * placesPrintedIn('Crews drove in from New Harlow, according to Velmora Ltd.'); // Set { 'new', 'new harlow' }
 */
export function placesPrintedIn(text: string): ReadonlySet<string> {
  const places = new Set<string>();
  const leadIn = new RegExp(`(?:^|\\s)(${placeLeadIns.join('|')})\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,5})`, 'gu');
  for (const match of text.matchAll(leadIn)) {
    if (match[1] === 'to' && /according\s*$/u.test(text.slice(Math.max(0, match.index - 12), match.index + 1))) continue;
    const words = match[2]!.split(/\s+/u).map((word) => word.replace(/(?:['’]s|['’.])+$/u, '').toLowerCase());
    for (let n = 1; n <= words.length; n++) places.add(words.slice(0, n).join(' '));
  }
  return places;
}

/** Resolves speaker mentions to entities in document order: names, pronouns, descriptions, inherited speakers. */
export class SpeakerResolver {
  private readonly entities = new Map<string, Entity>();
  private readonly initials = new Map<string, Entity>();
  /** Stands in the list of recent speakers for an unnamed person ("a neighbour"), whom a later "she" means. */
  private readonly unnamed: Entity = { key: 'unnamed', name: '', kind: 'person', gender: null, titles: new Set(), role: null, printed: new Set() };
  private readonly placeholders = new Map<string, Entity>();
  private placesPrinted: ReadonlySet<string> | null = null;
  /** Where the sentence of the mention being resolved starts: a person named earlier in it is not the description. */
  private sentenceStart = 0;
  private recent: Entity[] = [];
  /** Groups cited without names, whom a later "the sources" means. */
  private readonly anonymous = new Set<Entity>();
  private previous: Entity | null = null;
  /** Where the mention of the previous speaker starts, and of the speaker being resolved. */
  private previousAt = -1;
  private resolvingAt = -1;

  constructor(
    private readonly names: NameIndex,
    private readonly text: string,
    private readonly groupBefore: (np: NounPhrase) => NounPhrase | null = () => null,
  ) {}

  get all(): Entity[] {
    return [...this.entities.values()];
  }

  private touch(entity: Entity): Entity {
    this.recent = [entity, ...this.recent.filter((other) => other !== entity)].slice(0, 50);
    return entity;
  }

  private entity(name: string, kind: SpeakerKind): Entity {
    const key = `${kind === 'person' ? 'p' : 'o'}:${wordsOf(name).join(' ')}`;
    let entity = this.entities.get(key);
    if (entity === undefined) {
      const words = wordsOf(name);
      const gender = kind === 'person' && words.length > 1 ? (firstNameGender.get(words[0]!) ?? null) : null;
      entity = { key, name, kind, gender, titles: new Set(), role: null, printed: new Set() };
      this.entities.set(key, entity);
      if (kind === 'organization') this.fileInitials(entity);
    }
    return entity;
  }

  /**
   * The organisation already speaking whose initials an acronym spells: "RTSB" after "the US rail and tram safety
   * board" (with or without a leading acronym such as "US"), "FAA" after "the Federal Aviation Administration".
   */
  private byInitials(acronym: string): Entity | null {
    return /^\p{Lu}{2,6}$/u.test(acronym) ? (this.initials.get(acronym.toLowerCase()) ?? null) : null;
  }

  /** Files a new organisation under its initials, also without a leading acronym ("US"), for `byInitials`. */
  private fileInitials(entity: Entity): void {
    const words = entity.name.split(/\s+/).filter((word) => word.length > 0 && !initialsSkipped.has(word.toLowerCase()));
    if (words.length < 2) return;
    const initials = words.map((word) => word[0]!.toLowerCase()).join('');
    this.initials.set(initials, entity);
    if (/^\p{Lu}{2,}$/u.test(words[0]!) && words.length > 2) this.initials.set(initials.slice(1), entity);
  }

  private named(np: NounPhrase): Entity {
    const spelled = this.byInitials(np.name!);
    if (spelled !== null && this.names.canonical(np.name!).name === np.name) {
      spelled.printed.add(np.name!);
      return spelled;
    }
    const canonical = this.names.canonical(np.name!);
    const single = wordsOf(canonical.name).length === 1;
    const titled = np.titles.some((title) => personTitles.has(title) || personRoleHeads.has(title));
    const org = np.type === 'quoted' || np.org || canonical.org || (single && !titled && np.gender === null);
    const entity = this.entity(canonical.name, org ? 'organization' : 'person');
    entity.printed.add(np.name!);
    for (const title of [...np.titles, ...(org ? [] : this.names.titlesOf(canonical.name))]) entity.titles.add(title);
    if (np.gender !== null) entity.gender = np.gender;
    if (entity.role === null && np.titleText !== null && np.titles.some((title) => !honorifics.has(title))) entity.role = np.titleText;
    if (entity.role === null && !org) entity.role = this.names.descriptionOf(canonical.name)?.role ?? null;
    return entity;
  }

  private latest(accept: (entity: Entity) => boolean): Entity | null {
    return this.recent.find(accept) ?? null;
  }

  private fromNameBefore(position: number, accept: (record: NameRecord) => boolean, kind: SpeakerKind): Entity | null {
    const record = this.names.latestBefore(position, accept);
    if (record === null) return null;
    const canonical = this.names.canonical(record.name);
    const entity = this.entity(canonical.name, kind);
    entity.printed.add(record.name);
    return entity;
  }

  private subjectEntity(np: NounPhrase | null, position: number): Entity | null {
    if (np === null) return null;
    if (np.type === 'name' && !np.org) return this.named(np);
    if (np.type === 'description' && !np.org) return this.description(np, position);
    return null;
  }

  /**
   * The one person named in full in the previous sentence when its subject is not a person ("X is led by head
   * teacher Ann Berg, who …" before "She said …"); null when it names none or several.
   */
  private soleNewcomer(previousSentence: readonly [number, number] | null, excluded: 'male' | 'female'): Entity | null {
    if (previousSentence === null) return null;
    const persons = this.names.between(previousSentence[0], previousSentence[1], 12).filter((record) => !record.org && !record.strongOrg && !this.afterPlacePreposition(record));
    const known = persons.filter((record) => {
      const canonical = this.names.canonical(record.name);
      return record.words.length === 1 && !canonical.org && this.entities.get(`p:${wordsOf(canonical.name).join(' ')}`) !== undefined;
    });
    const people = persons.filter((record) => record.words.length > 1);
    const lasts = new Set([...people, ...known].map((record) => wordsOf(this.names.canonical(record.name).name).at(-1)));
    if (lasts.size !== 1 || people.length === 0) return null;
    const canonical = this.names.canonical(people[0]!.name);
    const entity = this.entity(canonical.name, 'person');
    if (entity.gender === excluded) return null;
    entity.printed.add(people[0]!.name);
    return entity;
  }

  /**
   * Whether the previous attribution's speaker is a named person known to be of the pronoun's gender whose mention
   * lies in the previous sentence, and its unnamed subject is not: "A student was arrested, said Ana Berg, a
   * spokeswoman. She said …" means Berg; after "A woman was rescued, said Ana Berg" or "…, said Alex Okafor" no one.
   */
  private speakerOf(previousSentence: readonly [number, number] | null, subject: NounPhrase, excluded: 'male' | 'female'): boolean {
    const speaker = this.previous;
    const wanted = excluded === 'male' ? 'female' : 'male';
    if (speaker === null || previousSentence === null || speaker.kind !== 'person' || speaker.gender !== wanted || subject.gender === wanted || this.isPlaceholder(speaker)) return false;
    return this.previousAt >= previousSentence[0] && this.previousAt < previousSentence[1];
  }

  /** A firm printed as someone's affiliation ("attorney Cory Dane of Pike & Hale LLP") is not what a later "it" means. */
  private affiliation(record: NameRecord): boolean {
    return /\p{Lu}\p{Ll}+\s+(?:of|at|with)\s+(?:the\s+)?$/u.test(this.text.slice(Math.max(0, record.position - 30), record.position));
  }

  /** A name printed after "in", "at", "from" … is a place there ("cases in West Rivia", "at the city's Town Hall"), not a newcomer to speak. */
  private afterPlacePreposition(record: NameRecord): boolean {
    return /(?:^|\s)(?:in|at|from|(?<!according\s)to|into|near|across|around|outside|inside)\s+(?:the\s+)?(?:\p{Ll}+['’]s\s+)?$/iu.test(this.text.slice(Math.max(0, record.position - 30), record.position));
  }

  private pronoun(np: NounPhrase, position: number, previousSubject: NounPhrase | null, previousSentence: readonly [number, number] | null): Entity | null {
    const head = ({ him: 'he', her: 'she', them: 'they' } as Record<string, string>)[np.head!] ?? np.head!;
    if (head === 'he' || head === 'she') {
      const excluded = head === 'he' ? 'female' : 'male';
      if (previousSubject !== null && isUnnamedPerson(previousSubject)) {
        const body = this.representedBody(previousSubject, position);
        if (body !== null) return body;
        if (this.speakerOf(previousSentence, previousSubject, excluded)) return this.previous;
        this.touch(this.unnamed);
        return null;
      }
      const subject = this.subjectEntity(previousSubject, position);
      if (previousSubject?.owned === true && (subject === null || subject.gender === excluded)) return null;
      const found =
        (subject !== null && subject.kind === 'person' && subject.gender !== excluded ? subject : null) ??
        ((subject === null || subject.kind !== 'person') && previousSubject?.type !== 'pronoun' ? this.soleNewcomer(previousSentence, excluded) : null) ??
        this.latest((entity) => entity.kind === 'person' && entity.gender !== excluded) ??
        this.fromNameBefore(position, (record) => !record.org && record.words.length > 1, 'person');
      if (found !== null && this.isPlaceholder(found)) return null;
      if (found !== null && found.gender === null) found.gender = head === 'he' ? 'male' : 'female';
      return found;
    }
    if (head === 'they') {
      if (previousSubject !== null && previousSubject.type === 'group') return this.entity(this.groupName(previousSubject), 'group');
      if (previousSubject !== null && previousSubject.type === 'name' && previousSubject.org && groupHeads.has(lastWord(previousSubject.name!))) return this.named(previousSubject);
      const group = this.groupBefore(np);
      return this.latest((entity) => entity.kind === 'group') ?? (group === null ? null : this.entity(this.groupName(group), 'group')) ?? this.latest((entity) => entity.kind !== 'person');
    }
    if (head === 'it') {
      if (previousSubject !== null && previousSubject.type === 'name' && previousSubject.org) return this.named(previousSubject);
      return this.latest((entity) => entity.kind === 'organization') ?? this.fromNameBefore(position, (record) => record.strongOrg && !this.affiliation(record), 'organization');
    }
    return null;
  }

  /**
   * The body an unnamed representative speaks for, as the dev gold credits it: "a police officer at the scene" →
   * police, "a spokeswoman for the Health Ministry" → Health Ministry, "a ministry official" → the ministry named
   * before, "a Boeing spokesman" → Boeing; null for anyone else ("an elderly farmer", "a US official", "a former
   * official", "an officer at the scene").
   */
  private representedBody(np: NounPhrase, position: number): Entity | null {
    if (!isUnnamedPerson(np)) return null;
    const phrase = this.text.slice(np.nameStart, np.nameEnd);
    const words = [...phrase.matchAll(/[^\s,;:]+/gu)].map((match) => ({ text: match[0].replace(/[.’']+$/u, ''), at: np.nameStart + match.index }));
    const headAt = words.findIndex((word) => representativeHeads.has(word.text.toLowerCase()));
    if (headAt < 1 || words.slice(0, headAt).some((word) => representativeBlockers.has(word.text.toLowerCase()))) return null;
    const before = words.slice(1, headAt).filter((word) => !representativeModifiers.has(word.text.toLowerCase()));
    const after = headAt === words.length - 1 ? this.bodyWordsAfter(np.nameEnd) : [];
    return (before.length > 0 ? this.bodyNamed(np, before, position) : null) ?? (after.length > 0 ? this.bodyNamed(np, after, position) : null);
  }

  /** The body after a representative head: "for the Health Ministry", "at the port authority"; empty when none. */
  private bodyWordsAfter(end: number): Array<{ text: string; at: number }> {
    const connector = representativeConnector.exec(this.text.slice(end, end + 20));
    if (connector === null) return [];
    const start = end + connector[0].length;
    const words = [...this.text.slice(start, start + 80).matchAll(/[^\s,;:.”"()]+/gu)].map((match) => ({ text: match[0].replace(/[’']s?$/u, ''), at: start + match.index }));
    const taken: Array<{ text: string; at: number }> = [];
    for (const [i, word] of words.entries()) {
      if (word.at !== (taken.at(-1) === undefined ? start : taken.at(-1)!.at + taken.at(-1)!.text.length + 1)) break;
      const capital = /^\p{Lu}/u.test(word.text);
      if (taken.length === 0 ? false : /^\p{Lu}/u.test(taken[0]!.text) !== capital && !(nameJoiners.has(word.text) && /^\p{Lu}/u.test(words[i + 1]?.text ?? ''))) break;
      taken.push(word);
      if (!capital && organizationHeads.has(word.text.toLowerCase())) break;
      if (taken.length >= 4) break;
    }
    return taken;
  }

  /** A body described with the name it belongs to, "the research group at Tarnby University", speaks as printed. */
  private ownedBody(np: NounPhrase): Entity | null {
    const words = this.bodyWordsAfter(np.nameEnd);
    if (words.length === 0 || !/^\p{Lu}/u.test(words[0]!.text) || !this.mayBeBody(words.map((word) => word.text).join(' '))) return null;
    const last = words.at(-1)!;
    const printed = this.text.slice(np.nameStart, last.at + last.text.length);
    const entity = this.entity(printed.replace(/^the\s+/iu, ''), 'organization');
    entity.printed.add(printed);
    return entity;
  }

  private bodyNamed(np: NounPhrase, words: ReadonlyArray<{ text: string; at: number }>, position: number): Entity | null {
    const last = words.at(-1)!;
    if (words.every((word) => /^\p{Ll}/u.test(word.text))) {
      const head = last.text.toLowerCase();
      if (!organizationHeads.has(head) || placeWords.has(head) || placeBodyHeads.has(head)) return null;
      const synthetic: NounPhrase = { start: np.start, end: np.end, type: 'description', nameStart: words[0]!.at, nameEnd: last.at + last.text.length, name: null, head, titles: [], titleText: null, org: true, gender: null, possessive: false, determiner: 'the' };
      return this.description(synthetic, position);
    }
    const capitalised = words.every((word, i) => /^\p{Lu}/u.test(word.text) || (i > 0 && i < words.length - 1 && nameJoiners.has(word.text)));
    if (!capitalised) return null;
    const name = words.map((word) => word.text).join(' ');
    if (!this.mayBeBody(name)) return null;
    const canonical = this.names.canonical(name);
    const entity = this.byInitials(name) ?? this.entity(canonical.name, 'organization');
    entity.printed.add(name);
    return entity;
  }

  /**
   * Whether a capitalised name is shown to be a body: it holds an organisation word ("Harbour Board", "White
   * House"), it is an acronym that is no country ("UN"), the article printed it in full as one ("Velmora Ltd."), or
   * it has spoken as one. A bare name proves nothing: "a Texas official", "a French official", "a spokesman for the
   * Berg family" or "for President Ana Berg" stay null.
   */
  private mayBeBody(name: string): boolean {
    if (this.isPlaceName(name)) return false;
    const canonical = this.names.canonical(name);
    const nameWords = wordsOf(canonical.name);
    if (this.entities.has(`p:${nameWords.join(' ')}`) || (nameWords.length > 1 && firstNameGender.has(nameWords[0]!))) return false;
    const acronym = /^\p{Lu}{2,6}$/u.test(name) && !countryInitials.has(name.toLowerCase());
    const organisationWord = nameWords.some((word) => organizationWords.has(word) || organizationSuffixes.has(word));
    return acronym || organisationWord || (canonical.org && canonical.name !== name) || this.entities.has(`o:${nameWords.join(' ')}`);
  }

  /** A country's initials, a street, or a name the article prints after "in", "from", "to" … (not "according to"). */
  private isPlaceName(name: string): boolean {
    const lower = name.toLowerCase();
    if (countryInitials.has(lower) || placeWords.has(lower.split(' ').at(-1)!)) return true;
    this.placesPrinted ??= placesPrintedIn(this.text);
    return this.placesPrinted.has(lower);
  }

  private description(np: NounPhrase, position: number, previousSubject: NounPhrase | null = null): Entity | null {
    const head = np.head!;
    if (np.anonymous || ['a', 'an', 'another', 'one'].includes(np.determiner ?? '')) return null;
    if (np.org) {
      const owned = np.determiner === 'the' ? this.ownedBody(np) : null;
      if (owned !== null) return owned;
      const matches = (name: string) => wordsOf(name).includes(head);
      const generic = genericOrganizationHeads.has(head);
      const bodies = np.determiner === 'the' ? bodyEpithets.get(head) : undefined;
      const printed = (entity: Entity) => entity.kind === 'organization' && wordsOf(entity.name).length > 1;
      return (
        this.latest((entity) => printed(entity) && matches(entity.name)) ??
        (bodies !== undefined ? this.latest((entity) => printed(entity) && bodies.has(lastWord(entity.name))) : null) ??
        (bodies !== undefined ? this.fromNameBefore(position, (record) => record.org && record.words.length > 1 && bodies.has(record.words.at(-1)!), 'organization') : null) ??
        this.latest((entity) => entity.kind === 'organization' && matches(entity.name)) ??
        (generic ? this.latest((entity) => entity.kind === 'organization') : null) ??
        this.fromNameBefore(position, (record) => matches(record.name), 'organization') ??
        (generic ? this.fromNameBefore(position, (record) => record.strongOrg, 'organization') : null) ??
        (bodies !== undefined ? this.bodyNamedAfter(bodies, position) : null) ??
        (np.determiner === 'the' && !generic ? this.entity(this.groupName(np), 'organization') : null)
      );
    }
    if (!personRoleHeads.has(head) && np.titles.length === 0 && np.age == null) return null;
    if (['his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(np.determiner ?? '')) return null;
    return this.bestPerson(np, position, previousSubject);
  }

  /**
   * The person a definite description ("the Eastland minister", "the 61-year-old", "the finance director") most
   * likely means: among speakers so far (latest first) and then people named before it, the one whose printed
   * titles, appositives and age share the most with the description; a printed age that differs rules a person out.
   */
  private bestPerson(np: NounPhrase, position: number, previousSubject: NounPhrase | null): Entity | null {
    const namedHere = new Set(this.names.between(this.sentenceStart, position, 12).map((record) => record.words[record.words.length - 1]!));
    const wanted = emptyDescription();
    if (np.titleText !== null) describe(wanted, np.titleText);
    if (np.head !== null && np.head !== 'year-old') wanted.words.add(np.head);
    const excluded = np.gender === 'male' ? 'female' : np.gender === 'female' ? 'male' : null;
    const score = (name: string, titles: ReadonlySet<string>): number => {
      const known = this.names.descriptionOf(name);
      if (np.age != null && known?.age != null && known.age !== np.age) return -1;
      let points = np.age != null && known?.age === np.age ? 4 : 0;
      for (const word of wanted.words) {
        if (titles.has(word) || known?.words.has(word)) points += wanted.proper.has(word) ? 2 : 1;
      }
      return points;
    };
    let best: Entity | null = null;
    let bestScore = -1;
    for (const entity of this.recent) {
      if (entity === this.unnamed) {
        if (bestScore < 0) [best, bestScore] = [entity, 0];
        continue;
      }
      if (entity.kind !== 'person' || (excluded !== null && entity.gender === excluded)) continue;
      const points = score(entity.name, entity.titles);
      if (points === 0 && namedHere.has(lastWord(entity.name))) continue;
      if (points > bestScore) [best, bestScore] = [entity, points];
    }
    const seen = new Set<string>();
    for (const entity of this.recent) if (entity.kind === 'person') seen.add(lastWord(entity.name));
    let named: NameRecord | null = null;
    for (const record of this.names.recentBefore(position, 40)) {
      if (record.org || record.words.length < 2 || seen.has(record.words[record.words.length - 1]!)) continue;
      const points = score(record.name, this.names.titlesOf(record.name));
      if (points > Math.max(bestScore, 0)) [named, bestScore] = [record, points];
    }
    if (named === null && bestScore <= 0 && previousSubject !== null && previousSubject.type === 'name' && !previousSubject.org) {
      const subject = this.named(previousSubject);
      if (subject.kind === 'person' && (excluded === null || subject.gender !== excluded) && !namedHere.has(lastWord(subject.name))) return subject;
    }
    if (named === null && best === null) named = this.namedAfter(np, position);
    if (named === null) return best !== null && this.isPlaceholder(best) ? null : best;
    const entity = this.entity(this.names.canonical(named.name).name, 'person');
    entity.printed.add(named.name);
    return entity;
  }

  /** The body "the union" or "the agency" stands for when the article names it only after (within 600 characters). */
  private bodyNamedAfter(bodies: ReadonlySet<string>, position: number): Entity | null {
    const record = this.names.between(position, position + 600, 12).find((candidate) => candidate.org && candidate.words.length > 1 && bodies.has(candidate.words.at(-1)!));
    if (record === undefined) return null;
    const entity = this.entity(this.names.canonical(record.name).name, 'organization');
    entity.printed.add(record.name);
    return entity;
  }

  /**
   * The person a description names before the article prints the name, when nobody spoke before it: "the study’s
   * author asserted …" and a few sentences on "Study author Carolyn Snyder"; only a person whose printed title or
   * appositive holds the description's head, among the next few names (within 600 characters), else null.
   */
  private namedAfter(np: NounPhrase, position: number): NameRecord | null {
    const head = np.head;
    if (head === null || np.determiner !== 'the' || !personRoleHeads.has(head)) return null;
    for (const record of this.names.between(position, position + 600, 12)) {
      if (record.org || record.words.length < 2) continue;
      const known = this.names.descriptionOf(record.name);
      if (known?.words.has(head) || this.names.titlesOf(record.name).has(head)) return record;
    }
    return null;
  }

  /**
   * Stands in the list of recent speakers for a definite description nobody could be matched to ("the judge"), so
   * that the same description or a "he" later means that unknown person, not someone named earlier.
   */
  private placeholder(np: NounPhrase): Entity {
    const key = `unresolved:${np.head}`;
    let entity = this.placeholders.get(key);
    if (entity === undefined) {
      entity = { key, name: '', kind: 'person', gender: np.gender, titles: new Set([np.head!, ...np.titles]), role: null, printed: new Set() };
      this.placeholders.set(key, entity);
    }
    return entity;
  }

  /**
   * Whether a first name and a title word read as a surname ("Chelsea Coach") open with a word the article printed
   * alone before it printed the full name: the word names a club or place there, and the title word its office.
   */
  private officeOfNamed(np: NounPhrase, position: number): boolean {
    const words = wordsOf(np.name!);
    if (np.org || words.length !== 2 || !surnameTitles.has(words[1]!) || !firstNameGender.has(words[0]!)) return false;
    const alone = this.names.latestBefore(position, (record) => record.words.length === 1 && record.words[0] === words[0]);
    return alone !== null && this.names.latestBefore(alone.position, (record) => endsWith(record.words, words)) === null;
  }

  private isPlaceholder(entity: Entity): boolean {
    return entity === this.unnamed || this.placeholders.get(entity.key) === entity;
  }

  resolve(unit: Unit, position: number, previousSubject: NounPhrase | null = null, previousSentence: readonly [number, number] | null = null, sentenceStart = position): Resolution {
    this.sentenceStart = sentenceStart;
    this.resolvingAt = position;
    if (unit.mode === 'inherit') {
      const entity = this.previous;
      return { entity, how: entity === null ? 'no earlier speaker to inherit' : 'inherited from the preceding attribution' };
    }
    const np = unit.speaker;
    let entity: Entity | null = null;
    let how = 'no speaker found';
    if (np !== null) {
      if (np.type === 'name' && this.officeOfNamed(np, position)) {
        how = `"${np.name}" is an office of a body named before, not a person`;
      } else if (np.type === 'name' || np.type === 'quoted') {
        entity = this.named(np);
        how = entity.name === np.name ? 'named at the cue' : `named at the cue; full name "${entity.name}" from elsewhere in the article`;
      } else if (np.type === 'pronoun') {
        entity = this.pronoun(np, position, previousSubject, previousSentence);
        how = `pronoun "${np.head}" resolved to the most recent compatible speaker`;
      } else if (np.type === 'group') {
        entity = this.earlierGroup(np, previousSubject) ?? this.spelledBody(np, position) ?? this.entity(this.groupName(np), 'group');
        if (this.citedAnonymously(np)) this.anonymous.add(entity);
        how = 'group named at the cue';
      } else if ((entity = this.representedBody(np, position)) !== null) {
        how = 'an unnamed representative, credited to the body named with them';
      } else if (isUnnamedPerson(np)) {
        this.touch(this.unnamed);
        how = 'an unnamed person';
      } else {
        entity = this.description(np, position, previousSubject);
        how = `description resolved to the most recent compatible speaker`;
        if (entity !== null && this.isPlaceholder(entity)) entity = null;
        if (entity === null && !np.org && np.determiner === 'the' && np.head !== null) this.touch(this.placeholder(np));
      }
      if (entity === null && np.type !== 'name') how = `"${np.head}" could not be resolved`;
    }
    return { entity, how };
  }

  /**
   * The group a definite bare or "same" group means: "the officials" after "Election officials rejected it" the
   * subject before, else the latest officials that spoke ("the same officials" after "three city officials said");
   * "the sources" the latest group to speak when it was cited anonymously ("two officials briefed on the plan").
   */
  private earlierGroup(np: NounPhrase, previousSubject: NounPhrase | null): Entity | null {
    if (np.determiner !== 'the' || np.head === null) return null;
    const words = wordsOf(this.groupName(np));
    if (words.length > 2 || (words.length === 2 && words[0] !== 'same') || words.at(-1) !== np.head) return null;
    if (anaphoricSourceHeads.has(np.head)) {
      const group = this.latest((entity) => entity.kind === 'group');
      return group !== null && sourceGroupHeads.has(lastWord(group.name)) && (anaphoricSourceHeads.has(lastWord(group.name)) || this.anonymous.has(group)) ? group : null;
    }
    if (previousSubject !== null && (previousSubject.type === 'group' || (previousSubject.type === 'name' && !previousSubject.org)) && previousSubject.start !== np.start && lastWord(this.groupName(previousSubject)) === np.head) {
      return this.entity(this.groupName(previousSubject), 'group');
    }
    return this.latest((entity) => entity.kind === 'group' && lastWord(entity.name) === np.head);
  }

  /** Whether a group is cited without names before its cue: "officials with knowledge of …", "aides who asked not to be named". */
  private citedAnonymously(np: NounPhrase): boolean {
    const after = this.text.slice(np.nameEnd, np.nameEnd + 120).split(/[.;“”"]/u)[0]!;
    const words = wordsOf(after);
    const cue = words.findIndex((word) => cueForms.has(word));
    return words.slice(0, cue < 0 ? words.length : cue).some((word) => anonymityWords.has(word));
  }

  /**
   * The public body whose name is a group's lower-case modifiers and one body word, printed within 600 characters:
   * "coastal safety officials" near the Coastal Safety Board; null for one modifier ("port officials"), a body of
   * another kind ("local government officials" near the Local Government Association) or a longer name ("… Agency of
   * Danvik", "City Council Employees Union").
   */
  private spelledBody(np: NounPhrase, position: number): Entity | null {
    const words = wordsOf(this.groupName(np));
    const modifiers = words.slice(0, -1);
    if (modifiers.length < 2 || !representativeHeads.has(words.at(-1)!.replace(/s$/u, '')) || /\p{Lu}/u.test(this.groupName(np))) return null;
    const record = this.names.between(position - 600, position + 600, 24).find((candidate) => candidate.org && candidate.words.length === modifiers.length + 1 && publicBodyHeads.has(candidate.words.at(-1)!) && startsWith(candidate.words, modifiers));
    if (record === undefined) return null;
    const entity = this.entity(this.names.canonical(record.name).name, 'organization');
    entity.printed.add(record.name);
    return entity;
  }

  private groupName(np: NounPhrase): string {
    return this.text
      .slice(np.nameStart, np.nameEnd)
      .replace(/^(?:the|a|an|some|many|several|two|three|other|both|his|her|their|its|our)\s+/i, '')
      .replace(/['’]s$/u, '');
  }

  settle(entity: Entity | null): void {
    if (entity !== null) this.touch(entity);
    this.previous = entity;
    this.previousAt = this.resolvingAt;
  }
}
