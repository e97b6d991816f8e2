import type { DeepReadonly } from '../dataset/index.js';
import type { Dataset, Quote, Source } from '../schema/records.js';
import { CodePointIndex } from '../text/index.js';
import { speakerPalette } from './style.js';

export type ReportDataset = DeepReadonly<Dataset>;
export type ReportQuote = DeepReadonly<Quote>;
export type ReportSource = DeepReadonly<Source>;

/** The archived texts: by source id (a Map or a plain object), or a function of the source. */
export type ReportTexts =
  | ReadonlyMap<string, string>
  | Readonly<Record<string, string | undefined>>
  | ((source: ReportSource) => string | undefined);

export interface SpeakerView {
  readonly key: string;
  readonly name: string;
  readonly role: string | null;
  readonly swatch: string;
  readonly note: string | null;
  count: number;
}

export type Placement = 'placed' | 'no-span' | 'no-text' | 'out-of-range';

export interface QuoteView {
  readonly key: string;
  readonly label: string;
  readonly quote: ReportQuote;
  readonly speaker: SpeakerView;
  readonly source: SourceView;
  readonly placement: Placement;
  /** The archived characters at the span when they differ from the quote text. */
  readonly mismatch: string | null;
  readonly draft: boolean;
}

export interface SourceView {
  readonly key: string;
  readonly id: string;
  readonly source: ReportSource | null;
  readonly text: CodePointIndex | null;
  readonly quotes: QuoteView[];
}

export interface ReportModel {
  readonly speakers: readonly SpeakerView[];
  readonly sources: readonly SourceView[];
  readonly quotes: readonly QuoteView[];
}

function textOf(texts: ReportTexts | undefined, id: string, source: ReportSource | null): string | undefined {
  if (texts === undefined) return undefined;
  if (typeof texts === 'function') return source === null ? undefined : texts(source);
  if (texts instanceof Map) return texts.get(id);
  return Object.hasOwn(texts, id) ? (texts as Record<string, string | undefined>)[id] : undefined;
}

function speakerViews(dataset: ReportDataset): (speakerId: string | null) => SpeakerView {
  const views = new Map<string | null, SpeakerView>();
  let next = 0;
  const add = (id: string | null, view: Omit<SpeakerView, 'key' | 'swatch' | 'count'>, swatch?: string) => {
    const index = views.size;
    const created: SpeakerView = { ...view, key: `s${index}`, swatch: swatch ?? `c${next++ % speakerPalette.length}`, count: 0 };
    views.set(id, created);
    return created;
  };
  for (const speaker of dataset.speakers) {
    if (!views.has(speaker.id)) add(speaker.id, { name: speaker.name, role: speaker.role, note: null });
  }
  return (speakerId) =>
    views.get(speakerId) ??
    (speakerId === null
      ? add(null, { name: 'Unknown speaker', role: null, note: 'The dataset does not say who said this.' }, 'cx')
      : add(speakerId, { name: speakerId, role: null, note: `"${speakerId}" is not in the speakers table.` }));
}

function placementOf(quote: ReportQuote, text: CodePointIndex | null): { placement: Placement; mismatch: string | null } {
  if (quote.span === null) return { placement: 'no-span', mismatch: null };
  if (text === null) return { placement: 'no-text', mismatch: null };
  if (quote.span.start >= quote.span.end || quote.span.end > text.length) return { placement: 'out-of-range', mismatch: null };
  const found = text.slice(quote.span.start, quote.span.end);
  return { placement: 'placed', mismatch: found === quote.text ? null : found };
}

export function buildModel(dataset: ReportDataset, texts: ReportTexts | undefined): ReportModel {
  const speakerOf = speakerViews(dataset);
  const sources = new Map<string, SourceView>();
  const addSource = (id: string, source: ReportSource | null) => {
    const raw = textOf(texts, id, source);
    const view: SourceView = { key: `src${sources.size}`, id, source, text: raw === undefined ? null : new CodePointIndex(raw), quotes: [] };
    sources.set(id, view);
    return view;
  };
  for (const source of dataset.sources) if (!sources.has(source.id)) addSource(source.id, source);
  const drafts = dataset.quotes.map((quote, index) => ({ quote, index, source: sources.get(quote.sourceId) ?? addSource(quote.sourceId, null) }));
  const sourceOrder = [...sources.values()];
  const position = (entry: (typeof drafts)[number]) => {
    const { placement } = placementOf(entry.quote, entry.source.text);
    return placement === 'placed' ? entry.quote.span!.start : Number.POSITIVE_INFINITY;
  };
  drafts.sort(
    (a, b) =>
      sourceOrder.indexOf(a.source) - sourceOrder.indexOf(b.source) ||
      position(a) - position(b) ||
      (a.quote.span?.end ?? 0) - (b.quote.span?.end ?? 0) ||
      a.index - b.index,
  );
  const quotes = drafts.map((entry, order): QuoteView => {
    const speaker = speakerOf(entry.quote.speakerId);
    speaker.count++;
    const view: QuoteView = {
      key: String(order),
      label: `Q${order + 1}`,
      quote: entry.quote,
      speaker,
      source: entry.source,
      ...placementOf(entry.quote, entry.source.text),
      draft: entry.quote.provenance.method === 'extracted',
    };
    entry.source.quotes.push(view);
    return view;
  });
  const speakers: SpeakerView[] = [];
  for (const quote of quotes) if (!speakers.includes(quote.speaker)) speakers.push(quote.speaker);
  for (const speaker of dataset.speakers) {
    const view = speakerOf(speaker.id);
    if (!speakers.includes(view)) speakers.push(view);
  }
  return { speakers, sources: sourceOrder, quotes };
}
