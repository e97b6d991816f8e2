import type { QuoteKind } from '../schema/vocabulary.js';
import type { FiniteParts, Frame, FrameFinder } from './frames.js';
import type { CueForm } from './lexicon.js';
import { isPunct, isWord, phraseAfter } from './phrases.js';

/** A word that may open an attribution: token `k` of the sentence [lo, hi), with its reporting-verb form if any. */
export interface CueSite {
  readonly k: number;
  readonly lo: number;
  readonly hi: number;
  readonly form: CueForm | undefined;
}

/** A sentence and the units the extractor must find in it: [kind, content, speaker]. */
export interface Example {
  readonly text: string;
  readonly quotes: ReadonlyArray<readonly [QuoteKind, string, string | null]>;
}

/**
 * One construction of attribution: its id (also the unit's rule), what it reads, example sentences (run as tests
 * by tests/extract/constructions.test.ts) and its matcher. Constructions are tried in the order of
 * `constructions` at every word of a sentence; the first frame found wins.
 */
export interface Construction {
  readonly id: string;
  readonly reads: string;
  readonly examples: readonly Example[];
  readonly match: (finder: FrameFinder, site: CueSite) => Frame | null;
}

const finite = (finder: FrameFinder, site: CueSite): FiniteParts | null => (finder.finiteAllowed(site) ? finder.finiteParts(site) : null);

