import type { SpeakerKind } from '../schema/vocabulary.js';
import type { Unit } from './frames.js';
import { genericOrganizationHeads, organizationSuffixes, organizationWords, personRoleHeads } from './lexicon.js';
import { bare, classifyPhrase, isNameToken, type NounPhrase } from './phrases.js';
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

const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady']);

function wordsOf(name: string): string[] {
  return name
    .split(/\s+/)
    .map((word) => bare(word.toLowerCase()).normalize('NFD').replace(/\p{M}/gu, ''))
    .filter((word) => word.length > 0);
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

  constructor(tokens: readonly Token[], text: string, sentences: readonly Sentence[]) {
    for (const sentence of sentences) {
      let i = sentence.lo;
      while (i < sentence.hi) {
        if (!isNameToken(tokens[i])) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < sentence.hi && j - i < 10 && (isNameToken(tokens[j]) || (['of', 'de', 'van', 'von', 'al', 'bin'].includes(tokens[j]!.lower) && isNameToken(tokens[j + 1])))) {
          if (/['’]s$/u.test(tokens[j - 1]!.text) && j - 1 > i) break;
          j++;
        }
        const start = i > sentence.lo && tokens[i - 1]!.kind === 'word' && tokens[i - 1]!.lower === 'the' ? i - 1 : i;
        const np = classifyPhrase(tokens, text, start, j);
        if (np !== null && np.type === 'name' && np.name !== null) this.add(np, tokens[i]!.start);
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
    if (np.titles.length > 0) {
      const titles = this.titlesByLast.get(last) ?? new Set<string>();
      for (const title of np.titles) titles.add(title);
      this.titlesByLast.set(last, titles);
    }
    for (const [map, key] of [[this.byLast, words[words.length - 1]!], [this.byFirst, words[0]!]] as const) {
      const best = map.get(key);
      if (best === undefined || best.words.length < words.length) map.set(key, record);
    }
  }

  /** The fullest form of `name` printed in the article: "Pashinyan" → "Nikol Pashinyan", "Moderna" → "Moderna Inc.". */
  canonical(name: string): { name: string; org: boolean } {
    const words = wordsOf(name);
    if (words.length === 0) return { name, org: false };
    const suffix = this.byLast.get(words[words.length - 1]!);
    if (suffix !== undefined && suffix.words.length > words.length && endsWith(suffix.words, words)) return { name: suffix.name, org: suffix.org };
    const prefix = this.byFirst.get(words[0]!);
    if (prefix !== undefined && prefix.words.length > words.length && startsWith(prefix.words, words) && prefix.strongOrg) {
      return { name: prefix.name, org: true };
    }
    const same = this.byLast.get(words[words.length - 1]!);
    return { name, org: same !== undefined && endsWith(same.words, words) ? same.org : false };
  }

  /** Titles printed before any name ending like `name` ("Mayor Linda Okafor" gives Okafor "mayor"). */
  titlesOf(name: string): ReadonlySet<string> {
    const words = wordsOf(name);
    return this.titlesByLast.get(words[words.length - 1] ?? '') ?? new Set();
  }

  /** The latest name before `position` that passes `accept`. */
  latestBefore(position: number, accept: (record: NameRecord) => boolean): NameRecord | null {
    let low = 0;
    let high = this.records.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.records[mid]!.position < position) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0 && low - i <= 400; i--) if (accept(this.records[i]!)) return this.records[i]!;
    return null;
  }
}

/** Resolves speaker mentions to entities in document order: names, pronouns, descriptions, inherited speakers. */
export class SpeakerResolver {
  private readonly entities = new Map<string, Entity>();
  private recent: Entity[] = [];
  private previous: Entity | null = null;

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
      entity = { key, name, kind, gender: null, titles: new Set(), role: null, printed: new Set() };
      this.entities.set(key, entity);
    }
    return entity;
  }

  private named(np: NounPhrase): Entity {
    const canonical = this.names.canonical(np.name!);
    const single = wordsOf(canonical.name).length === 1;
    const org = np.type === 'quoted' || np.org || canonical.org || (single && np.titles.length === 0 && np.gender === null);
    const entity = this.entity(canonical.name, org ? 'organization' : 'person');
    entity.printed.add(np.name!);
    for (const title of [...np.titles, ...(org ? [] : this.names.titlesOf(canonical.name))]) entity.titles.add(title);
    if (np.gender !== null) entity.gender = np.gender;
    if (entity.role === null && np.titleText !== null && np.titles.some((title) => !honorifics.has(title))) entity.role = np.titleText;
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

  private pronoun(np: NounPhrase, position: number, previousSubject: NounPhrase | null): Entity | null {
    const head = ({ him: 'he', her: 'she', them: 'they' } as Record<string, string>)[np.head!] ?? np.head!;
    if (head === 'he' || head === 'she') {
      const excluded = head === 'he' ? 'female' : 'male';
      const subject = this.subjectEntity(previousSubject, position);
      const found =
        (subject !== null && subject.kind === 'person' && subject.gender !== excluded ? subject : null) ??
        this.latest((entity) => entity.kind === 'person' && entity.gender !== excluded) ??
        this.fromNameBefore(position, (record) => !record.org && record.words.length > 1, 'person');
      if (found !== null && found.gender === null) found.gender = head === 'he' ? 'male' : 'female';
      return found;
    }
    if (head === 'they') {
      const group = this.groupBefore(np);
      return this.latest((entity) => entity.kind === 'group') ?? (group === null ? null : this.entity(this.groupName(group), 'group')) ?? this.latest((entity) => entity.kind !== 'person');
    }
    if (head === 'it') return this.latest((entity) => entity.kind === 'organization');
    return null;
  }

  private description(np: NounPhrase, position: number): Entity | null {
    const head = np.head!;
    if (np.anonymous || ['a', 'an', 'another', 'one'].includes(np.determiner ?? '')) return null;
    if (np.org) {
      const matches = (name: string) => wordsOf(name).includes(head);
      const generic = genericOrganizationHeads.has(head);
      return (
        this.latest((entity) => entity.kind === 'organization' && matches(entity.name)) ??
        (generic ? this.latest((entity) => entity.kind === 'organization') : null) ??
        this.fromNameBefore(position, (record) => matches(record.name), 'organization') ??
        (generic ? this.fromNameBefore(position, (record) => record.strongOrg, 'organization') : null) ??
        (np.determiner === 'the' && !generic ? this.entity(this.groupName(np), 'organization') : null)
      );
    }
    if (!personRoleHeads.has(head) && np.titles.length === 0) return null;
    return (
      this.latest((entity) => entity.kind === 'person' && entity.titles.has(head)) ??
      this.latest((entity) => entity.kind === 'person') ??
      this.fromNameBefore(position, (record) => !record.org && record.words.length > 1, 'person')
    );
  }

  resolve(unit: Unit, position: number, previousSubject: NounPhrase | null = null): Resolution {
    if (unit.mode === 'inherit') {
      const entity = this.previous;
      return { entity, how: entity === null ? 'no earlier speaker to inherit' : 'inherited from the preceding attribution' };
    }
    const np = unit.speaker;
    let entity: Entity | null = null;
    let how = 'no speaker found';
    if (np !== null) {
      if (np.type === 'name' || np.type === 'quoted') {
        entity = this.named(np);
        how = entity.name === np.name ? 'named at the cue' : `named at the cue; full name "${entity.name}" from elsewhere in the article`;
      } else if (np.type === 'pronoun') {
        entity = this.pronoun(np, position, previousSubject);
        how = `pronoun "${np.head}" resolved to the most recent compatible speaker`;
      } else if (np.type === 'group') {
        entity = this.entity(this.groupName(np), 'group');
        how = 'group named at the cue';
      } else if (np.anonymous || ['a', 'an', 'another', 'one'].includes(np.determiner ?? '')) {
        how = 'an unnamed person';
      } else {
        entity = this.description(np, position);
        how = `description resolved to the most recent compatible speaker`;
      }
      if (entity === null && np.type !== 'name') how = `"${np.head}" could not be resolved`;
    }
    return { entity, how };
  }

  private groupName(np: NounPhrase): string {
    return this.text.slice(np.nameStart, np.nameEnd).replace(/^(?:the|a|an|some|many|several|two|three|other|both)\s+/i, '');
  }

  settle(entity: Entity | null): void {
    if (entity !== null) this.touch(entity);
    this.previous = entity;
  }
}
