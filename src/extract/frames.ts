import type { QuoteKind } from '../schema/vocabulary.js';
import { confidences } from './confidence.js';
import { constructions, type CueSite } from './constructions.js';
import {
  adverbsAndAuxiliaries,
  affiliationPrepositions,
  asideAdjectives,
  asideOpeners,
  attachingPrepositions,
  baseFormLemmas,
  blockers,
  clauseAuxiliaries,
  cueForms,
  determiners,
  documentHeads,
  functionWords,
  gerundComplement,
  groupHeads,
  monthWords,
  namePartsLikeCues,
  organizationHeads,
  invertibleLemmas,
  nonSources,
  passiveAuxiliaries,
  prepositions,
  relativeTimeAdverbs,
  speechFrameNouns,
  timeWords,
  issuedDocuments,
  issueVerbs,
  recipientNouns,
  irregularPasts,
  firstNameGender,
  subordinators,
  warningLemmas,
  clauseOpeners,
  commentNouns,
  connectives,
  notAdverbs,
  personRoleHeads,
  personTitles,
  placePrepositions,
  postnominalModifiers,
  subjectPronouns,
  timeLeaders,
  timeNouns,
  weekdays,
  type CueForm,
} from './lexicon.js';
import { bare, isNameToken, isPossessive, isPunct, isWord, phraseAfter, phraseBefore, recipientEnd, type NounPhrase } from './phrases.js';
import type { Sentence, Token } from './tokens.js';

export type SpeakerMode = 'np' | 'inherit' | 'none';

export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly segments: ReadonlyArray<readonly [number, number]>;
  readonly cue: readonly [number, number] | null;
  readonly speaker: NounPhrase | null;
  readonly mode: SpeakerMode;
  readonly confidence: number;
  readonly rule: string;
  readonly paragraph: number;
}

export interface Frame {
  readonly cueStart: number;
  readonly cueEnd: number;
  readonly phraseStart: number;
  readonly after: number;
  speaker: NounPhrase | null;
  mode: 'np' | 'inherit' | 'subject' | 'coord' | 'unknown';
  readonly forward: number | null;
  readonly backward: readonly [number, number] | null;
  readonly rule: string;
  /** Where forward content must end at the latest, when the construction knows it (a fronted phrase before its subject). */
  readonly until?: number;
}

export interface FiniteParts {
  readonly cueEnd: number;
  readonly subject: Subject | null;
  readonly forward: number | null;
  /** The cue's start before any adverbs and auxiliaries ("has also said"). */
  readonly bare: number;
}

export interface Subject {
  readonly np: NounPhrase | null;
  readonly phraseStart: number;
  readonly coordinated: boolean;
}


const sayForm = cueForms.get('saying')!;
const verbish = /(?:ed|s)$/;

export class FrameFinder {
  private readonly wordsBefore: Uint32Array;
  private readonly quotesBefore: Uint32Array;

  constructor(
    readonly tokens: readonly Token[],
    readonly text: string,
  ) {
    this.wordsBefore = new Uint32Array(tokens.length + 1);
    this.quotesBefore = new Uint32Array(tokens.length + 1);
    tokens.forEach((token, i) => {
      this.wordsBefore[i + 1] = this.wordsBefore[i]! + (token.kind === 'punct' ? 0 : 1);
      this.quotesBefore[i + 1] = this.quotesBefore[i]! + (token.kind === 'quote' ? 1 : 0);
    });
  }

  words(from: number, to: number): number {
    return to <= from ? 0 : this.wordsBefore[to]! - this.wordsBefore[from]!;
  }

  private clauseLike(j: number, hi: number): boolean {
    const token = this.tokens[j];
    if (token === undefined || j >= hi || token.kind !== 'word') return token?.kind === 'quote';
    if (isWord(token, 'around', 'about', 'over', 'nearly', 'almost', 'roughly', 'some') && /^\p{N}/u.test(this.tokens[j + 1]?.text ?? '')) return this.clauseLike(j + 1, hi);
    if (isWord(token, 'nothing', 'nobody') && this.verbWithin(j + 1, Math.min(hi, j + 4))) return true;
    if (prepositions.has(token.lower) || ['and', 'but', 'or', 'so', 'nothing', 'goodbye', 'hello', 'thanks'].includes(token.lower)) return false;
    if (relativeTimeAdverbs.has(token.lower) && isWord(this.tokens[j + 1], 'after', 'before')) return false;
    if ((subjectPronouns.has(token.lower) || (groupHeads.has(token.lower) && !token.cap)) && this.tokens[j + 1]?.kind === 'quote' && j + 1 < hi) return true;
    if (this.words(j, hi) < 3) return false;
    if (subjectPronouns.has(token.lower) && this.tokens[j + 1]?.kind === 'word' && !functionWords.has(this.tokens[j + 1]!.lower)) return true;
    for (let m = j; m < Math.min(hi, j + 20); m++) {
      const current = this.tokens[m]!;
      if (current.kind === 'quote') return true;
      if (current.kind === 'word' && m > j && (clauseAuxiliaries.has(current.lower) || verbish.test(current.lower) || irregularPasts.has(current.lower))) return true;
    }
    return false;
  }

  /** A phrase that opens with a preposition and holds no verb, fronted before its clause: "For the first time ever", "In late April". */
  private frontedPhrase(from: number, to: number): boolean {
    const first = this.tokens[from]!;
    if (first.kind !== 'word' || to - from > 12 || !(prepositions.has(first.lower) || first.lower === 'according')) return false;
    for (let m = from + 1; m < to; m++) {
      const current = this.tokens[m]!;
      if (this.participleModifier(m)) continue;
      if (current.kind === 'word' && (clauseAuxiliaries.has(current.lower) || (!current.cap && /\p{Ll}{2,}(?:ed|s)$/u.test(current.text) && !functionWords.has(current.lower)))) return false;
    }
    return true;
  }

  /** A past participle after a noun and before a preposition, modifying the noun: "a video posted on social media". */
  private participleModifier(m: number): boolean {
    const token = this.tokens[m]!;
    const previous = this.tokens[m - 1];
    const next = this.tokens[m + 1];
    return (
      token.kind === 'word' && !token.cap && /\p{Ll}{2,}ed$/u.test(token.text) && previous?.kind === 'word' && !previous.cap && !functionWords.has(previous.lower) &&
      next?.kind === 'word' && prepositions.has(next.lower)
    );
  }

  /** A finite verb among tokens [from, to), past a quoted word: "nothing “unusual” happened", "nothing had changed". */
  private verbWithin(from: number, to: number): boolean {
    for (let m = from; m < to; m++) {
      const current = this.tokens[m]!;
      if (current.kind === 'word' && prepositions.has(current.lower)) return false;
      if (current.kind === 'word' && (clauseAuxiliaries.has(current.lower) || /\p{Ll}{3,}ed$/u.test(current.text))) return true;
    }
    return false;
  }

  forwardContent(j: number, hi: number, form: CueForm, afterContent = false): number | null {
    const token = this.tokens[j];
    if (token === undefined || j >= hi) return null;
    if (isPunct(token, ':')) return j + 1 < hi ? j + 1 : null;
    if (isPunct(token, ',') && this.tokens[j + 1]?.kind === 'quote' && j + 1 < hi) return j + 1;
    if (token.kind === 'quote') return j;
    if (isWord(token, 'that')) return j + 1 < hi ? j + 1 : null;
    const approximate = isWord(token, 'around', 'about', 'over', 'nearly', 'almost', 'roughly', 'some') && /^\p{N}/u.test(this.tokens[j + 1]?.text ?? '');
    const leadsIn = isPunct(token, ',') || (token.kind === 'word' && prepositions.has(token.lower) && token.lower !== 'as' && !approximate);
    if (leadsIn) {
      for (let m = j + 1; m < Math.min(hi, j + 16); m++) {
        const current = this.tokens[m]!;
        const topic = isWord(token, 'of', 'about') && warningLemmas.has(form.lemma);
        if (isPunct(current, ',') && m > j + 1 && token.kind === 'word' && !topic && !afterContent && this.finiteClauseAt(m + 1, hi)) return m + 1;
        if (current.kind === 'quote') return isPunct(this.tokens[m - 1], ',:') || (m === j + 1 && topic) ? m : null;
        if (isWord(current, 'that')) return m + 1 < hi && !topic ? m + 1 : null;
        if (isPunct(current, ':')) return m + 1 < hi ? m + 1 : null;
        if (current.kind === 'word' && cueForms.has(current.lower) && !isWord(this.tokens[m - 1], ...determiners)) break;
      }
      if (isWord(token, 'on') && isWord(this.tokens[j + 1], ...weekdays) && !afterContent) {
        const day = this.adverbialsAfter(j + 1, hi);
        if (isWord(this.tokens[day], 'that')) return day + 1 < hi ? day + 1 : null;
        if (this.subjectAndAuxiliary(day, hi)) return day;
      }
      return form.bareClause && token.kind === 'word' && !afterContent ? this.clauseAfterPlace(j, hi) : null;
    }
    const after = this.adverbialsAfter(j, hi);
    if (after > j && isWord(this.tokens[after], 'that')) return after + 1 < hi ? after + 1 : null;
    const m = timeWords.has(token.lower) || isWord(token, ...timeLeaders) ? after : j;
    if (form.bareClause && this.clauseLike(m, hi)) return m;
    return this.subjectAndAuxiliary(m, hi) ? m : null;
  }

