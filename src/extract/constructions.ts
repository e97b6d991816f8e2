import type { QuoteKind } from '../schema/vocabulary.js';
import type { FiniteParts, Frame, FrameFinder } from './frames.js';
import { attachingPrepositions, chantLemmas, determiners, groupHeads, chantObjects, cueForms, promptingVerbs, timeNouns, invertibleLemmas, issuedDocuments, labelForms, orderLemmas, passiveAuxiliaries, type CueForm } from './lexicon.js';
import { classifyPhrase, isPossessive, isPunct, isShortQuotedName, isWord, phraseAfter, phraseBefore, recipientEnd, type NounPhrase } from './phrases.js';

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

/**
 * Who speaks at a cue read by a construction of its own: the subject before a finite verb, or the subject of the
 * sentence for a participle after a comma or "and" ("…, calling him …"); null when neither is there.
 */
function speakerAt(finder: FrameFinder, site: CueSite): { speaker: NounPhrase | null; mode: Frame['mode']; phraseStart: number } | null {
  const { k, lo } = site;
  const token = finder.tokens[k]!;
  if (k === lo || token.cap) return null;
  const previous = finder.tokens[k - 1]!;
  const progressive = isWord(previous, 'is', 'are', 'was', 'were') && k - 1 > lo;
  if (previous.kind === 'word' && !progressive && !isWord(previous, 'and', 'also', 'then', 'repeatedly', 'publicly', 'openly') && finder.tokens[k]!.lower.endsWith('ing')) return null;
  if (token.lower.endsWith('ing') && !progressive) {
    if (!isPunct(previous, ',;—–') && !isWord(previous, 'and', 'also', 'then')) return null;
    return { speaker: null, mode: 'subject', phraseStart: k - 1 };
  }
  if (!finder.cueAllowed({ ...site, form: site.form ?? cueForms.get('said') })) return null;
  const subject = finder.subjectBefore(k, lo);
  if (subject === null || subject.np === null) return subject?.coordinated ? { speaker: null, mode: 'coord', phraseStart: subject.phraseStart } : null;
  return { speaker: subject.np, mode: 'np', phraseStart: subject.phraseStart };
}

/** "cited as saying" or "cited X as saying" within a few words: "cited" alone names a reason, not speech. */
function citedAsSaying(finder: FrameFinder, { k, hi }: CueSite): boolean {
  for (let m = k + 1; m < Math.min(hi - 1, k + 10); m++) {
    if (isWord(finder.tokens[m], 'as') && isWord(finder.tokens[m + 1], 'saying')) return true;
    if (finder.tokens[m]!.kind !== 'word') return false;
  }
  return false;
}

