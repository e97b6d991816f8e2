import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addArticle } from '../../src/folder/index.js';
import { quoteContext, unannotated, unknownDate, unknownOrigin } from '../../src/schema/defaults.js';
import type { Dataset, Quote, Source, Speaker } from '../../src/schema/records.js';
import { CodePointIndex } from '../../src/text/index.js';

/** An article written for these tests: astral characters before and inside quotes, a draft without a speaker, a quote the extractor misses. */
export const article = `Harbour town backs a sea wall 🌊 after a stormy winter

PORTVALE, March 3, 2026 — The council of Portvale approved a new sea wall on Tuesday after a long night of debate.

"The water reached our doors twice this winter 🌊, and we cannot wait for a third time," Mayor Elena Brightwater told the council.

Brightwater said the wall would cost 4.2 million euros and take two years to build.

Opposition councillor Tomas Reed disagreed. "This plan spends money we do not have," Reed said.

A spokesperson for Dunmore Builders said the crews could start in April, weather permitting.

Marta Quill, who has sold fish 🐟 at the harbour for 30 years, said the wall could block the view that brings tourists to the town.

Residents at the meeting called the vote "a turning point for Portvale 🐚" as they left the hall.
`;

export const sourceId = 'portvale-wall';

const points = (text: string, words: string, from = 0) => {
  const unit = text.indexOf(words, from);
  if (unit < 0) throw new Error(`fixture: ${JSON.stringify(words)} is not in the article`);
  const start = Array.from(text.slice(0, unit)).length;
  return { start, end: start + Array.from(words).length };
};

interface DraftSpec {
  readonly words: string;
  readonly kind: Quote['kind'];
  readonly speakerId: string | null;
  readonly mention: string;
  readonly cue: string;
  readonly cueFrom?: string;
}

const specs: readonly DraftSpec[] = [
  { words: 'The water reached our doors twice this winter 🌊, and we cannot wait for a third time,', kind: 'direct', speakerId: 'elena-brightwater', mention: 'Mayor Elena Brightwater', cue: 'told the council' },
  { words: 'the wall would cost 4.2 million euros and take two years to build', kind: 'indirect', speakerId: 'elena-brightwater', mention: 'Brightwater said', cue: 'said', cueFrom: 'Brightwater said' },
  { words: 'This plan spends money we do not have,', kind: 'direct', speakerId: 'tomas-reed', mention: 'Reed said', cue: 'said', cueFrom: 'Reed said' },
  { words: 'the crews could start in April, weather permitting', kind: 'indirect', speakerId: null, mention: 'A spokesperson for Dunmore Builders', cue: 'said', cueFrom: 'Builders said' },
  { words: 'the wall could block the view that brings tourists to the town', kind: 'indirect', speakerId: 'marta-quill', mention: 'Marta Quill', cue: 'said', cueFrom: 'years, said' },
];

/**
 * The drafts a reviewer starts from, written here as the extractor proposes them (so these tests do not move
 * when the extractor's rules change): five drafts, one without a speaker; the quote at the end is missed.
 */
export function articleDrafts(text = article): Dataset {
  const index = new CodePointIndex(text);
  const anchor = (words: string, from = 0) => {
    const span = points(text, words, from);
    return { text: words, span };
  };
  const unknown = 'Not determined by the extractor.';
  const source: Source = {
    id: sourceId,
    url: null,
    title: 'Harbour town backs a sea wall',
    outlet: 'Portvale Courier',
    language: 'en',
    published: unknownDate(unknown),
    archivePath: `sources/${sourceId}.txt`,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    codePointLength: index.length,
    extensions: {},
  };
  const person = (id: string, name: string, aliases: string[], role: string | null): Speaker => ({ id, name, aliases, kind: 'person', role, affiliation: null, country: null, wikidata: null, extensions: {} });
  const speakers = [person('elena-brightwater', 'Elena Brightwater', ['Brightwater'], 'Mayor'), person('tomas-reed', 'Tomas Reed', ['Reed'], 'Opposition councillor'), person('marta-quill', 'Marta Quill', [], null)];
  const quotes = specs.map((spec, n): Quote => {
    const span = points(text, spec.words);
    const mention = spec.mention.endsWith(' said') ? spec.mention.slice(0, -' said'.length) : spec.mention;
    return {
      id: `${sourceId}-x${n + 1}`,
      sourceId,
      speakerId: spec.speakerId,
      speakerMention: anchor(mention, text.indexOf(spec.mention)),
      kind: spec.kind,
      text: spec.words,
      span,
      ...quoteContext(index, span),
      quotedSegments: [],
      cue: { text: spec.cue, span: points(text, spec.cue, spec.cueFrom === undefined ? 0 : text.indexOf(spec.cueFrom)) },
      date: unknownDate(unknown),
      origin: unknownOrigin(unknown),
      ...unannotated(),
      provenance: { method: 'extracted', agent: 'saidby-extract test', confidence: 0.75, note: 'Written for the review tests.' },
      extensions: {},
    };
  });
  return { sources: [source], speakers, quotes };
}

/** A new dataset folder holding the drafts for the article, archived under sources/, as `extract --out` makes it. */
export function draftFolder(text = article): string {
  const directory = mkdtempSync(join(tmpdir(), 'saidby-review-'));
  addArticle(directory, { bytes: Buffer.from(text, 'utf8'), drafts: articleDrafts(text) });
  return directory;
}

/** The id of the draft whose text begins with `words`. */
export function draftId(directory: string, words: string): string {
  const quotes = JSON.parse(readFileSync(join(directory, 'quotes.json'), 'utf8')) as Array<{ id: string; text: string }>;
  const found = quotes.find((quote) => quote.text.startsWith(words));
  if (found === undefined) throw new Error(`fixture: no draft begins with ${JSON.stringify(words)}`);
  return found.id;
}