  /**
   * A clause that opens with its subject and an auxiliary, which any reporting verb may take without "that":
   * "confirmed it would close", "announced the plant was closing", "estimated the damage would reach".
   */
  private subjectAndAuxiliary(j: number, hi: number): boolean {
    const first = this.tokens[j];
    if (first === undefined || first.kind !== 'word' || this.words(j, hi) < 3) return false;
    let m = j + 1;
    const verb = this.tokens[m];
    if (/^(?:i|you|he|she|it|we|they)['’](?:ll|d|re|ve|m)$/u.test(first.lower) && verb?.kind === 'word' && !verb.cap && !functionWords.has(verb.lower)) return true;
    if (subjectPronouns.has(first.lower) && verb?.kind === 'word' && !verb.cap && (/\p{Ll}{3,}ed$/u.test(verb.text) || irregularPasts.has(verb.lower))) return true;
    if (!subjectPronouns.has(first.lower) && !isWord(first, 'it', 'there')) {
      if (!isWord(first, 'the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'all', 'both')) return false;
      if (isWord(first, 'all', 'both') && isWord(this.tokens[m], 'the', 'these', 'those', 'its', 'their', 'his', 'her', 'our')) m++;
      const opened = m;
      while (m < Math.min(hi, j + 3) && this.tokens[m]!.kind === 'word' && !this.tokens[m]!.cap && !functionWords.has(this.tokens[m]!.lower) && !clauseAuxiliaries.has(this.tokens[m]!.lower)) m++;
      if (m === opened) return this.longSubjectAndAuxiliary(j, hi);
    }
    return (m < hi && this.tokens[m]!.kind === 'word' && clauseAuxiliaries.has(this.tokens[m]!.lower)) || this.longSubjectAndAuxiliary(j, hi);
  }

  /**
   * A longer definite subject without a verb before the auxiliary: "maintained the Rail, Tram and Bus Union’s ban on
   * driving the buses was a stunt", "confirmed the closure of the Leeds plant would cost jobs"; at most 14 tokens of
   * names, nouns and "of"/"on"/"in"/"for" phrases, a comma only inside a list of capitalised names.
   */
  private longSubjectAndAuxiliary(j: number, hi: number): boolean {
    if (!isWord(this.tokens[j], 'the', 'its', 'their', 'his', 'her', 'our')) return false;
    for (let m = j + 1; m < Math.min(hi, j + 15); m++) {
      const token = this.tokens[m]!;
      const previous = this.tokens[m - 1]!;
      if ((isPunct(token, ',') || isWord(token, 'and', '&')) && previous.cap && this.tokens[m + 1]?.cap === true) continue;
      if (token.kind !== 'word') return false;
      if (clauseAuxiliaries.has(token.lower)) return m > j + 2 && m + 1 < hi;
      if (cueForms.has(token.lower) || (/\p{Ll}{2,}ed$/u.test(token.text) && !determiners.has(previous.lower))) return false;
      if (functionWords.has(token.lower) && !['of', 'on', 'in', 'for', 'the', 'a', 'an', 'its', 'their'].includes(token.lower)) return false;
    }
    return false;
  }

  /** Whether a clause opening with a determiner or pronoun and a finite verb within six words starts at `m`: "the government offered …". */
  private finiteClauseAt(m: number, hi: number): boolean {
    if (!isWord(this.tokens[m], ...clauseOpeners)) return false;
    for (let v = m + 1; v < Math.min(hi, m + 6); v++) {
      const word = this.tokens[v]!;
      if (word.kind !== 'word') return false;
      if (clauseAuxiliaries.has(word.lower) || /\p{Ll}ed$/u.test(word.text) || irregularPasts.has(word.lower)) return true;
    }
    return false;
  }

  /**
   * A clause after a short place or occasion phrase and a time word, without "that": "said in court Wednesday his
   * father had…", "said in a statement the company would…"; the token where the clause starts, or null.
   */
  private clauseAfterPlace(j: number, hi: number): number | null {
    for (let m = j + 2; m < Math.min(hi, j + 6); m++) {
      const token = this.tokens[m]!;
      const previous = this.tokens[m - 1]!;
      if (token.kind !== 'word' || previous.kind !== 'word' || cueForms.has(previous.lower) || clauseAuxiliaries.has(previous.lower)) return null;
      if (timeWords.has(token.lower)) continue;
      if (!(clauseOpeners.has(token.lower) || (token.cap && !isNameToken(previous)))) continue;
      for (let v = m + 1; v < Math.min(hi, m + 6); v++) {
        const word = this.tokens[v]!;
        if (word.kind === 'word' && (clauseAuxiliaries.has(word.lower) || /\p{Ll}ed$/u.test(word.text))) return m;
      }
      return null;
    }
    return null;
  }

  quoteBefore(i: number, lo: number): number | null {
    if (i - 1 >= lo && this.tokens[i - 1]!.kind === 'quote') return i - 1;
    if (i - 2 >= lo && isPunct(this.tokens[i - 1], ',') && this.tokens[i - 2]!.kind === 'quote') return i - 2;
    return null;
  }

  private asideLooksOk(from: number, to: number): boolean {
    const first = this.tokens[from];
    if (first === undefined || from >= to) return false;
    if (first.kind === 'word' && (asideOpeners.has(first.lower) || first.lower.endsWith('ing') || /^\p{N}/u.test(first.text))) return true;
    if (first.kind === 'word' && (personTitles.has(bare(first.lower)) || personRoleHeads.has(bare(first.lower))) && to - from <= 12) return true;
    if (to - from <= 12 && this.roleWithinAside(from, to)) return true;
    if (this.participleAside(from, to)) return true;
    const np = phraseAfter(this.tokens, this.text, from, to);
    return np !== null && np.end === to;
  }

  /** A role head after up to three plain modifiers at the start of an aside: "operations director at …", "public affairs manager". */
  private roleWithinAside(from: number, to: number): boolean {
    for (let m = from; m < Math.min(to, from + 4); m++) {
      const token = this.tokens[m]!;
      if (token.kind !== 'word' || functionWords.has(token.lower) || cueForms.has(token.lower) || clauseAuxiliaries.has(token.lower)) return false;
      if (m > from && personRoleHeads.has(bare(token.lower))) return true;
    }
    return false;
  }

  /**
   * A short participle or adjectival aside between a subject and its cue: "reached by phone", "visibly angry",
   * "clearly frustrated by the delay", "unavailable for comment earlier", "aged 61".
   */
  private participleAside(from: number, to: number): boolean {
    if (to - from > 8) return false;
    let i = from;
    if (this.tokens[i]?.kind === 'word' && /^\p{Ll}+ly$/u.test(this.tokens[i]!.text) && i + 1 < to) i++;
    const token = this.tokens[i]!;
    if (token.kind !== 'word' || token.cap || cueForms.has(token.lower) || adverbsAndAuxiliaries.has(token.lower)) return false;
    if (asideAdjectives.has(token.lower)) return true;
    const next = this.tokens[i + 1];
    const participle = /(?:ed|en|wn)$/u.test(token.lower) && token.lower.length > 3;
    return participle && (i + 1 === to || (next!.kind === 'word' && (prepositions.has(next!.lower) || /^\p{Ll}+ly$/u.test(next!.text))));
  }

  /** Whether token `m` is an adverb, auxiliary or time word that may stand between a subject and its cue. */
  private adverbial(m: number): boolean {
    const token = this.tokens[m];
    if (token === undefined || token.kind !== 'word' || token.cap) return false;
    return adverbsAndAuxiliaries.has(token.lower) || timeWords.has(token.lower) || (/^\p{Ll}{3,}ly$/u.test(token.text) && !notAdverbs.has(token.lower));
  }

  /** The start of the adverbials that end just before token `k`: "has also", "last week", "on Monday", "later". */
  adverbialsBefore(k: number, lo: number): number {
    let i = k;
    for (;;) {
      if (i - 1 >= lo && this.adverbial(i - 1)) i--;
      else if (i - 2 >= lo && isWord(this.tokens[i - 1], ...timeNouns) && isWord(this.tokens[i - 2], ...timeLeaders)) i -= isWord(this.tokens[i - 3], 'earlier', 'later') && i - 3 >= lo ? 3 : 2;
      else return i;
    }
  }

  /** The end of the adverbials that start at token `j`: "afterwards", "last week", "on Monday". */
  private adverbialsAfter(j: number, hi: number): number {
    let m = j;
    for (;;) {
      if (m < hi && (this.adverbial(m) || isWord(this.tokens[m], ...weekdays))) m++;
      else if (m + 1 < hi && isWord(this.tokens[m], ...timeLeaders) && isWord(this.tokens[m + 1], ...timeNouns)) m += 2;
      else return m;
    }
  }

  /** "an elderly grower", "a local man": an indefinite noun phrase of up to four plain words ending before `end`. */
  private unnamedBefore(end: number, lo: number): NounPhrase | null {
    if (this.tokens[end - 1]?.kind !== 'word') return null;
    for (let a = end - 2; a >= Math.max(lo, end - 5); a--) {
      const token = this.tokens[a]!;
      if (isWord(token, 'a', 'an')) {
        if (isPunct(this.tokens[a - 1], ',') && a - 1 >= lo) return null;
        const last = this.tokens[end - 1]!;
        return {
          start: a, end, type: 'description', nameStart: token.start, nameEnd: last.end, name: null, head: last.lower, titles: [], titleText: null,
          org: false, gender: null, possessive: false, determiner: token.lower, anonymous: true,
        };
      }
      if (token.kind !== 'word' || token.cap || functionWords.has(token.lower) || cueForms.has(token.lower)) return null;
    }
    return null;
  }

  subjectBefore(k: number, lo: number): Subject | null {
    const bare = this.adverbialsBefore(k, lo);
    const i = this.acronymAfterName(bare, lo) ? bare - 3 : bare;
    const found = phraseBefore(this.tokens, this.text, i, lo) ?? this.unnamedBefore(i, lo);
    const unclosed = found !== null && found.start > lo ? this.unclosedAppositive(i, lo) : null;
    if (unclosed !== null) return { np: unclosed, phraseStart: lo, coordinated: false };
    if (found !== null) {
      const np = this.withCoordinatedName(found, lo);
      const outer = np.type === 'pronoun' ? null : this.outermost(np, lo);
      const placed = np.type === 'name' && isWord(this.tokens[np.start - 1], ...placePrepositions, ...attachingPrepositions);
      const modified = this.modifiedBy(outer ?? np, lo);
      if (modified !== null) return { np: modified, phraseStart: modified.start, coordinated: false };
      if (outer === null && np.type !== 'pronoun' && (placed || isWord(this.tokens[np.start - 1], 'to')) && np.start - 1 > lo) {
        return { np: { ...np, type: 'description', name: null, org: false, anonymous: true }, phraseStart: np.start, coordinated: false };
      }
      return outer === null ? { np, phraseStart: np.start, coordinated: false } : { np: outer, phraseStart: outer.start, coordinated: false };
    }
    if (isWord(this.tokens[i - 1], 'who') && isPunct(this.tokens[i - 2], ',') && i - 2 > lo) {
      const antecedent = phraseBefore(this.tokens, this.text, i - 2, lo);
      if (antecedent !== null && antecedent.type !== 'pronoun') return { np: antecedent, phraseStart: antecedent.start, coordinated: false };
    }
    if (isWord(this.tokens[i - 1], 'who') && i - 2 > lo) {
      const group = phraseBefore(this.tokens, this.text, i - 1, lo);
      if (group !== null && group.type === 'group' && group.start - 1 >= lo && isWord(this.tokens[group.start - 1], ...prepositions)) return { np: group, phraseStart: group.start, coordinated: false };
    }
    const relative = this.relativeSubject(i, lo);
    if (relative !== null) return { np: relative, phraseStart: relative.start, coordinated: false };
    for (let p = i - 1; p >= Math.max(lo, i - 6); p--) {
      const token = this.tokens[p]!;
      if (token.kind !== 'word' || cueForms.has(token.lower)) break;
      if (attachingPrepositions.has(token.lower)) {
        const attached = this.attachedTo(p + 1, i, lo);
        const outer = attached === null ? null : (this.outermost(attached, lo) ?? attached);
        if (outer !== null) return { np: outer, phraseStart: outer.start, coordinated: false };
        break;
      }
    }
    if (isWord(this.tokens[i - 1], 'and', 'but') && i - 1 >= lo) {
      return { np: null, phraseStart: isPunct(this.tokens[i - 2], ',') ? i - 2 : i - 1, coordinated: true };
    }
    if (isPunct(this.tokens[i - 1], '—–')) return this.subjectBeforeDashes(i - 1, lo);
    if (!isPunct(this.tokens[i - 1], ',')) return null;
    let comma = i - 1;
    for (let attempt = 0; attempt < 3; attempt++) {
      let a = comma - 1;
      while (a >= lo && !isPunct(this.tokens[a], ',') && this.tokens[a]!.kind !== 'quote' && comma - a < 30) a--;
      if (a < lo || !isPunct(this.tokens[a], ',') || !this.asideLooksOk(a + 1, comma)) return null;
      if (isWord(this.tokens[a - 1], 'and', 'but', 'yet')) {
        return { np: null, phraseStart: isPunct(this.tokens[a - 2], ',') ? a - 2 : a - 1, coordinated: true };
      }
      const before = phraseBefore(this.tokens, this.text, a, lo);
      if (before === null) {
        const apposition = phraseAfter(this.tokens, this.text, a + 1, comma);
        const opening = this.describingOpener(a, lo);
        const firstName = apposition !== null && !(apposition.name ?? '').includes(' ') && firstNameGender.has((apposition.name ?? '').toLowerCase());
        if (opening !== null && apposition !== null && apposition.end === comma && apposition.type === 'name' && !apposition.org && ((apposition.name ?? '').includes(' ') || firstName)) {
          return { np: apposition, phraseStart: opening, coordinated: false };
        }
      }
      if (before !== null) {
        const apposition = phraseAfter(this.tokens, this.text, a + 1, comma);
        const person = apposition !== null && apposition.end === comma && apposition.type === 'name' && !apposition.org;
        const governed = before.start > lo && isWord(this.tokens[before.start - 1], ...attachingPrepositions);
        if (person && governed && (apposition.name ?? '').includes(' ')) return { np: apposition, phraseStart: before.start, coordinated: false };
        const outer = governed ? this.attachedTo(before.start, before.end, lo, before) : null;
        if (outer !== null && outer.type === 'name' && !outer.org) return { np: outer, phraseStart: outer.start, coordinated: false };
        if (outer !== null && before.type === 'name' && !person && isWord(this.tokens[before.start - 1], ...placePrepositions)) return { np: outer, phraseStart: outer.start, coordinated: false };
        if (before.type === 'name' && !(person && (apposition.name ?? '').includes(' ')) && isWord(this.tokens[before.start - 1], ...placePrepositions) && before.start - 1 > lo) {
          return { np: { ...before, type: 'description', name: null, org: false, anonymous: true }, phraseStart: before.start, coordinated: false };
        }
        if (before.start > lo && this.tokens[before.start - 1]!.kind === 'word') {
          let opening = before.start - 1;
          while (opening > lo && !isPunct(this.tokens[opening], ',') && before.start - opening < 20) opening--;
          if (isPunct(this.tokens[opening], ',') && this.asideLooksOk(opening + 1, a)) {
            comma = a;
            continue;
          }
        }
        const named = apposition !== null && apposition.end === comma && apposition.type === 'name' && before.type !== 'name';
        const subject = named ? apposition : this.withCoordinatedName(before, lo);
        return { np: subject, phraseStart: Math.min(before.start, subject.start), coordinated: false };
      }
      comma = a;
    }
    return null;
  }

  /**
   * The noun an -ing modifier hangs on when the phrase before the cue is its object: "The union representing pilots
   * at Acme says" (the union speaks, not Acme or the pilots); null when no description, group or organisation opens
   * the subject before the modifier.
   */
  private modifiedBy(np: NounPhrase, lo: number): NounPhrase | null {
    if (np.type !== 'group' && np.type !== 'description') return null;
    const modifier = this.tokens[np.start - 1];
    if (np.start - 1 <= lo || modifier === undefined || modifier.kind !== 'word' || modifier.cap || !/\p{Ll}{3,}ing$/u.test(modifier.text) || cueForms.has(modifier.lower)) return null;
    const head = phraseBefore(this.tokens, this.text, np.start - 1, lo);
    const opens = head !== null && (head.start === lo || isPunct(this.tokens[head.start - 1], ',;:—–()'));
    if (head === null || !opens || !(head.type === 'description' || head.type === 'group' || (head.type === 'name' && head.org))) return null;
    return head;
  }

  /**
   * A person named at the start of the sentence whose appositive role is never closed by a comma: "Gavin Lee, chief
   * of the Eastland Centre for Ocean Research called …" is Gavin Lee; the role holds no verb, comma or quotation
   * and is at most 14 tokens; null otherwise.
   */
  private unclosedAppositive(i: number, lo: number): NounPhrase | null {
    const np = phraseAfter(this.tokens, this.text, lo, i);
    if (np === null || np.type !== 'name' || np.org || !(np.name ?? '').includes(' ') || !isPunct(this.tokens[np.end], ',') || i - np.end > 15) return null;
    const role = this.tokens[np.end + 1];
    if (role === undefined || role.kind !== 'word' || !(personRoleHeads.has(bare(role.lower)) || personTitles.has(bare(role.lower)))) return null;
    for (let m = np.end + 2; m < i; m++) {
      const token = this.tokens[m]!;
      if (token.kind !== 'word' || clauseAuxiliaries.has(token.lower) || cueForms.has(token.lower) || /\p{Ll}{2,}ed$/u.test(token.text)) return null;
    }
    return np;
  }

  /**
   * The comma that closes a fronted subordinate clause holding the cue, before the main clause: "While the author
   * asserted that A, critics called it …" ends A at the comma (the main clause has a subject and a finite verb).
   */
  private subordinateEnd(frame: Frame, lo: number, end: number): number {
    if (frame.forward === null || frame.phraseStart !== lo + 1 || !isWord(this.tokens[lo], ...subordinators)) return end;
    for (let m = frame.forward + 2; m < Math.min(end, frame.forward + 60); m++) {
      if (!isPunct(this.tokens[m], ',') || isWord(this.tokens[m + 1], 'and', 'but', 'or', 'which', 'who')) continue;
      const np = phraseAfter(this.tokens, this.text, m + 1, end);
      const verb = np === null ? undefined : this.tokens[np.end];
      if (verb !== undefined && np!.end < end && verb.kind === 'word' && !verb.cap && (clauseAuxiliaries.has(verb.lower) || /\p{Ll}{2,}ed$/u.test(verb.text) || irregularPasts.has(verb.lower) || cueForms.has(verb.lower))) return m;
    }
    return end;
  }

  /** The comma closing a relative clause the cue sits in: "Delta Bank, whose chief Ana Berg said she would go, posted …". */
  private relativeClauseEnd(frame: Frame, end: number): number {
    const opener = isWord(this.tokens[frame.cueStart - 1], 'who') ? frame.cueStart - 1 : frame.phraseStart - 1;
    if (!isWord(this.tokens[opener], 'whose', 'where', 'who', 'which', 'when') || !isPunct(this.tokens[opener - 1], ',') || frame.forward === null) return end;
    for (let m = frame.forward; m < Math.min(end, frame.forward + 60); m++) if (isPunct(this.tokens[m], ',') && !this.listComma(m, end)) return m;
    return end;
  }

  /** A comma between items of a list of plain words: "salt, sugar, flour and yeast" (another comma or "and"/"or" within three words, no verb between). */
  private listComma(m: number, end: number): boolean {
    if (this.tokens[m - 1]?.kind !== 'word') return false;
    for (let n = m + 1; n < Math.min(end, m + 5); n++) {
      const token = this.tokens[n]!;
      if (n > m + 1 && (isPunct(token, ',') || isWord(token, 'and', 'or'))) return true;
      if (token.kind !== 'word' || clauseAuxiliaries.has(token.lower) || cueForms.has(token.lower) || /\p{Ll}{2,}(?:ed|ing)$/u.test(token.text) || irregularPasts.has(token.lower) || (functionWords.has(token.lower) && !determiners.has(token.lower))) return false;
    }
    return false;
  }

  /** The subject before an aside set off by dashes that ends at token `dash`: "Mayor X – who misnamed the bridge – says". */
  private subjectBeforeDashes(dash: number, lo: number): Subject | null {
    let a = dash - 1;
    while (a > lo && !isPunct(this.tokens[a], '—–,') && this.tokens[a]!.kind !== 'quote' && dash - a < 30) a--;
    if (a <= lo || this.tokens[a]!.text !== this.tokens[dash]!.text || !this.asideLooksOk(a + 1, dash)) return null;
    const before = phraseBefore(this.tokens, this.text, a, lo);
    if (before === null || before.type === 'pronoun' || before.start !== lo) return null;
    return { np: before, phraseStart: before.start, coordinated: false };
  }

  /** "the Health Agency (HA)" before token `i`: an acronym in brackets right after a name. */
  private acronymAfterName(i: number, lo: number): boolean {
    const acronym = this.tokens[i - 2];
    return i - 4 >= lo && isPunct(this.tokens[i - 1], ')') && isPunct(this.tokens[i - 3], '(') && acronym?.kind === 'word' && /^\p{Lu}[\p{Lu}\p{N}&.-]*$/u.test(acronym.text) && isNameToken(this.tokens[i - 4]);
  }

  /** The phrase a chain of prepositional phrases ends on: "parents with children at the school on Mill Lane" → parents. */
  private outermost(np: NounPhrase, lo: number): NounPhrase | null {
    let outer = this.attachedTo(np.start, np.end, lo, np);
    for (let depth = 0; outer !== null && depth < 3; depth++) {
      const further = this.attachedTo(outer.start, outer.end, lo, outer);
      if (further === null) break;
      outer = further;
    }
    if (outer !== null && outer.start - 1 > lo && isWord(this.tokens[outer.start - 1], ...attachingPrepositions)) return { ...outer, type: 'description', name: null, org: false, anonymous: true };
    return outer;
  }

  /** Where "her rival", "the club's new coach" opens the clause before the comma at `a`, described by plain words; null otherwise. */
  private describingOpener(a: number, lo: number): number | null {
    for (let p = a - 1; p >= Math.max(lo, a - 5); p--) {
      const token = this.tokens[p]!;
      if (token.kind !== 'word') return null;
      const opens = p === lo || this.tokens[p - 1]!.kind === 'quote' || isPunct(this.tokens[p - 1], ',;:—–(');
      if (p < a - 1 && (determiners.has(token.lower) || isPossessive(token))) {
        if (opens) return p;
        let owner = p;
        while (isPossessive(token) && token.cap && owner - 1 >= lo && p - owner < 4 && isNameToken(this.tokens[owner - 1])) owner--;
        if (owner < p && (owner === lo || this.tokens[owner - 1]!.kind === 'quote' || isPunct(this.tokens[owner - 1], ',;:—–('))) return owner;
        break;
      }
      if (token.cap || functionWords.has(token.lower) || cueForms.has(token.lower)) break;
    }
    return this.roleOpener(a, lo);
  }

  /**
   * Where a longer role description opens the clause before the comma at `a`: "the secretary of the union’s bus
   * division, Chris Dane, said", "… but the head of the Tram Users Group, Ann Lee, said": a determiner and a role
   * head, then "of" phrases without a verb, at most 12 tokens; null otherwise.
   */
  private roleOpener(a: number, lo: number): number | null {
    for (let p = a - 2; p >= Math.max(lo, a - 12); p--) {
      const token = this.tokens[p]!;
      const head = this.tokens[p + 1]!;
      if (token.kind !== 'word' || clauseAuxiliaries.has(token.lower) || cueForms.has(token.lower) || /\p{Ll}{2,}ed$/u.test(token.text)) return null;
      if (!isWord(token, 'the', 'a', 'an') || head.kind !== 'word' || !(personRoleHeads.has(bare(head.lower)) || personTitles.has(bare(head.lower)))) continue;
      const opens = p === lo || this.tokens[p - 1]!.kind === 'quote' || isPunct(this.tokens[p - 1], ',;:—–(') || (isWord(this.tokens[p - 1], 'but', 'and') && p - 1 > lo);
      return opens && isWord(this.tokens[p + 2], 'of', 'at', 'for') ? p : null;
    }
    return null;
  }

  /** Two people named as one subject, "Ana Berg and Ivo Dane", as a group of the two; otherwise `np`. */
  private withCoordinatedName(np: NounPhrase, lo: number): NounPhrase {
    if (np.type !== 'name' || np.org || np.possessive || !isWord(this.tokens[np.start - 1], 'and') || np.start - 1 <= lo) return np;
    let first = phraseBefore(this.tokens, this.text, np.start - 1, lo);
    if (first === null || first.type === 'pronoun' || first.possessive) return np;
    if (np.titles.length > 0 && !(first.type === 'name' && !first.org && (first.name ?? '').includes(' '))) return np;
    const opens = (phrase: NounPhrase) => phrase.start === lo || this.tokens[phrase.start - 1]!.kind === 'quote' || isPunct(this.tokens[phrase.start - 1], ',;:—–(');
    for (let items = 0; items < 8 && isPunct(this.tokens[first.start - 1], ',') && first.start - 1 > lo; items++) {
      const earlier = phraseBefore(this.tokens, this.text, first.start - 1, lo);
      if (earlier === null || earlier.type !== 'name' || earlier.possessive || !opens(earlier)) break;
      first = earlier;
    }
    if (!opens(first)) return np;
    return { ...np, start: first.start, type: 'group', nameStart: first.nameStart, name: null, head: null, titles: [], titleText: null, gender: null, determiner: null };
  }

  /** A subject with a relative clause and no commas before the cue at `i`: "a girl who received the letter said". */
  private relativeSubject(i: number, lo: number): NounPhrase | null {
    for (let p = i - 2; p >= Math.max(lo + 1, i - 12); p--) {
      const token = this.tokens[p]!;
      if (token.kind !== 'word') return null;
      if (!isWord(token, 'who', 'whose')) continue;
      const end = isPunct(this.tokens[p - 1], ',') ? p - 1 : p;
      const found = phraseBefore(this.tokens, this.text, end, lo) ?? this.unnamedBefore(end, lo);
      const np = found === null ? null : this.withCoordinatedName(found, lo);
      return np !== null && np.type !== 'pronoun' && np.start === lo ? np : null;
    }
    return null;
  }

  /**
   * The phrase that a prepositional phrase [start, end) hangs on: "a spokeswoman for the port authority" (an
   * anonymous description), "supporters of the mayor" (a group), or a named person with an affiliation, "Dr. Ana
   * Berg of the Example Institute" (the person, not the organisation).
   */
  attachedTo(phraseStart: number, end: number, lo: number, inner: NounPhrase | null = null, depth = 0): NounPhrase | null {
    let start = phraseStart;
    while (start - 1 > lo && start - phraseStart > -2 && /^\p{Ll}+ed$/u.test(this.tokens[start - 1]!.text) && !cueForms.has(this.tokens[start - 1]!.lower)) start--;
    const preposition = this.tokens[start - 1];
    if (start - 1 <= lo || preposition === undefined || preposition.kind !== 'word' || !attachingPrepositions.has(preposition.lower)) return null;
    const modified = isWord(this.tokens[start - 2], ...postnominalModifiers) && start - 2 > lo;
    if (preposition.lower === 'to' && !modified) return null;
    const outer = phraseBefore(this.tokens, this.text, modified ? start - 2 : start - 1, lo);
    if (outer === null) return null;
    if (outer.type === 'name' && !outer.org && !outer.possessive && affiliationPrepositions.has(preposition.lower) && (inner === null || inner.type === 'name' || inner.org)) {
      return { ...outer, end };
    }
    if (outer.type === 'name' && outer.org && depth < 2 && affiliationPrepositions.has(preposition.lower) && (inner === null || inner.type === 'name')) {
      const person = this.attachedTo(outer.start, end, lo, outer, depth + 1);
      if (person !== null && person.type === 'name' && !person.org) return person;
    }
    if (outer.type !== 'description' && outer.type !== 'group') return null;
    return { ...outer, end, anonymous: outer.type === 'description' && outer.determiner !== 'the' };
  }

  /** The subject a sentence opens with ("The mayor", "Berg"), after an optional conjunction or fronted phrase. */
  leadSubject(sentence: Sentence): NounPhrase | null {
    let j = sentence.lo;
    if (isWord(this.tokens[j], 'but', 'and', 'then', 'meanwhile', 'later', 'still', 'so', 'yet', 'now')) j++;
    const np = phraseAfter(this.tokens, this.text, j, sentence.hi);
    if (np !== null) return np;
    for (let m = j; m < Math.min(sentence.hi, j + 10); m++) {
      if (this.tokens[m]!.kind === 'quote') return null;
      if (isPunct(this.tokens[m], ',')) return phraseAfter(this.tokens, this.text, m + 1, sentence.hi);
    }
    return null;
  }

  subjectOfSentence(lo: number, limit: number): NounPhrase | null {
    for (let j = lo; j < Math.min(limit, lo + 60); j++) {
      const token = this.tokens[j]!;
      if (token.kind !== 'word') continue;
      if (j > lo && isWord(this.tokens[j - 1], ...prepositions)) continue;
      const np = phraseAfter(this.tokens, this.text, j, limit);
      if (np !== null && np.possessive && np.type !== 'pronoun') return this.possessedPhrase(np, j, limit);
      if (np !== null && np.type === 'name' && !np.org && isWord(this.tokens[np.end], 'and')) {
        const second = phraseAfter(this.tokens, this.text, np.end + 1, limit);
        if (second !== null && second.type === 'name' && !second.org) {
          const group = this.withCoordinatedName(second, j);
          if (group.type === 'group') return group;
        }
      }
      if (np !== null && !(np.type === 'pronoun' && !['he', 'she', 'they', 'it'].includes(np.head!))) return np;
    }
    return null;
  }

  /**
   * The whole subject when it opens with a possessive: "Dane’s bloc" (a name), "Ivo Dane’s lawyer" (a description,
   * left for resolution), never the possessor alone; null when no noun follows the possessive.
   */
  private possessedPhrase(possessor: NounPhrase, lo: number, limit: number): NounPhrase | null {
    const head = phraseAfter(this.tokens, this.text, possessor.end, limit);
    if (head === null || head.type === 'pronoun') return null;
    return phraseBefore(this.tokens, this.text, head.end, lo);
  }

  backwardContent(lo: number, phraseStart: number, allowPlain: boolean): readonly [number, number] | null {
    if (phraseStart - 1 < lo) return null;
    const last = this.tokens[phraseStart - 1]!;
    let end: number;
    if (last.kind === 'quote') end = phraseStart;
    else if (isPunct(last, ',')) end = phraseStart - 1;
    else return null;
    if (end <= lo) return null;
    const hasQuote = this.quotesBefore[end]! > this.quotesBefore[lo]!;
    if (!hasQuote && (!allowPlain || this.words(lo, end) < 3 || this.frontedPhrase(lo, end))) return null;
    return [lo, end];
  }

  /**
   * "the plaintiffs", "the tournament organisers": a definite plural noun phrase that ends at a comma or the end of
   * the sentence, read as a group source after "according to" (documents and rules excepted).
   */
  private definitePlural(start: number, hi: number): NounPhrase | null {
    if (!isWord(this.tokens[start], 'the')) return null;
    let end = start + 1;
    while (end < hi && end - start <= 4 && this.tokens[end]!.kind === 'word' && !this.tokens[end]!.cap) {
      const lower = this.tokens[end]!.lower;
      if (functionWords.has(lower) || cueForms.has(lower) || /^\p{N}/u.test(lower)) break;
      end++;
    }
    const last = this.tokens[end - 1]!;
    const boundary = this.tokens[end];
    if (end === start + 1 || !(end >= hi || isPunct(boundary, ',.;:!?…)—–'))) return null;
    if (!/[^s]s$/u.test(last.lower) || documentHeads.has(last.lower) || nonSources.has(last.lower)) return null;
    return {
      start, end, type: 'group', nameStart: this.tokens[start]!.start, nameEnd: last.end, name: null, head: last.lower, titles: [],
      titleText: null, org: false, gender: null, possessive: false, determiner: 'the',
    };
  }

  /**
   * "according to the statement": the statement's issuer named earlier ("The Health Ministry issued a statement",
   * "X said in a statement"), found as the subject of the nearest earlier verb that put out the same document.
   */
  private issuerOf(k: number, hi: number): NounPhrase | null {
    const determiner = this.tokens[k + 2];
    const noun = this.tokens[k + 3];
    if (!isWord(determiner, 'the', 'this', 'that', 'its', 'their') || noun === undefined || noun.kind !== 'word' || !issuedDocuments.has(noun.lower)) return null;
    if (k + 4 < hi && !isPunct(this.tokens[k + 4], ',.;')) return null;
    return this.issuerBefore(k, noun.lower);
  }

  /** Who put out the document `noun` last mentioned before token `k` ("X issued a statement", "X said in a statement"). */
  issuerBefore(k: number, noun: string): NounPhrase | null {
    for (let m = k - 1; m >= Math.max(0, k - 200); m--) {
      if (!isWord(this.tokens[m], noun)) continue;
      const from = this.documentSource(m - 1, this.tokens.length);
      if (from !== null && isWord(this.tokens[m - 1], 'a', 'an', 'the')) return from;
      for (let v = m - 1; v >= Math.max(0, m - 5); v--) {
        const verb = this.tokens[v]!;
        if (verb.kind !== 'word' || !(issueVerbs.has(verb.lower) || cueForms.has(verb.lower))) continue;
        const issuer = phraseBefore(this.tokens, this.text, this.adverbialsBefore(v, Math.max(0, v - 12)), Math.max(0, v - 12));
        return issuer !== null && issuer.type !== 'pronoun' ? issuer : null;
      }
    }
    return null;
  }

  /** "a statement from the health ministry", "a letter by the tenants": who issued the document, as the source. */
  documentSource(start: number, hi: number): NounPhrase | null {
    if (!isWord(this.tokens[start], 'a', 'an', 'the')) return null;
    const modifier = this.tokens[start + 1];
    const modified = modifier !== undefined && modifier.kind === 'word' && !modifier.cap && !functionWords.has(modifier.lower) && isWord(this.tokens[start + 2], ...issuedDocuments);
    const noun = modified ? start + 2 : start + 1;
    if (!isWord(this.tokens[noun], ...issuedDocuments)) return null;
    const by = isWord(this.tokens[noun + 1], ...issueVerbs) && !isWord(this.tokens[noun + 1], 'put') ? noun + 2 : noun + 1;
    if (!isWord(this.tokens[by], 'from', 'by', 'of') || (by > noun + 1 && !isWord(this.tokens[by], 'by'))) return null;
    const np = phraseAfter(this.tokens, this.text, by + 1, hi);
    return np === null || np.type === 'pronoun' ? null : np;
  }

  /** The person named after a description and a comma: "her attorney, Eric Rosen of Pike & Hale" is Eric Rosen. */
  private appositiveName(np: NounPhrase, hi: number): NounPhrase | null {
    if (np.type !== 'description' || np.org || !isPunct(this.tokens[np.end], ',')) return null;
    const name = phraseAfter(this.tokens, this.text, np.end + 1, hi);
    return name !== null && name.type === 'name' && !name.org && (name.name ?? '').includes(' ') ? name : null;
  }

  according(k: number, lo: number, hi: number): Frame | null {
    const issuer = this.issuerOf(k, hi);
    if (issuer !== null && isPunct(this.tokens[k - 1], ',')) {
      const backward = this.backwardContent(lo, k, true);
      if (backward !== null) return { cueStart: k, cueEnd: k + 2, phraseStart: k - 1, after: k + 4, speaker: issuer, mode: 'np', forward: null, backward, rule: 'according-to' };
    }
    const first = this.documentSource(k + 2, hi) ?? phraseAfter(this.tokens, this.text, k + 2, hi) ?? this.definitePlural(k + 2, hi);
    const owned = first !== null && first.possessive ? phraseAfter(this.tokens, this.text, first.end, hi) : null;
    const found = owned !== null && ((owned.type === 'name' && !owned.org) || (first!.type !== 'name' && !first!.org)) ? owned : first;
    if (found === null || (found.head !== null && documentHeads.has(found.head))) return null;
    const np = this.appositiveName(found, hi) ?? found;
    const fronted = k === lo || (k === lo + 1 && isWord(this.tokens[lo], 'and', 'but', 'but'));
    if (fronted) {
      let after = np.end;
      if (this.acronymAfterName(after + 3, lo)) after += 3;
      if (!isPunct(this.tokens[after], ',')) return null;
      after++;
      return { cueStart: k, cueEnd: k + 2, phraseStart: k, after, speaker: np, mode: 'np', forward: after, backward: null, rule: 'according to X, ...' };
    }
    if (!isPunct(this.tokens[k - 1], ',') && this.tokens[k - 1]?.kind !== 'quote') return null;
    const backward = this.backwardContent(lo, k, true);
    if (backward === null) return null;
    return { cueStart: k, cueEnd: k + 2, phraseStart: k - 1, after: np.end, speaker: np, mode: 'np', forward: null, backward, rule: '..., according to X' };
  }

  quoted(k: number, lo: number, hi: number): Frame | null {
    const previous = this.tokens[k - 1];
    if (previous !== undefined && k - 1 >= lo && isWord(previous, ...passiveAuxiliaries)) {
      const subject = this.subjectBefore(k - 1, lo);
      let j = k + 1;
      if (isWord(this.tokens[j], 'by')) {
        const agent = phraseAfter(this.tokens, this.text, j + 1, hi);
        if (agent === null) return null;
        j = agent.end;
      }
      if (subject === null || subject.np === null) return null;
      if (!isWord(this.tokens[j], 'as') || !isWord(this.tokens[j + 1], 'saying')) {
        const backward = j > k + 1 ? this.backwardContent(lo, subject.phraseStart, false) : null;
        return backward === null ? null : { cueStart: k - 1, cueEnd: j, phraseStart: subject.phraseStart, after: j, speaker: subject.np, mode: 'np', forward: null, backward, rule: 'X was quoted by Y' };
      }
      const forward = this.forwardContent(j + 2, hi, sayForm);
      const backward = this.backwardContent(lo, subject.phraseStart, forward === null);
      if (forward === null && backward === null) return null;
      return { cueStart: k - 1, cueEnd: j + 2, phraseStart: subject.phraseStart, after: j + 2, speaker: subject.np, mode: 'np', forward, backward, rule: 'X was quoted as saying' };
    }
    const outlet = this.subjectBefore(k, lo);
    const object = phraseAfter(this.tokens, this.text, k + 1, hi);
    if (object === null) return null;
    let after = object.end;
    if (isWord(this.tokens[after], 'of', 'from', 'at', 'for', 'in')) {
      let m = after + 1;
      while (m < Math.min(hi, after + 14) && (this.tokens[m]!.kind === 'word' || isPunct(this.tokens[m], '()')) && !isWord(this.tokens[m], 'as', 'saying')) m++;
      if (isWord(this.tokens[m], 'as') && isWord(this.tokens[m + 1], 'saying')) after = m;
    }
    let forward: number | null = null;
    const saying = isWord(this.tokens[after], 'saying') && object.type === 'name' ? 1 : isWord(this.tokens[after], 'as') && isWord(this.tokens[after + 1], 'saying') ? 2 : 0;
    if (saying > 0) {
      after += saying;
      forward = this.forwardContent(after, hi, sayForm);
    } else if (object.possessive && this.tokens[after]?.kind === 'word' && speechFrameNouns.has(this.tokens[after]!.lower)) {
      after++;
    } else {
      return null;
    }
    let phraseStart = outlet?.phraseStart ?? k;
    if (outlet === null) {
      for (let m = k - 1; m >= Math.max(lo, k - 6); m--) {
        if (this.tokens[m]!.kind === 'quote' || isPunct(this.tokens[m], ',')) {
          phraseStart = m + 1;
          break;
        }
      }
    }
    const backward = this.backwardContent(lo, phraseStart, forward === null && saying > 0);
    if (forward === null && backward === null) return null;
    return { cueStart: k, cueEnd: k + 1, phraseStart, after, speaker: object, mode: 'np', forward, backward, rule: 'OUTLET quotes X as saying' };
  }

  /** Whether a document or message noun ends just before token `k`, maybe with a short phrase: "a statement through her lawyer", "a message". */
  private afterMessage(k: number, lo: number): boolean {
    for (let m = k - 1; m >= Math.max(lo + 1, k - 4); m--) {
      const token = this.tokens[m]!;
      if (token.kind !== 'word' || cueForms.has(token.lower)) return false;
      if ((speechFrameNouns.has(token.lower) || issuedDocuments.has(token.lower)) && isWord(this.tokens[m - 1], ...determiners)) {
        return m === k - 1 || prepositions.has(this.tokens[m + 1]!.lower);
      }
    }
    return false;
  }

  participle(k: number, lo: number, hi: number, form: CueForm): Frame | null {
    const previous = this.tokens[k - 1];
    const message = this.afterMessage(k, lo);
    if (k - 1 < lo || !(message || isPunct(previous, ',;—–') || isWord(previous, 'and', 'before', 'after', 'while', 'also', 'then', 'further', 'by'))) return null;
    const cueEnd = form.needsRecipient ? Math.max(k + 1, recipientEnd(this.tokens, k + 1, hi)) : k + 1;
    const forward = this.forwardContent(cueEnd, hi, form.lemma === 'say' ? sayForm : { ...form, bareClause: false });
    if (forward === null) return null;
    const phraseStart = message ? k : isPunct(previous, ',;—–') ? k - 1 : isPunct(this.tokens[k - 2], ',') ? k - 2 : k - 1;
    return { cueStart: k, cueEnd, phraseStart, after: cueEnd, speaker: null, mode: 'subject', forward, backward: null, rule: ', saying that ...' };
  }

  private finiteCache: { k: number; parts: FiniteParts | null } = { k: -1, parts: null };

  /**
   * What every finite cue at token `k` shares: where the cue ends (with "as" after "describe" and its recipient),
   * its subject, and its content after the cue; null when a verb that needs a complement ("accused X of") has
   * none. Computed once per cue and shared by the constructions that read a finite cue.
   */
  finiteParts(site: CueSite): FiniteParts | null {
    if (this.finiteCache.k === site.k) return this.finiteCache.parts;
    const parts = this.computeFiniteParts(site);
    this.finiteCache = { k: site.k, parts };
    return parts;
  }

  private computeFiniteParts({ k, lo, hi, form }: CueSite): FiniteParts | null {
    if (form === undefined) return null;
    const lemma = form.lemma;
    let cueEnd = k + 1;
    if (lemma === 'describe') {
      if (!isWord(this.tokens[k + 1], 'as')) return null;
      cueEnd = k + 2;
    }
    if (form.needsRecipient) cueEnd = Math.max(cueEnd, recipientEnd(this.tokens, k + 1, hi), this.recipientBeforeClause(k + 1, hi), this.shortRecipientBeforeThat(k + 1, hi));
    const found = this.subjectBefore(k, lo);
    const passive = found?.np != null && this.passiveAt(k, lo);
    const agent = passive && isWord(this.tokens[k + 1], 'by') ? phraseAfter(this.tokens, this.text, k + 2, hi) : null;
    const subject = !passive
      ? found
      : agent !== null && agent.type !== 'pronoun'
        ? { ...found!, np: agent }
        : { ...found!, np: { ...found!.np!, type: 'description' as const, name: null, org: false, anonymous: true } };
    const afterContent = subject !== null && subject.phraseStart > lo && this.words(lo, subject.phraseStart) >= 3;
    const clauseForm = form.participle ? { ...form, bareClause: false } : form;
    let forward = lemma === 'describe' ? (this.words(cueEnd, hi) >= 3 ? cueEnd : null) : this.forwardContent(cueEnd, hi, clauseForm, afterContent);
    const complement = gerundComplement.get(lemma);
    if (complement !== undefined) {
      forward = null;
      for (let m = k + 1; m < Math.min(hi, k + 8); m++) {
        if (!isWord(this.tokens[m], complement)) continue;
        const next = this.tokens[m + 1];
        if (m + 1 < hi && (next?.kind === 'quote' || (next?.kind === 'word' && next.lower.endsWith('ing')))) forward = m + 1;
        break;
      }
      if (forward === null) return null;
    }
    const gerund = this.tokens[k + 1];
    if (forward === null && (lemma === 'deny' || lemma === 'admit') && gerund?.kind === 'word' && !gerund.cap && /\p{Ll}{3,}ing$/u.test(gerund.text) && !cueForms.has(gerund.lower) && this.words(k + 1, hi) >= 3) forward = k + 1;
    if ((lemma === 'ask' || lemma === 'continue') && forward !== null && this.tokens[forward]!.kind !== 'quote') forward = null;
    return { cueEnd, subject, forward, bare: this.adverbialsBefore(k, lo) };
  }

  /**
   * Whether the cue at `k` is a passive participle ("was accused of", "were told", "has been repeatedly warned"): its
   * subject is whom the words were about or addressed to, never who said them.
   */
  private passiveAt(k: number, lo: number): boolean {
    if (this.tokens[k]!.lower.endsWith('ing')) return false;
    const auxiliary = k - 2 >= lo && /^\p{Ll}{3,}ly$/u.test(this.tokens[k - 1]!.text) ? k - 2 : k - 1;
    return auxiliary >= lo && isWord(this.tokens[auxiliary], ...passiveAuxiliaries);
  }

  /**
   * Whether token `k` can be a reporting verb at all: not capitalised inside a sentence, not after "to", a modal or
   * "not", not after a determiner or preposition ("the report", "in a statement").
   */
  cueAllowed({ k, lo, form }: CueSite): boolean {
    if (form === undefined || k === lo || this.tokens[k]!.cap) return false;
    const previous = this.tokens[k - 1]!;
    if (isWord(previous, ...blockers)) return false;
    if (form.participle && isWord(previous, 'before', 'after', 'while') && isPunct(this.tokens[k - 2], ',')) return true;
    if (isWord(previous, 'both') && k - 2 >= lo && this.tokens[k - 2]!.kind === 'word' && (!functionWords.has(this.tokens[k - 2]!.lower) || clauseAuxiliaries.has(this.tokens[k - 2]!.lower))) return true;
    return !(previous.kind === 'word' && (determiners.has(previous.lower) || (prepositions.has(previous.lower) && previous.lower !== 'as')));
  }

  /** A cue form that modifies the noun of a speaker after it: "state" in "…, state officials said" or "state highway officials". */
  private modifiesNoun(k: number): boolean {
    if (!namePartsLikeCues.has(this.tokens[k]!.lower)) return false;
    const speakerNoun = (token: Token | undefined) => token !== undefined && token.kind === 'word' && !token.cap && (groupHeads.has(token.lower) || personRoleHeads.has(token.lower) || organizationHeads.has(token.lower));
    const next = this.tokens[k + 1];
    return speakerNoun(next) || (next !== undefined && next.kind === 'word' && !next.cap && !functionWords.has(next.lower) && !cueForms.has(next.lower) && speakerNoun(this.tokens[k + 2]));
  }

  /** "told dpa that", "told local radio that": up to three plain words before "that"; the index of "that", or `start`. */
  private shortRecipientBeforeThat(start: number, hi: number): number {
    for (let m = start; m < Math.min(hi, start + 6); m++) {
      const token = this.tokens[m]!;
      if (isWord(token, 'that')) return m > start && (m - start <= 3 || this.outletBefore(start, m)) ? m : start;
      if (token.kind !== 'word' || cueForms.has(token.lower) || clauseAuxiliaries.has(token.lower) || (functionWords.has(token.lower) && !determiners.has(token.lower) && !token.cap)) return start;
    }
    return start;
  }

  /** Whether tokens [start, end) name an outlet's programme or paper: "the BBC's Today programme", "Radio Eastland's Morning Show". */
  private outletBefore(start: number, end: number): boolean {
    let capitals = false;
    for (let m = start; m < end; m++) if (this.tokens[m]!.cap || isPossessive(this.tokens[m]!)) capitals = true;
    return capitals && recipientNouns.has(bare(this.tokens[end - 1]!.lower));
  }

  /** The end of a recipient noun phrase followed by "that" or a clause ("told the judge it could not agree"), or `start`. */
  private recipientBeforeClause(start: number, hi: number): number {
    const np = phraseAfter(this.tokens, this.text, start, hi);
    if (np === null || np.type === 'pronoun' || np.end >= hi) return start;
    const next = this.tokens[np.end]!;
    if (isWord(next, 'that')) return np.end;
    return next.kind === 'word' && clauseOpeners.has(next.lower) && this.opensClause(np.end + 1, hi) ? np.end : start;
  }

  /** The end of a plain noun chunk at `start` ("the campers", "them", "local residents"): a determiner and up to four words. */
  chunkAfter(start: number, hi: number): number {
    let j = start;
    const first = this.tokens[j];
    if (first !== undefined && first.kind === 'word' && ['him', 'her', 'them', 'us', 'me', 'you', 'everyone'].includes(first.lower)) return j + 1;
    if (first !== undefined && first.kind === 'word' && determiners.has(first.lower)) j++;
    while (j < hi && j - start < 5 && this.tokens[j]!.kind === 'word' && !functionWords.has(this.tokens[j]!.lower) && !cueForms.has(this.tokens[j]!.lower)) j++;
    return j > start && !(j === start + 1 && determiners.has(first!.lower)) ? j : start;
  }

  /** The start of a plain noun chunk that ends just before `end` ("three players", "two men"), or `end`. */
  chunkBefore(end: number, lo: number): number {
    let j = end;
    while (j - 1 >= lo && end - j < 4 && this.tokens[j - 1]!.kind === 'word' && !this.tokens[j - 1]!.cap && !functionWords.has(this.tokens[j - 1]!.lower) && !cueForms.has(this.tokens[j - 1]!.lower)) j--;
    if (j < end && j - 1 >= lo && isWord(this.tokens[j - 1], ...determiners)) j--;
    return j;
  }

  /** Whether token `m` is the verb of a clause ("said staff had been told": "staff" is its subject, not the speaker). */
  opensClause(m: number, hi: number): boolean {
    const token = this.tokens[m];
    return m < hi && token !== undefined && token.kind === 'word' && !token.cap && (clauseAuxiliaries.has(token.lower) || /\p{Ll}{2,}ed$/u.test(token.text));
  }

  /** Whether the cue's verb can stand before its speaker ("said X"). */
  invertible(site: CueSite): boolean {
    return site.form !== undefined && invertibleLemmas.has(site.form.lemma);
  }

  /** A finite reporting verb ("said", "says", "told"), not a participle; a bare form needs a plural subject. */
  finiteAllowed(site: CueSite): boolean {
    const form = site.form;
    if (form === undefined || !this.cueAllowed(site) || form.lemma === 'quote') return false;
    if (form.participle) return this.progressive(site.k, site.lo);
    return !(this.tokens[site.k]!.lower === form.lemma && !baseFormLemmas.has(form.lemma) && !this.pluralSubjectBefore(site.k, site.lo));
  }

  /** A progressive cue, finite with its auxiliary: "is warning", "were also claiming", "has been saying". */
  private progressive(k: number, lo: number): boolean {
    let auxiliary = k - 1;
    if (auxiliary > lo && this.adverbial(auxiliary) && !clauseAuxiliaries.has(this.tokens[auxiliary]!.lower)) auxiliary--;
    return auxiliary > lo && isWord(this.tokens[auxiliary], 'is', 'are', 'was', 'were', 'been', 'am');
  }

  initialInversion(k: number, lo: number, hi: number, form: CueForm): Frame | null {
    if (!invertibleLemmas.has(form.lemma) || form.participle) return null;
    const np = phraseAfter(this.tokens, this.text, k + 1, hi);
    if (np === null || !isPunct(this.tokens[np.end], ':,')) return null;
    const forward = this.forwardContent(np.end, hi, form);
    if (forward === null) return null;
    return { cueStart: k, cueEnd: k + 1, phraseStart: lo, after: np.end, speaker: np, mode: 'np', forward, backward: null, rule: 'Said X: "Q"' };
  }

  private pluralSubjectBefore(k: number, lo: number): boolean {
    let i = k;
    while (i - 1 >= lo && this.tokens[i - 1]!.kind === 'word' && adverbsAndAuxiliaries.has(this.tokens[i - 1]!.lower)) i--;
    const previous = this.tokens[i - 1];
    return i - 1 >= lo && previous!.kind === 'word' && (['they', 'we', 'i', 'you', 'and', 'or', 'but'].includes(previous!.lower) || groupHeads.has(previous!.lower));
  }

  /** The nearest plural group named before token `end` in this or the previous sentence ("opposition parties"). */
  groupBefore(end: number, lo: number): NounPhrase | null {
    for (let m = end - 1; m >= Math.max(0, lo, end - 80); m--) {
      const token = this.tokens[m]!;
      if (token.kind === 'word' && groupHeads.has(token.lower)) {
        const np = phraseBefore(this.tokens, this.text, m + 1, Math.max(0, m - 6));
        if (np !== null && np.type === 'group') return np;
      }
    }
    return null;
  }

  private frameAt(k: number, lo: number, hi: number): Frame | null {
    const token = this.tokens[k]!;
    if (token.kind !== 'word') return null;
    const site: CueSite = { k, lo, hi, form: this.modifiesNoun(k) ? undefined : cueForms.get(token.lower) };
    for (const construction of constructions) {
      const frame = construction.match(this, site);
      if (frame !== null) return frame.rule === construction.id ? frame : { ...frame, rule: construction.id };
    }
    return null;
  }

  /** All attribution units of one sentence, in order. */
  unitsOf(sentence: Sentence): Unit[] {
    const { lo, hi } = sentence;
    const frames: Frame[] = [];
    for (let k = lo; k < hi; k++) {
      const frame = this.frameAt(k, lo, hi);
      if (frame === null) continue;
      frames.push(frame);
      k = Math.max(k, frame.after - 1);
    }
    if (frames.length === 0) return [];
    let end = hi;
    while (end > lo && isPunct(this.tokens[end - 1], '.!?…;:')) end--;
    const units: Unit[] = [];
    let previousForward: { from: number; quoteOnly: boolean } | null = null;
    for (let f = 0; f < frames.length; f++) {
      const frame = frames[f]!;
      const previous = frames[f - 1];
      if (frame.mode === 'subject' || frame.mode === 'coord') {
        const np = previous?.speaker ?? this.subjectOfSentence(lo, frame.phraseStart);
        frame.speaker = np;
        frame.mode = np === null ? (previous?.mode === 'inherit' ? 'inherit' : 'subject') : 'np';
      }
      if (frame.backward !== null) {
        const nested =
          previous !== undefined && previous.backward === null && previousForward !== null && !previousForward.quoteOnly && previous.mode === 'np' && frame.mode === 'np' && frame.backward[0] <= previous.phraseStart;
        if (nested) units.length = previousForward!.from;
        const start = nested ? frame.backward[0] : Math.max(frame.backward[0], previous?.after ?? lo);
        const resumed = frame.forward === null && frames[f + 1] === undefined && this.predicateResumes(start, frame.backward[1], frame.after, end);
        const lead = frame.forward === null && frames[f + 1] === undefined && this.copularLead(start, frame.backward[1], frame.after, end);
        if (resumed || lead) {
          const unit = this.unitOf(lead ? frame.after + 1 : start, end, frame, sentence);
          if (unit !== null) units.push(unit);
        } else for (const unit of this.contentUnits(start, frame.backward[1], frame, sentence)) units.push(unit);
        const joined = frame.forward === null && frames[f + 1] === undefined && !resumed && !lead ? this.clauseJoinedAfterCue(frame.after, end) : null;
        if (joined !== null) {
          const unit = this.unitOf(joined, end, frame, sentence);
          if (unit !== null) units.push(unit);
        }
      }
      previousForward = null;
      const inner = frames[f + 1];
      if (frame.forward !== null && frame.mode === 'np' && isWord(this.tokens[frame.forward - 1], 'that') && inner !== undefined && (inner.phraseStart === frame.forward || inner.phraseStart === frame.forward - 1) && inner.mode === 'np' && inner.backward === null && inner.forward !== null) {
        for (const unit of this.contentUnits(frame.forward, Math.min(end, frames[f + 2]?.phraseStart ?? end), frame, sentence)) units.push(unit);
        continue;
      }
      if (frame.forward !== null) {
        const quoteOnly = this.tokens[frame.forward]!.kind === 'quote' && !isWord(this.tokens[frame.forward - 1], 'that');
        const limit = quoteOnly ? frame.forward + 1 : Math.min(end, frame.until ?? end, frames[f + 1]?.phraseStart ?? end, this.relativeClauseEnd(frame, end), this.subordinateEnd(frame, lo, end));
        previousForward = { from: units.length, quoteOnly };
        for (const unit of this.contentUnits(frame.forward, limit, frame, sentence)) units.push(unit);
      }
    }
    return units;
  }

  /**
   * Whether the content before a cue set off by commas is only a subject whose predicate follows the aside: "The
   * fees, she said, were too high", "Other costs, according to the board, include fuel"; the unit is then the whole
   * sentence. The content holds no verb, and a plain lower-case word opens the rest.
   */
  private predicateResumes(from: number, to: number, after: number, end: number): boolean {
    const next = this.tokens[after + 1];
    if (!isPunct(this.tokens[after], ',') || after + 2 >= end || next === undefined || next.kind !== 'word' || next.cap) return false;
    if (!clauseAuxiliaries.has(next.lower) && (functionWords.has(next.lower) || cueForms.has(next.lower) || /ing$/u.test(next.lower) || subjectPronouns.has(next.lower))) return false;
    for (let m = from; m < to; m++) {
      const token = this.tokens[m]!;
      if (token.kind !== 'word') return false;
      if (clauseAuxiliaries.has(token.lower) || /\p{Ll}{2,}ed$/u.test(token.text) || irregularPasts.has(token.lower) || cueForms.has(token.lower)) return false;
    }
    return true;
  }

  /** The start of a clause joined after a cue in the middle of a sentence: "The crew was safe, she said, and the boat was towed home". */
  private clauseJoinedAfterCue(after: number, end: number): number | null {
    if (!isPunct(this.tokens[after], ',') || !isWord(this.tokens[after + 1], 'and', 'but')) return null;
    const start = after + 2;
    const first = this.tokens[start];
    if (first === undefined || first.kind !== 'word' || this.words(start, end) < 3) return null;
    const plain = !functionWords.has(first.lower) && !cueForms.has(first.lower) && isWord(this.tokens[start + 1], ...clauseAuxiliaries);
    return plain || this.subjectAndAuxiliary(start, end) ? start : null;
  }

  /** Whether the content before a cue set off by commas is only a copular lead-in whose clause follows the aside: "The truth is, she said, the pier is unsafe". */
  private copularLead(from: number, to: number, after: number, end: number): boolean {
    if (to - from > 4 || to - from < 2 || !isWord(this.tokens[to - 1], 'is', 'was') || !isPunct(this.tokens[after], ',') || !this.clauseLike(after + 1, end)) return false;
    for (let m = from; m < to - 1; m++) if (this.tokens[m]!.kind !== 'word' || clauseAuxiliaries.has(this.tokens[m]!.lower)) return false;
    return true;
  }

  private contentUnits(start: number, end: number, frame: Frame, sentence: Sentence): Unit[] {
    const parts: Array<[number, number]> = [];
    let partStart = start;
    for (let m = start + 2; m < end; m++) {
      if (isWord(this.tokens[m], 'that') && isWord(this.tokens[m - 1], 'and', 'but', 'or')) {
        const partEnd = isPunct(this.tokens[m - 2], ',') ? m - 2 : m - 1;
        if (partEnd - partStart >= 2) {
          parts.push([partStart, partEnd]);
          partStart = m + 1;
        }
      }
    }
    parts.push([partStart, end]);
    const units: Unit[] = [];
    for (const [from, to] of parts) {
      const unit = this.unitOf(from, to, frame, sentence);
      if (unit !== null) units.push(unit);
    }
    return units;
  }

  /** After a dateline's place, "(AFP) Apr 18, 2007": the token after the year, or null. */
  private outletAndDate(open: number, end: number): number | null {
    let m = open + 1;
    while (m < Math.min(end, open + 4) && !isPunct(this.tokens[m], ')')) m++;
    if (!isPunct(this.tokens[m], ')')) return null;
    const [month, day, comma, year, next] = [1, 2, 3, 4, 5].map((d) => this.tokens[m + d]);
    if (month?.kind !== 'word' || !month.cap || !monthWords.has(month.lower.replace(/\.$/u, ''))) return null;
    if (!/^\d{1,2}$/u.test(day?.text ?? '') || !isPunct(comma, ',') || !/^\d{4}$/u.test(year?.text ?? '')) return null;
    return m + 5 < end && next?.kind === 'word' && next.cap ? m + 5 : null;
  }

  /**
   * The token after a dateline that opens a sentence ("LISBON (Reuters) –", "NEW YORK (AP) --", "KYIV, Ukraine —"),
   * or `from` when there is none: capitalised place words, at least one in capitals, an optional outlet in
   * brackets, then a dash.
   */
  private datelineEnd(from: number, end: number): number {
    let m = from;
    let capitals = 0;
    while (m < end && m - from < 8) {
      const token = this.tokens[m]!;
      if (token.kind === 'word' && token.cap) {
        if (/^\p{Lu}{2,}$/u.test(token.text)) capitals++;
        m++;
      } else if (isPunct(token, ',') && m > from) m++;
      else break;
    }
    if (m === from) return from;
    const lineStart = from === 0 || this.text.slice(this.tokens[from - 1]!.end, this.tokens[from]!.start).includes('\n');
    const dated = lineStart && isPunct(this.tokens[m], '(') ? this.outletAndDate(m, end) : null;
    if (dated !== null) return dated;
    if (capitals === 0 && !(lineStart && m - from <= 2 && isPunct(this.tokens[m], '—–-') && this.tokens[m + 1]?.kind === 'word' && this.tokens[m + 1]!.cap)) return from;
    if (isPunct(this.tokens[m], '(')) {
      const close = m + 4;
      while (m < Math.min(end, close) && !isPunct(this.tokens[m], ')')) m++;
      if (!isPunct(this.tokens[m], ')')) return from;
      m++;
    }
    if (!isPunct(this.tokens[m], '—–-')) return from;
    while (m < end && isPunct(this.tokens[m], '—–-')) m++;
    return m < end ? m : from;
  }

  /** A term in quotation marks inside a clause that goes on: "lodged a “stop notice” against the plan, which …". */
  private scareQuote(m: number, end: number): boolean {
    const token = this.tokens[m]!;
    return token.region!.closed && token.region!.words <= 2 && isWord(this.tokens[m - 1], 'a', 'an') && !isWord(this.tokens[m - 2], ...passiveAuxiliaries) && this.words(m + 1, end) >= 4;
  }

  /**
   * The end of a request or an accusation before the circumstance the article adds to it: "to test their brakes
   * after a car rolled into the river", "of holding the council to ransom, after the vote was delayed"; only for content that opens
   * with "to" or an -ing form, whose own verb is not finite.
   */
  private beforeCircumstance(start: number, end: number): number {
    const first = this.tokens[start];
    if (first === undefined || !(isWord(first, 'to', 'never') || (first.kind === 'word' && !first.cap && /\p{Ll}{2,}ing$/u.test(first.text)))) return end;
    for (let m = start + 2; m < end; m++) {
      if (!isWord(this.tokens[m], 'after', 'because', 'since', 'following', 'when', 'while', 'as')) continue;
      for (let v = m + 2; v < Math.min(end, m + 9); v++) {
        const verb = this.tokens[v]!;
        if (verb.kind === 'word' && !verb.cap && (clauseAuxiliaries.has(verb.lower) || /\p{Ll}{2,}ed$/u.test(verb.text))) return isPunct(this.tokens[m - 1], ',') ? m - 1 : m;
      }
    }
    return end;
  }

  /** The end of a clause before a trailing comment on it: "…, a view at odds with the treaty", "…, a move criticised by fans", "… — despite X's claims". */
  private beforeComment(start: number, end: number): number {
    for (let m = start + 3; m + 2 < end; m++) {
      if (isPunct(this.tokens[m], ',—–') && isWord(this.tokens[m + 1], 'contradicting', 'despite', 'defying', 'citing')) return m;
      if (!isPunct(this.tokens[m], ',') || !isWord(this.tokens[m + 1], 'a', 'an')) continue;
      for (let n = m + 2; n < Math.min(end, m + 5); n++) if (isWord(this.tokens[n], ...commentNouns)) return m;
    }
    return end;
  }

  private closesWithin(from: number, to: number): boolean {
    for (let m = from; m < to; m++) if (isPunct(this.tokens[m], ')')) return true;
    return false;
  }

  private unitOf(from: number, to: number, frame: Frame, sentence: Sentence): Unit | null {
    let end = to;
    for (let m = from + 1; m + 2 < end; m++) {
      if (isPunct(this.tokens[m], ',') && isWord(this.tokens[m + 1], 'according') && isWord(this.tokens[m + 2], 'to') && m + 1 !== frame.cueStart) end = m;
    }
    while (end > from && (isPunct(this.tokens[end - 1], ',;:—–-') || isWord(this.tokens[end - 1], 'and', 'but', 'or', 'while', 'whereas', 'although', 'though'))) end--;
    let start = from === sentence.lo ? this.datelineEnd(from, end) : from;
    while (start < end && isPunct(this.tokens[start], ',;:—–-')) start++;
    if (isPunct(this.tokens[start], '(') && !this.closesWithin(start + 1, end)) start++;
    if (isWord(this.tokens[start], ...connectives) && isPunct(this.tokens[start + 1], ',') && start + 2 < end) start += 2;
    end = this.beforeComment(start, end);
    if (end - start > 3 && isWord(this.tokens[end - 1], 'however') && isPunct(this.tokens[end - 2], ',')) end -= 2;
    end = this.beforeCircumstance(start, end);
    if (start >= end || isPunct(this.tokens[start], '“"„«')) return null;
    const first = this.tokens[start]!;
    const quotes: Token[] = [];
    for (let m = start; m < end; m++) if (this.tokens[m]!.kind === 'quote' && !this.scareQuote(m, end)) quotes.push(this.tokens[m]!);
    const cue: readonly [number, number] = [this.tokens[frame.cueStart]!.start, this.tokens[frame.cueEnd - 1]!.end];
    const mode: SpeakerMode = frame.mode === 'np' ? 'np' : frame.mode === 'inherit' ? 'inherit' : 'none';
    const base = { cue, speaker: frame.speaker, mode, rule: frame.rule, paragraph: sentence.paragraph };
    if (quotes.length === 1 && end - start === 1) {
      const region = first.region!;
      const confidence = confidences.direct[mode === 'np' ? 'named' : 'inherited'] * (region.closed ? 1 : confidences.unclosedQuote);
      return { ...base, start: region.innerStart, end: region.innerEnd, kind: 'direct', segments: [], confidence };
    }
    if (quotes.length > 0) {
      const last = quotes[quotes.length - 1]!;
      const segments = quotes.map((quote) => [quote.region!.innerStart, quote.region!.innerEnd] as const);
      return { ...base, start: first.start, end: last.end, kind: 'mixed', segments, confidence: confidences.mixed[mode === 'np' ? 'named' : 'inherited'] };
    }
    const gerund = frame.rule === 'subject-cue' && gerundComplement.has(cueForms.get(this.tokens[frame.cueStart]!.lower)?.lemma ?? '') && /\p{Ll}{3,}ing$/u.test(first.text);
    if (this.words(start, end) < (gerund ? 2 : 3)) return null;
    return { ...base, start: first.start, end: this.tokens[end - 1]!.end, kind: 'indirect', segments: [], confidence: confidences.indirect[mode === 'np' ? 'named' : 'inherited'] };
  }
}
