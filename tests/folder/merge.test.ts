import { createHash } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { mergeArticle, quoteIdAt } from '../../src/folder/index.js';
import type { Dataset, Quote, Source, Speaker } from '../../src/schema/records.js';
import { foldText, slugOf } from '../../src/text/index.js';

const pool = ['Ana Berg', 'Berg', 'A. Berg', 'Tom Reed', 'Reed', 'Mia Dahl', 'Dahl', 'Ines Holm', 'Holm', 'Ana Bérg'];
const namesOf = (speaker: Pick<Speaker, 'name' | 'aliases'>) => [speaker.name, ...speaker.aliases];

const speakerOf = (id: string, names: readonly string[]): Speaker => ({
  id,
  name: names[0]!,
  aliases: names.slice(1),
  kind: 'person',
  role: null,
  affiliation: null,
  country: null,
  wikidata: null,
  extensions: {},
});

const quoteOf = (id: string, sourceId: string, speakerId: string | null, start: number, length: number, method: Quote['provenance']['method']): Quote =>
  ({ id, sourceId, speakerId, span: { start, end: start + length }, text: `t${start}`, provenance: { method, agent: 'x', confidence: null, note: null } }) as unknown as Quote;

const sourceOf = (id: string, bytes: Uint8Array): Source =>
  ({ id, archivePath: `sources/${id}.txt`, sha256: createHash('sha256').update(bytes).digest('hex'), codePointLength: bytes.length }) as unknown as Source;

/** Folder speakers whose folded names are all distinct (the state merging must keep). */
const folderSpeakers = fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 6, selector: foldText }).chain((names) =>
  fc.array(fc.integer({ min: 1, max: 3 }), { minLength: names.length, maxLength: names.length }).map((sizes) => {
    const speakers: Speaker[] = [];
    let at = 0;
    for (const size of sizes) {
      if (at >= names.length) break;
      const group = names.slice(at, at + size);
      at += size;
      speakers.push(speakerOf(slugOf(group[0]!), group));
    }
    return speakers.filter((speaker, index) => speakers.findIndex((other) => other.id === speaker.id) === index);
  }),
);

const draftSpeakers = fc.array(fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }), { maxLength: 5 }).map((groups) => {
  const taken = new Set<string>();
  return groups.map((group) => {
    let id = slugOf(group[0]!);
    for (let n = 2; taken.has(id); n++) id = `${slugOf(group[0]!)}-${n}`;
    taken.add(id);
    return speakerOf(id, group);
  });
});

const spans = fc.array(fc.record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 15 }), method: fc.constantFrom('extracted', 'curated', 'imported') as fc.Arbitrary<Quote['provenance']['method']> }), { maxLength: 8 });

describe('mergeArticle', () => {
  test.prop({ folderSpeakers, draftSpeakers, oldQuotes: spans, newQuotes: spans, same: fc.boolean() })(
    'never duplicates a speaker, never changes a kept quote, never gives an id to other words',
    ({ folderSpeakers: speakers, draftSpeakers: drafts, oldQuotes, newQuotes, same }) => {
      const oldBytes = Buffer.from('the old article');
      const newBytes = same ? oldBytes : Buffer.from('a new article');
      const folderSource = sourceOf('old', oldBytes);
      const taken = new Set<string>();
      const folder: Dataset = {
        sources: [folderSource],
        speakers,
        quotes: oldQuotes.map((quote, index) => {
          const id = quoteIdAt('old', { start: quote.start, end: quote.start + quote.length }, taken);
          taken.add(id);
          return quoteOf(id, 'old', speakers[index % Math.max(1, speakers.length)]?.id ?? null, quote.start, quote.length, quote.method);
        }),
      };
      const draftSource = sourceOf(same ? 'old-again' : 'new', newBytes);
      const article = {
        bytes: newBytes,
        drafts: {
          sources: [draftSource],
          speakers: drafts,
          quotes: newQuotes.map((quote, index) => quoteOf(`d${index}`, draftSource.id, drafts[index % Math.max(1, drafts.length)]?.id ?? null, quote.start, quote.length, 'extracted')),
        },
      };
      const { dataset, summary } = mergeArticle(structuredClone(folder), article, { replaceDrafts: true });

      const folded = dataset.speakers.flatMap((speaker) => namesOf(speaker).map(foldText));
      expect(new Set(folded).size).toBe(folded.length);
      for (const speaker of speakers) {
        const after = dataset.speakers.find((candidate) => candidate.id === speaker.id)!;
        expect(after.name).toBe(speaker.name);
        expect(after.aliases.slice(0, speaker.aliases.length)).toEqual(speaker.aliases);
      }
      const speakerIds = new Set(dataset.speakers.map((speaker) => speaker.id));
      for (const quote of dataset.quotes) if (quote.speakerId !== null) expect(speakerIds.has(quote.speakerId)).toBe(true);

      const ids = dataset.quotes.map((quote) => quote.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const quote of folder.quotes.filter((candidate) => candidate.provenance.method !== 'extracted')) expect(dataset.quotes).toContainEqual(quote);
      const placeOf = (quote: Quote) => `${quote.sourceId}:${quote.span!.start}-${quote.span!.end}`;
      const oldPlace = new Map(folder.quotes.map((quote) => [quote.id, placeOf(quote)]));
      for (const quote of dataset.quotes) if (oldPlace.has(quote.id)) expect(placeOf(quote)).toBe(oldPlace.get(quote.id));
      expect(dataset.quotes.length).toBe(folder.quotes.length - summary.removed.length + summary.added.length);
      expect(summary.added.length + summary.skipped).toBe(newQuotes.length);
      if (same) expect(dataset.sources).toEqual(folder.sources);
      else expect(dataset.sources.map((source) => source.id)).toEqual(['old', 'new']);
    },
  );
});
