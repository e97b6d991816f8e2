import { attributes, escapeHtml, formatDate, plural, safeHref } from './html.js';
import { layoutRanges, type Range } from './layout.js';
import type { QuoteView, SourceView } from './model.js';

type Layer =
  | { readonly layer: 'quote'; readonly quote: QuoteView }
  | { readonly layer: 'segment'; readonly quote: QuoteView }
  | { readonly layer: 'mention' | 'cue'; readonly quotes: QuoteView[] };

const ranks = { quote: 0, segment: 1, mention: 2, cue: 3 } as const;

function rangesOf(view: SourceView): Range<Layer>[] {
  const ranges: Range<Layer>[] = [];
  const shared = new Map<string, { start: number; end: number; rank: number; data: { layer: 'mention' | 'cue'; quotes: QuoteView[] } }>();
  const share = (layer: 'mention' | 'cue', span: { start: number; end: number } | null | undefined, quote: QuoteView) => {
    if (!span) return;
    const key = `${layer}:${span.start}:${span.end}`;
    const existing = shared.get(key);
    if (existing) existing.data.quotes.push(quote);
    else shared.set(key, { start: span.start, end: span.end, rank: ranks[layer], data: { layer, quotes: [quote] } });
  };
  for (const quote of view.quotes) {
    if (quote.placement === 'placed') {
      ranges.push({ start: quote.quote.span!.start, end: quote.quote.span!.end, rank: ranks.quote, data: { layer: 'quote', quote } });
      for (const segment of quote.quote.quotedSegments) {
        ranges.push({ start: segment.span.start, end: segment.span.end, rank: ranks.segment, data: { layer: 'segment', quote } });
      }
    }
    share('mention', quote.quote.speakerMention?.span, quote);
    share('cue', quote.quote.cue?.span, quote);
  }
  return [...ranges, ...shared.values()];
}

function describe(quote: QuoteView): string {
  return `${quote.label}${quote.draft ? ' (draft)' : ''} · ${quote.speaker.name} · ${quote.quote.kind}`;
}

function openTag(data: Layer, first: boolean): string {
  if (data.layer === 'quote') {
    const { quote } = data;
    const classes = ['q', `k-${quote.quote.kind}`, quote.speaker.swatch, quote.draft ? 'draft' : '', first ? '' : 'cont'];
    const identity = first
      ? {
          id: `hl-${quote.key}`,
          'data-n': quote.draft ? `${quote.label} draft` : quote.label,
          tabindex: 0,
          'aria-describedby': `rh-${quote.key}`,
          title: describe(quote),
        }
      : {};
    return `<mark${attributes({ class: classes.filter(Boolean).join(' '), 'data-q': quote.key, ...identity })}>`;
  }
  if (data.layer === 'segment') {
    return `<mark${attributes({ class: `seg ${data.quote.speaker.swatch}`, 'data-q': data.quote.key, title: `Quoted words of ${data.quote.label}` })}>`;
  }
  const labels = data.quotes.map((quote) => quote.label).join(', ');
  const classes = data.layer === 'cue' ? 'cue' : `who ${data.quotes[0]!.speaker.swatch}`;
  const title = data.layer === 'cue' ? `Cue of ${labels}` : `Speaker of ${labels}`;
  return `<span${attributes({ class: classes, 'data-qs': data.quotes.map((quote) => quote.key).join(' '), title })}>`;
}

export function renderText(view: SourceView): string {
  const text = view.text!;
  return layoutRanges(text.length, rangesOf(view))
    .map((token) => {
      if (token.type === 'text') return escapeHtml(text.slice(token.start, token.end));
      if (token.type === 'open') return openTag(token.range.data, token.first);
      return token.range.data.layer === 'quote' || token.range.data.layer === 'segment' ? '</mark>' : '</span>';
    })
    .join('');
}

function unplacedNotice(view: SourceView): string {
  const unplaced = view.quotes.filter((quote) => quote.placement !== 'placed');
  if (unplaced.length === 0 || view.text === null) return '';
  const labels = unplaced.map((quote) => quote.label).join(', ');
  return `<p class="notice">${plural(unplaced.length, 'quote')} of this source (${escapeHtml(labels)}) ${unplaced.length === 1 ? 'has' : 'have'} no position in the archived text: listed in the panel, not highlighted here.</p>`;
}

export function renderSource(view: SourceView): string {
  const source = view.source;
  const heading = source === null ? `Unknown source “${view.id}”` : source.title;
  const href = safeHref(source?.url ?? null);
  const meta = [
    source === null ? 'not in the sources table' : source.outlet,
    source === null ? '' : `published ${formatDate(source.published)}`,
    plural(view.quotes.length, 'quote'),
  ].filter(Boolean);
  const link = source?.url
    ? ` · ${href === null ? escapeHtml(source.url) : `<a${attributes({ href, rel: 'noopener noreferrer' })}>${escapeHtml(source.url)}</a>`}`
    : '';
  const body =
    view.text === null
      ? `<p class="missing">No archived text was given for this source, so its quotes (${view.quotes.length}) cannot be highlighted; the list shows them.</p>`
      : `<div${attributes({ class: 'text', lang: source?.language ?? null })}>${renderText(view)}</div>`;
  return (
    `<section${attributes({ class: 'source', id: view.key, 'aria-labelledby': `${view.key}-h` })}>` +
    `<h2 id="${view.key}-h">${escapeHtml(heading)}</h2>` +
    `<p class="meta">${meta.map(escapeHtml).join(' · ')}${link}</p>` +
    unplacedNotice(view) +
    body +
    `</section>`
  );
}
