import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractQuotes } from '../../src/extract/index.js';
import { addArticle } from '../../src/folder/index.js';

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

/** A new dataset folder holding the extractor's drafts for the article, archived under sources/. */
export function draftFolder(text = article): string {
  const directory = mkdtempSync(join(tmpdir(), 'saidby-review-'));
  const drafts = extractQuotes(text, { sourceId, title: 'Harbour town backs a sea wall', outlet: 'Portvale Courier' });
  addArticle(directory, { bytes: Buffer.from(text, 'utf8'), drafts });
  return directory;
}

/** The id of the draft whose text begins with `words`. */
export function draftId(directory: string, words: string): string {
  const quotes = JSON.parse(readFileSync(join(directory, 'quotes.json'), 'utf8')) as Array<{ id: string; text: string }>;
  const found = quotes.find((quote) => quote.text.startsWith(words));
  if (found === undefined) throw new Error(`fixture: no draft begins with ${JSON.stringify(words)}`);
  return found.id;
}