export const constructions: readonly Construction[] = [
  {
    id: 'according-to',
    reads: '“According to X, …” and “…, according to X”',
    examples: [
      { text: 'According to the port authority, the pier will reopen in June.', quotes: [['indirect', 'the pier will reopen in June', 'port authority']] },
      { text: 'Two ferries were cancelled on Sunday, according to Nordlink.', quotes: [['indirect', 'Two ferries were cancelled on Sunday', 'Nordlink']] },
    ],
    match: (finder, { k, lo, hi }) => (isWord(finder.tokens[k], 'according') && isWord(finder.tokens[k + 1], 'to') ? finder.according(k, lo, hi) : null),
  },
  {
    id: 'said-x-colon',
    reads: 'a sentence opening with its cue: “Said X: “…””',
    examples: [{ text: 'Said Ruth Okonkwo: “The levee held because people stayed.”', quotes: [['direct', 'The levee held because people stayed.', 'Ruth Okonkwo']] }],
    match: (finder, { k, lo, hi, form }) => (form !== undefined && k === lo ? finder.initialInversion(k, lo, hi, form) : null),
  },
  {
    id: 'quoted-as-saying',
    reads: '“X was quoted as saying …”, “OUTLET quoted X as saying …”',
    examples: [
      { text: 'Ruth Okonkwo was quoted as saying the levee had held.', quotes: [['indirect', 'the levee had held', 'Ruth Okonkwo']] },
      { text: '“The levee held,” the Valley Courier quoted Ruth Okonkwo as saying.', quotes: [['direct', 'The levee held,', 'Ruth Okonkwo']] },
    ],
    match: (finder, site) => (site.form?.lemma === 'quote' && finder.cueAllowed(site) ? finder.quoted(site.k, site.lo, site.hi) : null),
  },
  {
    id: 'participle-cue',
    reads: 'a participle cue whose speaker is the subject of the sentence: “X defended the plan, saying that …”',
    examples: [
      { text: 'Ruth Okonkwo praised the volunteers on Friday, saying that the levee had held.', quotes: [['indirect', 'the levee had held', 'Ruth Okonkwo']] },
    ],
    match: (finder, site) => {
      const { k, lo, hi, form } = site;
      if (form === undefined || !form.participle || form.lemma === 'quote' || !finder.cueAllowed(site) || isWord(finder.tokens[k - 1], 'as')) return null;
      return finder.participle(k, lo, hi, form);
    },
  },
  {
    id: 'as-x-said',
    reads: '“As X said, …”',
    examples: [{ text: 'As Ruth Okonkwo noted, the levee was built in 1958.', quotes: [['indirect', 'the levee was built in 1958', 'Ruth Okonkwo']] }],
    match: (finder, site) => {
      const parts = finite(finder, site);
      const np = parts?.subject?.np;
      if (parts == null || np == null) return null;
      const { k, lo } = site;
      const { cueEnd } = parts;
      const opener = finder.tokens[np.start - 1];
      if (!isWord(opener, 'as') || !(np.start - 1 === lo || isWord(finder.tokens[np.start - 2], 'and', 'but')) || !isPunct(finder.tokens[cueEnd], ',')) return null;
      return { cueStart: k, cueEnd, phraseStart: np.start - 1, after: cueEnd + 1, speaker: np, mode: 'np', forward: cueEnd + 1, backward: null, rule: 'as-x-said' };
    },
  },
  {
    id: 'subject-cue',
    reads: 'a subject and its cue, before or after the content: “X said (that) …”, “X told Y …”, “…,” X said',
    examples: [
      { text: 'Ruth Okonkwo told the council that the levee had held.', quotes: [['indirect', 'the levee had held', 'Ruth Okonkwo']] },
      { text: '“The levee held,” Ruth Okonkwo said.', quotes: [['direct', 'The levee held,', 'Ruth Okonkwo']] },
      { text: 'The levee held through the night, county engineer Omar Reyes said.', quotes: [['indirect', 'The levee held through the night', 'Omar Reyes']] },
    ],
    match: (finder, site) => {
      const parts = finite(finder, site);
      const subject = parts?.subject;
      if (parts == null || subject == null || subject.np === null) return null;
      const { cueEnd, forward } = parts;
      const backward = finder.backwardContent(site.lo, subject.phraseStart, forward === null);
      if (forward === null && backward === null) return null;
      return { cueStart: site.k, cueEnd, phraseStart: subject.phraseStart, after: cueEnd, speaker: subject.np, mode: 'np', forward, backward, rule: 'subject-cue' };
    },
  },
  {
    id: 'coordinated-cue',
    reads: 'a second cue sharing the subject of the first: “X denied A, but said that B”',
    examples: [
      {
        text: 'Ruth Okonkwo denied that the levee had failed, but said that the pumps had stopped.',
        quotes: [
          ['indirect', 'the levee had failed', 'Ruth Okonkwo'],
          ['indirect', 'the pumps had stopped', 'Ruth Okonkwo'],
        ],
      },
    ],
    match: (finder, site) => {
      const parts = finite(finder, site);
      const subject = parts?.subject;
      if (parts == null || subject == null || subject.np !== null || !subject.coordinated || parts.forward === null) return null;
      return { cueStart: site.k, cueEnd: parts.cueEnd, phraseStart: subject.phraseStart, after: parts.cueEnd, speaker: null, mode: 'coord', forward: parts.forward, backward: null, rule: 'coordinated-cue' };
    },
  },
  {
    id: 'inverted-cue',
    reads: 'a cue before its speaker after the content: “…,” said X',
    examples: [{ text: '“The levee held,” said Ruth Okonkwo.', quotes: [['direct', 'The levee held,', 'Ruth Okonkwo']] }],
    match: (finder, site) => {
      const parts = finite(finder, site);
      if (parts == null || parts.subject !== null || parts.cueEnd !== site.k + 1 || !finder.invertible(site)) return null;
      const { k, lo, hi } = site;
      const { bare } = parts;
      if (finder.quoteBefore(bare, lo) === null && !isPunct(finder.tokens[bare - 1], ',')) return null;
      const np = phraseAfter(finder.tokens, finder.text, k + 1, hi);
      if (np !== null && finder.opensClause(np.end, hi)) return null;
      const backward = np === null ? null : finder.backwardContent(lo, bare, true);
      if (np === null || backward === null) return null;
      return { cueStart: k, cueEnd: parts.cueEnd, phraseStart: bare, after: np.end, speaker: np, mode: 'np', forward: null, backward, rule: 'inverted-cue' };
    },
  },
  {
    id: 'subjectless-cue',
    reads: 'a cue without a subject after a quote, speaker from the attribution before: “…,” he said, then “…,” added',
    examples: [
      {
        text: '“The levee held,” Ruth Okonkwo said. “The pumps did not,” added, as the rain eased.',
        quotes: [
          ['direct', 'The levee held,', 'Ruth Okonkwo'],
          ['direct', 'The pumps did not,', 'Ruth Okonkwo'],
        ],
      },
    ],
    match: (finder, site) => {
      const parts = finite(finder, site);
      if (parts == null || parts.subject !== null) return null;
      const { k, lo } = site;
      const { bare, cueEnd, forward } = parts;
      if (finder.quoteBefore(bare, lo) === null) return null;
      const backward = finder.backwardContent(lo, bare, false);
      if (backward === null) return null;
      return { cueStart: k, cueEnd, phraseStart: bare, after: cueEnd, speaker: null, mode: 'inherit', forward, backward, rule: 'subjectless-cue' };
    },
  },
];