export const constructions: readonly Construction[] = [
  {
    id: 'according-to',
    reads: '“According to X, …” and “…, according to X”',
    examples: [
      { text: 'According to the port authority, the pier will reopen in June.', quotes: [['indirect', 'the pier will reopen in June', 'port authority']] },
      { text: 'Two ferries were cancelled on Sunday, according to Nordlink.', quotes: [['indirect', 'Two ferries were cancelled on Sunday', 'Nordlink']] },
      { text: 'The dog bit two walkers, according to her lawyer, Eric Dane of Pike & Hale.', quotes: [['indirect', 'The dog bit two walkers', 'Eric Dane']] },
      { text: 'According to a statement released by the Harbour Board, the pier will close.', quotes: [['indirect', 'the pier will close', 'Harbour Board']] },
      { text: 'Two wards were shut this week, according to a press statement from the Valley Health Agency.', quotes: [['indirect', 'Two wards were shut this week', 'Valley Health Agency']] },
      {
        text: 'According to the Central Vote Board (CVB), the alliance of his rival had 20 percent of the vote.',
        quotes: [['indirect', 'the alliance of his rival had 20 percent of the vote', 'Central Vote Board']],
      },
    ],
    match: (finder, { k, lo, hi }) => (isWord(finder.tokens[k], 'according') && isWord(finder.tokens[k + 1], 'to') ? finder.according(k, lo, hi) : null),
  },
  {
    id: 'document-cue',
    reads: 'a document as the subject of the cue: “…,” the statement said, “X’s letter reads …”; the speaker is who issued it',
    examples: [
      {
        text: 'The water board said in a statement that supplies were safe.\n“No household is at risk,” the statement said.',
        quotes: [
          ['indirect', 'supplies were safe', 'water board'],
          ['direct', 'No household is at risk,', 'water board'],
        ],
      },
      { text: '“Talks will resume in May,” the Foreign Ministry’s statement reads.', quotes: [['direct', 'Talks will resume in May,', 'Foreign Ministry']] },
      {
        text: 'The United Drivers Association wrote to members.\n“Next time it may be one of us,” said the message from the association’s safety panel. “We are the last check,” the message said.',
        quotes: [
          ['direct', 'Next time it may be one of us,', 'United Drivers Association'],
          ['direct', 'We are the last check,', 'United Drivers Association'],
        ],
      },
      {
        text: 'Harlow Rail issued a release on Friday.\nThe line will reopen on Monday, the release added.',
        quotes: [['indirect', 'The line will reopen on Monday', 'Harlow Rail']],
      },
    ],
    match: (finder, site) => {
      const { k, lo, hi } = site;
      const token = finder.tokens[k]!;
      const reads = isWord(token, 'reads', 'read');
      if (!reads && (site.form === undefined || site.form.participle || !invertibleLemmas.has(site.form.lemma))) return null;
      if (!reads && !finder.cueAllowed(site)) return null;
      const bare = finder.adverbialsBefore(k, lo);
      const noun = finder.tokens[bare - 1];
      if (bare - 1 <= lo || noun === undefined || noun.kind !== 'word' || !issuedDocuments.has(noun.lower)) return null;
      const owner = finder.tokens[bare - 2]!;
      let speaker: NounPhrase | null = null;
      let phraseStart = bare - 2;
      if (isPossessive(owner) && owner.cap) {
        speaker = phraseBefore(finder.tokens, finder.text, bare - 1, lo);
        if (speaker === null || speaker.type === 'pronoun') return null;
        phraseStart = speaker.start;
      } else if (isWord(owner, 'the', 'this', 'that', 'its', 'their')) {
        speaker = finder.issuerBefore(bare - 1, noun.lower);
      } else return null;
      if (speaker === null) return null;
      const forward = finder.forwardContent(k + 1, hi, { ...(cueForms.get('said') as CueForm), bareClause: !reads });
      const backward = finder.backwardContent(lo, phraseStart, forward === null);
      if (forward === null && backward === null) return null;
      return { cueStart: k, cueEnd: k + 1, phraseStart, after: k + 1, speaker, mode: 'np', forward, backward, rule: 'document-cue' };
    },
  },
  {
    id: 'said-x-colon',
    reads: 'a sentence opening with its cue: “Said X: “…””',
    examples: [{ text: 'Said Ruth Okonkwo: “The levee held because people stayed.”', quotes: [['direct', 'The levee held because people stayed.', 'Ruth Okonkwo']] }],
    match: (finder, { k, lo, hi, form }) => (form !== undefined && k === lo ? finder.initialInversion(k, lo, hi, form) : null),
  },
  {
    id: 'quoted-as-saying',
    reads: '“X was quoted as saying …”, “OUTLET quoted X as saying …”, ““…,” X is quoted by OUTLET”, “OUTLET reported X saying …”',
    examples: [
      { text: 'Ruth Okonkwo was quoted as saying the levee had held.', quotes: [['indirect', 'the levee had held', 'Ruth Okonkwo']] },
      { text: 'Ruth Okonkwo was cited as saying the levee had held.', quotes: [['indirect', 'the levee had held', 'Ruth Okonkwo']] },
      { text: 'The Valley Courier cited Ruth Okonkwo as saying the levee had held.', quotes: [['indirect', 'the levee had held', 'Ruth Okonkwo']] },
      { text: 'The levee had held, the Valley Courier quoted Ruth Okonkwo as saying.', quotes: [['indirect', 'The levee had held', 'Ruth Okonkwo']] },
      { text: '“The levee held,” the Valley Courier quoted Ruth Okonkwo as saying.', quotes: [['direct', 'The levee held,', 'Ruth Okonkwo']] },
      { text: '“We defended as a unit,” Ruth Okonkwo was quoted by the Valley Courier.', quotes: [['direct', 'We defended as a unit,', 'Ruth Okonkwo']] },
      {
        text: '“It sounds odd,” the Valley Courier reported Ruth Okonkwo saying at the hearing, “but I am grateful.”',
        quotes: [
          ['direct', 'It sounds odd,', 'Ruth Okonkwo'],
          ['direct', 'but I am grateful.', 'Ruth Okonkwo'],
        ],
      },
    ],
    match: (finder, site) => {
      if (isWord(finder.tokens[site.k], 'cited', 'cites', 'cite')) return citedAsSaying(finder, site) ? finder.quoted(site.k, site.lo, site.hi) : null;
      return (site.form?.lemma === 'quote' || site.form?.lemma === 'report') && finder.cueAllowed(site) ? finder.quoted(site.k, site.lo, site.hi) : null;
    },
  },
  {
    id: 'passive-cue',
    reads: 'a passive cue, whose speaker is the agent after "by" or unknown: “X was told, “…””, “it was announced by Y that …”',
    examples: [
      {
        text: 'Lena Ruud said she had been told, “Nobody gets a second chance here.”',
        quotes: [['direct', 'Nobody gets a second chance here.', null]],
      },
      { text: 'The tenants were told by the housing association that the rent would double.', quotes: [['indirect', 'the rent would double', 'housing association']] },
    ],
    match: (finder, site) => {
      const { k, lo, hi, form } = site;
      if (form === undefined || !form.needsRecipient || form.participle || k - 1 < lo || !passiveAuxiliaries.has(finder.tokens[k - 1]!.lower) || finder.tokens[k]!.cap) return null;
      if (isWord(finder.tokens[k + 1], 'by')) {
        const agent = phraseAfter(finder.tokens, finder.text, k + 2, hi);
        const end = agent?.end ?? finder.chunkAfter(k + 2, hi);
        const forward = finder.forwardContent(end, hi, { ...form, bareClause: false });
        if (forward === null) return null;
        return { cueStart: k, cueEnd: end, phraseStart: k - 1, after: end, speaker: agent, mode: agent === null ? 'unknown' : 'np', forward, backward: null, rule: 'passive-cue' };
      }
      const forward = finder.forwardContent(k + 1, hi, { ...form, bareClause: false });
      if (forward === null) return null;
      return { cueStart: k, cueEnd: k + 1, phraseStart: k - 1, after: k + 1, speaker: null, mode: 'unknown', forward, backward: null, rule: 'passive-cue' };
    },
  },
  {
    id: 'calling-x-quote',
    reads: 'a label in quotation marks: “X called the plan “a disaster””, “…, calling him a “traitor.””, “Calling it “a ruin,” X …”',
    examples: [
      { text: 'Supporters jeered the umpire all afternoon, calling him a “thief.”', quotes: [['direct', 'thief.', 'Supporters']] },
      { text: 'Trade unionist Mia Holt called the new rota “a recipe for burnout.”', quotes: [['mixed', 'the new rota “a recipe for burnout.”', 'Mia Holt']] },
      { text: 'Gavin Lee, head of the Eastland Centre for Ocean Research called the results "plainly flawed."', quotes: [['mixed', 'the results "plainly flawed."', 'Gavin Lee']] },
      { text: 'Calling the ferry a “floating ruin,” harbour chief Ola Berg closed the pier.', quotes: [['mixed', 'the ferry a “floating ruin,”', 'Ola Berg']] },
    ],
    match: (finder, site) => {
      const { k, hi } = site;
      if (!labelForms.has(finder.tokens[k]!.lower)) return null;
      let q = k + 1;
      while (q < Math.min(hi, k + 8) && finder.tokens[q]!.kind === 'word' && !cueForms.has(finder.tokens[q]!.lower)) q++;
      const quote = finder.tokens[q];
      if (q === k + 1 || quote === undefined || q >= hi || quote.kind !== 'quote' || !quote.region!.closed || isShortQuotedName(quote)) return null;
      if (q === k + 2 && isWord(finder.tokens[k + 1], 'the', 'a', 'an', 'its', 'their', 'his', 'her')) return null;
      if (k === site.lo && finder.tokens[k]!.lower.endsWith('ing')) {
        const subjectStart = isPunct(finder.tokens[q + 1], ',') ? q + 2 : q + 1;
        const np = phraseAfter(finder.tokens, finder.text, subjectStart, hi);
        if (np === null || np.end >= hi || finder.tokens[np.end]!.kind !== 'word') return null;
        return { cueStart: k, cueEnd: k + 1, phraseStart: subjectStart, after: np.end, speaker: np, mode: 'np', forward: k + 1, backward: null, rule: 'calling-x-quote', until: q + 1 };
      }
      const at = speakerAt(finder, site);
      if (at === null) return null;
      const forward = isWord(finder.tokens[k + 1], 'him', 'her', 'them', 'it', 'us', 'me', 'you') ? q : k + 1;
      return { cueStart: k, cueEnd: k + 1, phraseStart: at.phraseStart, after: q + 1, speaker: at.speaker, mode: at.mode, forward, backward: null, rule: 'calling-x-quote' };
    },
  },
  {
    id: 'chanted-slogans',
    reads: 'words chanted or shouted after “slogans such as”: “the crowd chanted slogans such as “…””',
    examples: [
      { text: 'Outside the depot, a crowd chanted slogans such as “Hands off our buses!”', quotes: [['direct', 'Hands off our buses!', 'crowd']] },
      { text: 'Dozens of nurses marched to the ministry, shouting the words “Safe staffing now!”', quotes: [['direct', 'Safe staffing now!', 'nurses']] },
    ],
    match: (finder, site) => {
      const { k, hi, form } = site;
      if (form === undefined || !chantLemmas.has(form.lemma)) return null;
      let q = k + 1;
      while (q < Math.min(hi, k + 6) && isWord(finder.tokens[q], ...chantObjects)) q++;
      const quote = finder.tokens[q];
      if (q === k + 1 || q >= hi || quote?.kind !== 'quote') return null;
      const at = speakerAt(finder, site);
      if (at === null) return null;
      return { cueStart: k, cueEnd: k + 1, phraseStart: at.phraseStart, after: q + 1, speaker: at.speaker, mode: at.mode, forward: q, backward: null, rule: 'chanted-slogans' };
    },
  },
  {
    id: 'group-chanting',
    reads: 'a group and a chant participle before the words: “footage of fans outside the ground chanting, “…””',
    examples: [
      { text: 'A video showed dockers outside the gates chanting, “Fair pay now!”', quotes: [['direct', 'Fair pay now!', 'dockers']] },
      { text: 'Reporters heard nurses shouting: “Safe wards save lives!”', quotes: [['direct', 'Safe wards save lives!', 'nurses']] },
    ],
    match: (finder, site) => {
      const { k, lo, hi, form } = site;
      const token = finder.tokens[k]!;
      if (form === undefined || !chantLemmas.has(form.lemma) || !token.lower.endsWith('ing') || k - 1 <= lo) return null;
      const q = isPunct(finder.tokens[k + 1], ',:') ? k + 2 : k + 1;
      if (q >= hi || finder.tokens[q]!.kind !== 'quote') return null;
      let head = k - 1;
      for (let p = k - 1; p > Math.max(lo, k - 6) && !groupHeads.has(finder.tokens[head]!.lower); p--) {
        if (finder.tokens[p]!.kind !== 'word') return null;
        if (attachingPrepositions.has(finder.tokens[p]!.lower)) head = p - 1;
      }
      if (!groupHeads.has(finder.tokens[head]!.lower) || finder.tokens[head]!.cap) return null;
      const np = classifyPhrase(finder.tokens, finder.text, isWord(finder.tokens[head - 1], ...determiners) && head - 1 >= lo ? head - 1 : head, head + 1, 'group');
      if (np === null) return null;
      return { cueStart: k, cueEnd: k + 1, phraseStart: np.start, after: q + 1, speaker: np, mode: 'np', forward: q, backward: null, rule: 'group-chanting' };
    },
  },
  {
    id: 'accused-by-subject',
    reads: 'people “accused of “…”” inside an object: the accuser is the subject of the sentence, not the accused',
    examples: [
      {
        text: 'The league confirmed the suspension of three players accused of “bringing the game into disrepute,” a decision fans welcomed.',
        quotes: [['direct', 'bringing the game into disrepute,', 'league']],
      },
    ],
    match: (finder, site) => {
      const { k, lo, hi } = site;
      if (site.form?.lemma !== 'accuse' || !isWord(finder.tokens[k], 'accused')) return null;
      const accused = finder.chunkBefore(k, lo);
      const before = finder.tokens[accused - 1];
      if (accused === k || accused <= lo || before === undefined || before.kind !== 'word' || isWord(before, 'and', 'but', 'who', 'that')) return null;
      const parts = finder.finiteParts(site);
      if (parts === null || parts.forward === null) return null;
      const subject = finder.subjectOfSentence(lo, accused);
      return { cueStart: k, cueEnd: parts.cueEnd, phraseStart: accused, after: parts.cueEnd, speaker: subject, mode: subject === null ? 'unknown' : 'np', forward: parts.forward, backward: null, rule: 'accused-by-subject' };
    },
  },
  {
    id: 'reported-order',
    reads: 'an order or a request reported with “to”: “X told the students to leave”, “…, urging residents to stay indoors”',
    examples: [
      { text: 'Police told the campers to leave the forest before dusk.', quotes: [['indirect', 'to leave the forest before dusk', 'Police']] },
      { text: 'Fire chief Ola Brekke urged residents to keep their windows shut.', quotes: [['indirect', 'to keep their windows shut', 'Ola Brekke']] },
      { text: 'Fire chief Ola Brekke reminded residents never to leave candles burning.', quotes: [['indirect', 'never to leave candles burning', 'Ola Brekke']] },
    ],
    match: (finder, site) => {
      const { k, hi, form } = site;
      if (form === undefined || !orderLemmas.has(form.lemma) || passiveAuxiliaries.has(finder.tokens[k - 1]?.lower ?? '')) return null;
      const recipient = { end: finder.chunkAfter(k + 1, hi) };
      if (recipient.end === k + 1 || !isWord(finder.tokens[recipient.end], 'to')) return null;
      const verb = finder.tokens[recipient.end + 1];
      if (verb === undefined || recipient.end + 1 >= hi || verb.kind !== 'word' || verb.cap || finder.words(recipient.end, hi) < 3) return null;
      const at = speakerAt(finder, site);
      if (at === null) return null;
      const negated = isWord(finder.tokens[recipient.end - 1], 'never', 'not') && recipient.end - 1 > k + 1;
      const content = negated ? recipient.end - 1 : recipient.end;
      return { cueStart: k, cueEnd: content, phraseStart: at.phraseStart, after: recipient.end, speaker: at.speaker, mode: at.mode, forward: content, backward: null, rule: 'reported-order' };
    },
  },
  {
    id: 'went-on-to-say',
    reads: 'a cue after “went on to”: “X went on to say that …”',
    examples: [{ text: 'Ruth Okonkwo went on to say that the pumps had failed twice.', quotes: [['indirect', 'the pumps had failed twice', 'Ruth Okonkwo']] }],
    match: (finder, site) => {
      const { k, lo, hi, form } = site;
      const tokens = finder.tokens;
      if (form === undefined || tokens[k]!.lower !== form.lemma || !isWord(tokens[k - 1], 'to') || !isWord(tokens[k - 2], 'on') || !isWord(tokens[k - 3], 'went', 'goes', 'go', 'going')) return null;
      const subject = finder.subjectBefore(k - 3, lo);
      if (subject === null || subject.np === null) return null;
      const cueEnd = form.needsRecipient ? Math.max(k + 1, recipientEnd(tokens, k + 1, hi)) : k + 1;
      const forward = finder.forwardContent(cueEnd, hi, form);
      if (forward === null) return null;
      return { cueStart: k - 3, cueEnd, phraseStart: subject.phraseStart, after: cueEnd, speaker: subject.np, mode: 'np', forward, backward: null, rule: 'went-on-to-say' };
    },
  },
  {
    id: 'prompted-speech',
    reads: 'speech that a reported event prompts, credited to those it prompts: “…, prompting unions to warn that …”',
    examples: [
      {
        text: 'The port authority said it would close two berths in May, prompting unions to warn that hundreds of jobs were at risk.',
        quotes: [
          ['indirect', 'it would close two berths in May', 'port authority'],
          ['indirect', 'hundreds of jobs were at risk', 'unions'],
        ],
      },
    ],
    match: (finder, site) => {
      const { k, lo, hi, form } = site;
      const tokens = finder.tokens;
      if (form === undefined || tokens[k]!.lower !== form.lemma || !isWord(tokens[k - 1], 'to')) return null;
      let chunk = k - 2;
      while (chunk > lo && k - chunk < 6 && tokens[chunk]!.kind === 'word' && !isWord(tokens[chunk], ...promptingVerbs)) chunk--;
      if (!isWord(tokens[chunk], ...promptingVerbs) || chunk + 1 >= k - 1) return null;
      chunk++;
      const speaker = phraseAfter(tokens, finder.text, chunk, k - 1);
      if (speaker === null || speaker.end !== k - 1 || speaker.type === 'pronoun') return null;
      const forward = finder.forwardContent(k + 1, hi, form);
      if (forward === null) return null;
      const phraseStart = isPunct(tokens[chunk - 2], ',') ? chunk - 2 : chunk - 1;
      return { cueStart: k, cueEnd: k + 1, phraseStart, after: k + 1, speaker, mode: 'np', forward, backward: null, rule: 'prompted-speech' };
    },
  },
  {
    id: 'called-on-to',
    reads: 'a call for an act: “X called on the council to resign” (content from “to”), “X called for the law to be scrapped” (content from what is called for)',
    examples: [
      { text: 'Union leader Mia Holt called on the board to reopen the talks.', quotes: [['indirect', 'to reopen the talks', 'Mia Holt']] },
      { text: 'The parish council called for the mast to be moved away from the school.', quotes: [['indirect', 'the mast to be moved away from the school', 'parish council']] },
    ],
    match: (finder, site) => {
      const { k, hi } = site;
      const tokens = finder.tokens;
      if (labelForms.get(tokens[k]!.lower) !== 'call' || !isWord(tokens[k + 1], 'on', 'upon', 'for') || isWord(tokens[k + 2], ...timeNouns, 'it')) return null;
      const end = finder.chunkAfter(k + 2, hi);
      if (end === k + 2 || !isWord(tokens[end], 'to') || end + 1 >= hi || tokens[end + 1]!.kind !== 'word' || tokens[end + 1]!.cap || finder.words(end, hi) < 2) return null;
      const at = speakerAt(finder, { ...site, form: cueForms.get('said') });
      if (at === null) return null;
      const forward = isWord(tokens[k + 1], 'for') ? k + 2 : end;
      return { cueStart: k, cueEnd: forward, phraseStart: at.phraseStart, after: forward, speaker: at.speaker, mode: at.mode, forward, backward: null, rule: 'called-on-to' };
    },
  },
  {
    id: 'with-x-saying',
    reads: 'a participle cue after its own subject and “with”: “…, with the rail company saying it would reopen in May”',
    examples: [
      {
        text: 'The ferry line was shut on Monday after a storm, with Harbor Rail saying it would stay closed until June.',
        quotes: [['indirect', 'it would stay closed until June', 'Harbor Rail']],
      },
      { text: 'Talks resumed at noon, with the union warning that more strikes would follow.', quotes: [['indirect', 'more strikes would follow', 'union']] },
    ],
    match: (finder, site) => {
      const { k, lo, hi, form } = site;
      if (form === undefined || !form.participle || form.lemma === 'quote' || finder.tokens[k - 1]?.kind !== 'word') return null;
      const speaker = phraseBefore(finder.tokens, finder.text, k, lo);
      if (speaker === null || speaker.type === 'pronoun' || speaker.end !== k || !isWord(finder.tokens[speaker.start - 1], 'with') || !isPunct(finder.tokens[speaker.start - 2], ',;—–') || speaker.start - 2 < lo) return null;
      const cueEnd = form.needsRecipient ? Math.max(k + 1, recipientEnd(finder.tokens, k + 1, hi)) : k + 1;
      const forward = finder.forwardContent(cueEnd, hi, form.lemma === 'say' ? { ...form, bareClause: true } : { ...form, bareClause: false });
      if (forward === null) return null;
      return { cueStart: k, cueEnd, phraseStart: speaker.start - 2, after: cueEnd, speaker, mode: 'np', forward, backward: null, rule: 'with-x-saying' };
    },
  },
  {
    id: 'participle-cue',
    reads: 'a participle cue whose speaker is the subject of the sentence: “X defended the plan, saying that …”',
    examples: [
      { text: 'Ruth Okonkwo praised the volunteers on Friday, saying that the levee had held.', quotes: [['indirect', 'the levee had held', 'Ruth Okonkwo']] },
      {
        text: 'The claim was filed by her sons, Ivo Berg and Tom Berg, alleging that the dam had leaked. They alleged she warned the board twice.',
        quotes: [
          ['indirect', 'the dam had leaked', 'Ivo Berg and Tom Berg'],
          ['indirect', 'she warned the board twice', 'Ivo Berg and Tom Berg'],
        ],
      },
      { text: 'Some home-owners who crowded the chamber lost patience, shouting "shame" as they left.', quotes: [['direct', 'shame', 'home-owners']] },
      {
        text: '“The levee held,” Ruth Okonkwo said, before adding: “The pumps did not.”',
        quotes: [
          ['direct', 'The levee held,', 'Ruth Okonkwo'],
          ['direct', 'The pumps did not.', 'Ruth Okonkwo'],
        ],
      },
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
    reads: 'a subject and its cue, before or after the content: “X said (that) …”, “X told Y …”, “…,” X said; a passive cue (“X was accused of …”) credits the agent after “by” or no one, never its subject',
    examples: [
      { text: 'Ruth Okonkwo told the council that the levee had held.', quotes: [['indirect', 'the levee had held', 'Ruth Okonkwo']] },
      { text: '“The levee held,” Ruth Okonkwo said.', quotes: [['direct', 'The levee held,', 'Ruth Okonkwo']] },
      { text: 'The levee held through the night, county engineer Omar Reyes said.', quotes: [['indirect', 'The levee held through the night', 'Omar Reyes']] },
      { text: 'Defence attorney Cory Dane of Pike & Hale LLP told jurors the sum was extreme.', quotes: [['indirect', 'the sum was extreme', 'Cory Dane']] },
      { text: 'Sara Holm told Radio Eastland’s Morning Show programme that prices would keep rising.', quotes: [['indirect', 'prices would keep rising', 'Sara Holm']] },
      { text: 'Ann Lee has been saying for weeks that the plan failed.', quotes: [['indirect', 'the plan failed', 'Ann Lee']] },
      { text: 'Rights groups have accused rangers of executing suspects.', quotes: [['indirect', 'executing suspects', 'Rights groups']] },
      { text: 'Ivo Dane said it was a “myth” that the strike was illegal.', quotes: [['mixed', 'it was a “myth”', 'Ivo Dane']] },
      { text: 'Separately, two men were held at the port, the Harbour Agency said.', quotes: [['indirect', 'two men were held at the port', 'Harbour Agency']] },
      {
        text: 'Critics say the plan is rushed, while supporters argue it will save money.',
        quotes: [
          ['indirect', 'the plan is rushed', 'Critics'],
          ['indirect', 'it will save money', 'supporters'],
        ],
      },
      { text: 'Rob Innes’s eldest son, Mika, said his father had misled him.', quotes: [['indirect', 'his father had misled him', 'Mika']] },
      { text: 'Ann Lee and Bo Kim both said the talks had failed.', quotes: [['indirect', 'the talks had failed', 'Ann Lee and Bo Kim']] },
      { text: 'In a video posted on social media, the Harbour Front claimed responsibility for the blast.', quotes: [] },
      { text: 'The unions have both warned that schools would close.', quotes: [['indirect', 'schools would close', 'unions']] },
      {
        text: 'The treasurer of the guild’s ferry branch, Chris Dane, said yesterday the guild was “pleased with the offer”.',
        quotes: [['mixed', 'the guild was “pleased with the offer”', 'Chris Dane']],
      },
      {
        text: 'Tom Reed, who leads the guild, which represents 4,000 drivers, said members “should have been asked”.',
        quotes: [['mixed', 'members “should have been asked”', 'Tom Reed']],
      },
      { text: 'The United Drivers Association is warning its members of “a rising curve,” such as worn pads.', quotes: [['direct', 'a rising curve,', 'United Drivers Association']] },
      { text: 'Forecasters are warning of a storm that could hit the coast.', quotes: [] },
      { text: 'Ann Lee was telling stories about the wars at the dinner.', quotes: [] },
      { text: 'Acme confirmed the closure of the Leeds plant would cost 200 jobs.', quotes: [['indirect', 'the closure of the Leeds plant would cost 200 jobs', 'Acme']] },
      {
        text: 'Minister Ann Lee has maintained the Rail, Tram and Ferry Union’s ban on driving the buses was a stunt.',
        quotes: [['indirect', 'the Rail, Tram and Ferry Union’s ban on driving the buses was a stunt', 'Ann Lee']],
      },
      { text: 'Acme announced the launch of a new phone in the autumn and its price was high.', quotes: [] },
      { text: 'Although Ann Lee said the bridge was safe, engineers closed it on Monday.', quotes: [['indirect', 'the bridge was safe', 'Ann Lee']] },
      { text: '(Wire) — The union representing drivers at Northline says it has logged more brake faults.', quotes: [['indirect', 'it has logged more brake faults', 'union']] },
      { text: 'The National Farmers Union said prices were falling.', quotes: [['indirect', 'prices were falling', 'National Farmers Union']] },
      { text: 'Planning chairman Tom Reed was accused of bullying councillors into backing the scheme.', quotes: [['indirect', 'bullying councillors into backing the scheme', null]] },
      { text: 'Mayor Tom Reed was accused by rival councillors of bullying members into backing the scheme.', quotes: [['indirect', 'bullying members into backing the scheme', 'rival councillors']] },
      {
        text: 'Governor Lena Ruud told local radio that two hikers were missing and one cabin was destroyed.',
        quotes: [['indirect', 'two hikers were missing and one cabin was destroyed', 'Lena Ruud']],
      },
      {
        text: 'The bridge was closed at dawn, and the ferry crews fled before the storm hit, the Eastport coastguard said.',
        quotes: [['indirect', 'The bridge was closed at dawn, and the ferry crews fled before the storm hit', 'Eastport coastguard']],
      },
      {
        text: 'Ana Berg said the claim was false, but she and club captain Ivo Dane were shown the report soon after.',
        quotes: [['indirect', 'the claim was false, but she and club captain Ivo Dane were shown the report soon after', 'Ana Berg']],
      },
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
      { text: 'Dane’s bloc, however, disputed the tally and said it would not accept the count.', quotes: [['indirect', 'it would not accept the count', 'Dane’s bloc']] },
      { text: 'Ivo Dane’s lawyer questioned the count and said it was wrong.', quotes: [['indirect', 'it was wrong', null]] },
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
    examples: [
      { text: '“The levee held,” said Ruth Okonkwo.', quotes: [['direct', 'The levee held,', 'Ruth Okonkwo']] },
      { text: '“The levee held,” said Acme’s chief engineer Ruth Okonkwo.', quotes: [['direct', 'The levee held,', 'Ruth Okonkwo']] },
    ],
    match: (finder, site) => {
      const parts = finite(finder, site);
      if (parts == null || parts.subject !== null || parts.cueEnd !== site.k + 1 || !finder.invertible(site)) return null;
      const { k, lo, hi } = site;
      const { bare } = parts;
      if (finder.quoteBefore(bare, lo) === null && !isPunct(finder.tokens[bare - 1], ',')) return null;
      const found = phraseAfter(finder.tokens, finder.text, k + 1, hi) ?? finder.documentSource(k + 1, hi);
      const owned = found !== null && found.possessive ? phraseAfter(finder.tokens, finder.text, found.end, hi) : null;
      const np = owned !== null && owned.type === 'name' && !owned.org ? owned : found;
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
