import { createHash } from 'node:crypto';
import { SaidbyError, type SaidbyIssueCode } from '../error/index.js';
import type { Dataset, Quote, Source, Speaker } from '../schema/records.js';
import { codePointLength, foldText } from '../text/index.js';

/** An article to add to a dataset folder: its exact bytes and the draft records made from them. */
export interface ArticleDrafts {
  /** The article as read, byte for byte; it is archived unchanged. */
  readonly bytes: Uint8Array;
  /** One source (the article) and the speakers and quotes proposed for it, as `extractQuotes` returns them. */
  readonly drafts: Dataset;
}

export interface AddOptions {
  /** The article is in the folder already: replace its draft quotes (curated and imported ones stay). */
  readonly replaceDrafts?: boolean;
}

export interface AddSummary {
  /** The id of the article's source in the folder. */
  readonly sourceId: string;
  /** True when the article was new to the folder. */
  readonly newSource: boolean;
  /** Ids of the quotes added. */
  readonly added: readonly string[];
  /** Ids of the article's earlier drafts removed by `replaceDrafts`. */
  readonly removed: readonly string[];
  /** Drafts left out because their span overlaps a curated or imported quote kept in the folder. */
  readonly skipped: number;
  /** Ids of the speakers added to the folder. */
  readonly newSpeakers: readonly string[];
  /** Draft speakers found in the folder (by id or by a shared name or alias), and the alias added to each. */
  readonly mergedSpeakers: ReadonlyArray<{ readonly draft: string; readonly into: string; readonly aliasesAdded: readonly string[] }>;
  /** Draft speakers whose name or alias more than one folder speaker has: their quotes get speakerId null, not a guess. */
  readonly ambiguousSpeakers: ReadonlyArray<{ readonly draft: string; readonly candidates: readonly string[] }>;
}

export interface MergeResult {
  readonly dataset: Dataset;
  /** The archive to write (path inside the folder), or null when the folder has it already. */
  readonly archive: { readonly path: string; readonly bytes: Uint8Array } | null;
  readonly summary: AddSummary;
}

