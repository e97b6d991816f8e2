import { layoutRanges, type Range } from '../report/layout.js';
import { speakerPalette } from '../report/style.js';
import type { Quote } from '../schema/records.js';
import {
  checkworthinessLevels,
  claimTypes,
  dateCertainties,
  datePrecisions,
  originCertainties,
  originMedia,
  quoteKinds,
  speakerKinds,
} from '../schema/vocabulary.js';
import type { CodePointIndex } from '../text/index.js';
import { undoStack, type LogEntry } from './changes.js';
import type { Tables } from './folder.js';

/** A piece of article text (`t`, starting at code point `at`) or a highlight holding pieces. */
export type ViewNode =
  | { readonly t: string; readonly at: number }
  | { readonly mark: 'quote' | 'segment' | 'cue' | 'who'; readonly q: readonly string[]; readonly first: boolean; readonly c: ViewNode[] };

interface Mark {
  readonly mark: 'quote' | 'segment' | 'cue' | 'who';
  readonly q: string[];
}

const ranks = { quote: 0, segment: 1, who: 2, cue: 3 } as const;

function nodesOf(text: CodePointIndex, quotes: readonly Quote[]): ViewNode[] {
  const ranges: Range<Mark>[] = [];
  const shared = new Map<string, Range<Mark>>();
  const share = (mark: 'cue' | 'who', span: { start: number; end: number } | null | undefined, id: string) => {
    if (!span) return;
    const key = `${mark}:${span.start}:${span.end}`;
    const existing = shared.get(key);
    if (existing) existing.data.q.push(id);
    else shared.set(key, { start: span.start, end: span.end, rank: ranks[mark], data: { mark, q: [id] } });
  };
  for (const quote of quotes) {
    if (quote.span === null) continue;
    ranges.push({ start: quote.span.start, end: quote.span.end, rank: ranks.quote, data: { mark: 'quote', q: [quote.id] } });
    for (const segment of quote.quotedSegments) {
      ranges.push({ start: segment.span.start, end: segment.span.end, rank: ranks.segment, data: { mark: 'segment', q: [quote.id] } });
    }
    share('who', quote.speakerMention?.span, quote.id);
    share('cue', quote.cue?.span, quote.id);
  }
  const root: ViewNode[] = [];
  const stack: ViewNode[][] = [root];
  for (const token of layoutRanges(text.length, [...ranges, ...shared.values()])) {
    const children = stack.at(-1)!;
    if (token.type === 'text') children.push({ t: text.slice(token.start, token.end), at: token.start });
    else if (token.type === 'open') {
      const node = { mark: token.range.data.mark, q: token.range.data.q, first: token.first, c: [] as ViewNode[] };
      children.push(node);
      stack.push(node.c);
    } else stack.pop();
  }
  return root;
}

export interface ViewState {
  readonly revision: string;
  readonly reviewer: string;
  readonly undo: { readonly seq: number; readonly action: string; readonly quote: string | null; readonly who: string; readonly at: string } | null;
  readonly vocabulary: Record<string, readonly string[]>;
  readonly speakers: Tables['speakers'];
  readonly sources: ReadonlyArray<{ readonly id: string; readonly title: string; readonly outlet: string; readonly nodes: ViewNode[] | null }>;
  readonly quotes: ReadonlyArray<{ readonly record: Quote; readonly label: string; readonly swatch: string; readonly draft: boolean }>;
}

/** Everything the review page shows, from the folder as it is now. */
export function viewState(tables: Tables, texts: ReadonlyMap<string, CodePointIndex>, log: readonly LogEntry[], revision: string, reviewer: string): ViewState {
  const swatches = new Map(tables.speakers.map((speaker, index) => [speaker.id, `c${index % speakerPalette.length}`]));
  const order = new Map(tables.sources.map((source, index) => [source.id, index]));
  const quotes = [...tables.quotes].sort(
    (a, b) =>
      (order.get(a.sourceId) ?? Infinity) - (order.get(b.sourceId) ?? Infinity) ||
      (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity) ||
      (a.span?.end ?? 0) - (b.span?.end ?? 0),
  );
  const last = undoStack(log).at(-1);
  return {
    revision,
    reviewer,
    undo: last === undefined ? null : { seq: last.seq, action: last.action, quote: last.quote, who: last.who, at: last.at },
    vocabulary: { quoteKinds, claimTypes, checkworthinessLevels, speakerKinds, datePrecisions, dateCertainties, originMedia, originCertainties },
    speakers: tables.speakers,
    sources: tables.sources.map((source) => {
      const text = texts.get(source.id);
      return {
        id: source.id,
        title: source.title,
        outlet: source.outlet,
        nodes: text === undefined ? null : nodesOf(text, quotes.filter((quote) => quote.sourceId === source.id)),
      };
    }),
    quotes: quotes.map((record, index) => ({
      record,
      label: `Q${index + 1}`,
      swatch: (record.speakerId !== null && swatches.get(record.speakerId)) || 'cx',
      draft: record.provenance.method === 'extracted',
    })),
  };
}