function refuse(code: SaidbyIssueCode, path: PropertyKey[], message: string): never {
  throw new SaidbyError([{ code, path, message }]);
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const namesOf = (speaker: Pick<Speaker, 'name' | 'aliases'>) => [speaker.name, ...speaker.aliases];

function overlaps(a: Quote['span'], b: Quote['span']): boolean {
  return a !== null && b !== null && a.start < b.end && b.start < a.end;
}

/**
 * The id of a quote found at `span` of a source: `<sourceId>-q<start>-<end>`. It names the quote's place in the
 * archived text, so an id never comes to stand for other words; `taken` ids get a `-2`, `-3`, … suffix.
 *
 * @example
 * quoteIdAt('mayor-story', { start: 120, end: 188 }, new Set()); // 'mayor-story-q120-188'
 */
export function quoteIdAt(sourceId: string, span: { start: number; end: number } | null, taken: ReadonlySet<string>, fallback = 0): string {
  const base = span === null ? `${sourceId}-n${fallback}` : `${sourceId}-q${span.start}-${span.end}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function mergeSpeakers(folder: Speaker[], drafts: readonly Speaker[]) {
  const speakers = folder.map((speaker) => ({ ...speaker, aliases: [...speaker.aliases] }));
  const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]));
  const idOf = new Map<string, string | null>();
  const ambiguous: Array<{ draft: string; candidates: string[] }> = [];
  const newSpeakers: string[] = [];
  const merged: Array<{ draft: string; into: string; aliasesAdded: string[] }> = [];
  for (const draft of drafts) {
    const folded = new Set(namesOf(draft).map(foldText));
    const sameName = speakers.filter((speaker) => namesOf(speaker).some((name) => folded.has(foldText(name))));
    const target = byId.get(draft.id) ?? (sameName.length === 1 ? sameName[0] : undefined);
    if (target === undefined && sameName.length > 1) {
      idOf.set(draft.id, null);
      ambiguous.push({ draft: draft.id, candidates: sameName.map((speaker) => speaker.id) });
      continue;
    }
    if (target === undefined) {
      let id = draft.id;
      for (let n = 2; byId.has(id); n++) id = `${draft.id}-${n}`;
      const known = new Set([...speakers.flatMap((speaker) => namesOf(speaker).map(foldText)), foldText(draft.name)]);
      const aliases: string[] = [];
      for (const alias of draft.aliases) {
        if (known.has(foldText(alias))) continue;
        known.add(foldText(alias));
        aliases.push(alias);
      }
      const added = { ...draft, id, aliases };
      speakers.push(added);
      byId.set(id, added);
      idOf.set(draft.id, id);
      newSpeakers.push(id);
      continue;
    }
    const known = new Set(speakers.flatMap((speaker) => namesOf(speaker).map(foldText)));
    const aliasesAdded: string[] = [];
    for (const name of namesOf(draft)) {
      if (known.has(foldText(name))) continue;
      known.add(foldText(name));
      target.aliases.push(name);
      aliasesAdded.push(name);
    }
    idOf.set(draft.id, target.id);
    merged.push({ draft: draft.id, into: target.id, aliasesAdded });
  }
  return { speakers, idOf, newSpeakers, merged, ambiguous };
}

/**
 * Adds an article and its drafts to a dataset (in memory): the source and its archive when new, speakers
 * merged with the folder's by id or a shared name or alias (a new alias is added, never a second speaker),
 * quotes under ids that no quote of the folder has. Curated and imported quotes are never changed. An article
 * already in the folder (same bytes) is refused unless `replaceDrafts`, which swaps its drafts for the new ones.
 *
 * @example
 * const { dataset, archive, summary } = mergeArticle(folder, { bytes, drafts: extractQuotes(text) });
 */
export function mergeArticle(folder: Dataset, article: ArticleDrafts, options: AddOptions = {}): MergeResult {
  const [draftSource, ...others] = article.drafts.sources;
  if (draftSource === undefined || others.length > 0) refuse('invalid_argument', ['drafts', 'sources'], 'the drafts must hold exactly one source, the article');
  const sha256 = sha256Of(article.bytes);
  if (draftSource.sha256 !== null && draftSource.sha256 !== sha256) {
    refuse('hash_mismatch', ['drafts', 'sources', 0, 'sha256'], `the drafts were made from other bytes (sha256 ${draftSource.sha256}) than the article given (${sha256})`);
  }
  const present = folder.sources.find((source) => source.sha256 === sha256);
  if (present !== undefined && !options.replaceDrafts) {
    refuse('article_in_folder', ['sources', present.id], `the article is in the folder already as source "${present.id}"; replaceDrafts replaces its draft quotes`);
  }
  if (present === undefined) {
    const sameId = folder.sources.find((source) => source.id === draftSource.id);
    if (sameId !== undefined) refuse('source_id_taken', ['sources', sameId.id], `source id "${sameId.id}" names another article in the folder; choose another source id`);
  }
  const archivePath = draftSource.archivePath ?? `sources/${draftSource.id}.txt`;
  if (present === undefined && folder.sources.some((source) => source.archivePath === archivePath)) {
    refuse('archive_conflict', ['sources', 'archivePath'], `${archivePath} is the archive of another source in the folder`);
  }
  const source: Source =
    present ?? { ...draftSource, archivePath, sha256, codePointLength: draftSource.codePointLength ?? codePointLength(new TextDecoder('utf-8', { ignoreBOM: true }).decode(article.bytes)) };
  const { speakers, idOf, newSpeakers, merged, ambiguous } = mergeSpeakers(folder.speakers, article.drafts.speakers);

  const isOld = (quote: Quote) => quote.sourceId === source.id;
  const removed = folder.quotes.filter((quote) => isOld(quote) && quote.provenance.method === 'extracted');
  const kept = folder.quotes.filter((quote) => !(isOld(quote) && quote.provenance.method === 'extracted'));
  const keptHere = kept.filter(isOld);
  const taken = new Set(kept.map((quote) => quote.id));
  let skipped = 0;
  const added: Quote[] = [];
  article.drafts.quotes.forEach((draft, index) => {
    if (keptHere.some((quote) => overlaps(quote.span, draft.span))) {
      skipped++;
      return;
    }
    const id = quoteIdAt(source.id, draft.span, taken, index + 1);
    taken.add(id);
    added.push({ ...draft, id, sourceId: source.id, speakerId: draft.speakerId === null ? null : idOf.has(draft.speakerId) ? idOf.get(draft.speakerId)! : draft.speakerId });
  });
  const used = new Set(added.map((quote) => quote.speakerId));
  const unusedNew = new Set(newSpeakers.filter((id) => !used.has(id)));
  const quotes = placeQuotes(kept, added, source.id);
  return {
    dataset: {
      sources: present === undefined ? [...folder.sources, source] : folder.sources,
      speakers: speakers.filter((speaker) => !unusedNew.has(speaker.id)),
      quotes,
    },
    archive: present === undefined ? { path: archivePath, bytes: article.bytes } : null,
    summary: {
      sourceId: source.id,
      newSource: present === undefined,
      added: added.map((quote) => quote.id),
      removed: removed.map((quote) => quote.id),
      skipped,
      newSpeakers: newSpeakers.filter((id) => !unusedNew.has(id)),
      mergedSpeakers: merged,
      ambiguousSpeakers: ambiguous,
    },
  };
}

function placeQuotes(kept: readonly Quote[], added: readonly Quote[], sourceId: string): Quote[] {
  const at = kept.findIndex((quote) => quote.sourceId === sourceId);
  if (at < 0) return [...kept, ...added];
  const block = [...kept.filter((quote) => quote.sourceId === sourceId), ...added].sort(
    (a, b) => (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity) || (a.span?.end ?? Infinity) - (b.span?.end ?? Infinity),
  );
  const rest = kept.filter((quote) => quote.sourceId !== sourceId);
  const before = kept.slice(0, at).filter((quote) => quote.sourceId !== sourceId).length;
  return [...rest.slice(0, before), ...block, ...rest.slice(before)];
}
