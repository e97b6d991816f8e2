import { attributes, element, escapeHtml, formatDate, formatOrigin } from './html.js';
import type { QuoteView, ReportModel } from './model.js';

export const kindDescriptions = {
  direct: 'direct',
  indirect: 'indirect (reported)',
  mixed: 'mixed',
} as const;

export function claimKey(quote: QuoteView): string {
  return quote.quote.claimType ?? 'none';
}

export function claimLabel(key: string): string {
  return key === 'none' ? 'not annotated' : key.replaceAll('-', ' ');
}

interface Choice {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly swatch?: string;
}

function countBy(quotes: readonly QuoteView[], key: (quote: QuoteView) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const quote of quotes) counts.set(key(quote), (counts.get(key(quote)) ?? 0) + 1);
  return counts;
}

function chips(name: string, legend: string, total: number, choices: readonly Choice[]): string {
  const option = (choice: Choice, checked: boolean) =>
    `<label><input${attributes({ type: 'radio', name, value: choice.value, checked })}>` +
    (choice.swatch ? `<span class="dot ${choice.swatch}" aria-hidden="true"></span>` : '') +
    `${escapeHtml(choice.label)} <span aria-hidden="true">(${choice.count})</span><span class="vh">, ${choice.count} quotes</span></label>`;
  return (
    `<fieldset><legend>${legend}</legend><div class="chips">` +
    option({ value: 'all', label: 'All', count: total }, true) +
    choices.map((choice) => option(choice, false)).join('') +
    `</div></fieldset>`
  );
}

export function filterChoices(model: ReportModel) {
  const kinds = countBy(model.quotes, (quote) => quote.quote.kind);
  const claims = countBy(model.quotes, claimKey);
  return {
    speakers: model.speakers
      .filter((speaker) => speaker.count > 0)
      .map((speaker) => ({ value: speaker.key, label: speaker.name, count: speaker.count, swatch: speaker.swatch })),
    kinds: (['direct', 'indirect', 'mixed'] as const)
      .filter((kind) => kinds.has(kind))
      .map((kind) => ({ value: kind, label: kind, count: kinds.get(kind)! })),
    claims: [...claims.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([value, count]) => ({ value, label: claimLabel(value), count })),
  };
}

function renderFilters(model: ReportModel): string {
  const choices = filterChoices(model);
  const total = model.quotes.length;
  return (
    `<form id="filters" class="filters" aria-label="Filter quotes" hidden>` +
    chips('speaker', 'Speaker', total, choices.speakers) +
    chips('kind', 'Kind', total, choices.kinds) +
    chips('claim', 'Claim type', total, choices.claims) +
    `</form>`
  );
}

function placementWarning(quote: QuoteView): string {
  const span = quote.quote.span;
  switch (quote.placement) {
    case 'no-span':
      return 'Not highlighted: the record has no position in the archived text.';
    case 'no-text':
      return 'Not highlighted: no archived text was given for its source.';
    case 'out-of-range':
      return `Not highlighted: its span ${span!.start}–${span!.end} lies outside the archived text (${quote.source.text!.length} code points).`;
    default:
      return quote.mismatch === null ? '' : `The archived text at ${span!.start}–${span!.end} differs from the quote: “${quote.mismatch}”.`;
  }
}

function fact(term: string, value: string): string {
  return `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`;
}

function renderRow(quote: QuoteView, multipleSources: boolean): string {
  const record = quote.quote;
  const placed = quote.placement === 'placed';
  const provenance = record.provenance;
  const confidence = provenance.confidence === null ? '' : ` · ${Math.round(provenance.confidence * 100)}% confidence`;
  const badges = [
    `<span class="badge num">${quote.label}</span>`,
    `<span class="badge kind k-${escapeHtml(record.kind)}">${escapeHtml(kindDescriptions[record.kind] ?? record.kind)}</span>`,
    quote.draft ? `<span class="badge draft">draft${escapeHtml(confidence)}</span>` : '',
    provenance.method === 'imported' ? `<span class="badge">imported</span>` : '',
    record.review ? `<span class="badge">fact-checked</span>` : '',
  ].join('');
  const name = `${escapeHtml(quote.speaker.name)}<span class="vh">, ${escapeHtml(record.kind)} quote ${quote.label}${quote.draft ? ', draft' : ''}</span>`;
  const heading = placed ? element('a', { class: 'goto', href: `#hl-${quote.key}` }, name) : name;
  const role = quote.speaker.role ?? quote.speaker.note ?? 'Role not stated';
  const facts = [
    fact('Said', formatDate(record.date)),
    fact('Origin', formatOrigin(record.origin)),
    fact('Claim type', claimLabel(record.claimType ?? 'none')),
    fact('Check-worthiness', record.checkworthiness?.replaceAll('-', ' ') ?? 'not annotated'),
    record.cue ? fact('Cue', `“${record.cue.text}”`) : '',
    record.speakerMention ? fact('Named as', `“${record.speakerMention.text}”`) : '',
    record.topics.length > 0 ? fact('Topics', record.topics.join(', ')) : '',
    record.review ? fact('Fact-check', `${record.review.reviewer}: ${record.review.rating.alternateName}`) : '',
    multipleSources ? fact('Source', quote.source.source?.title ?? quote.source.id) : '',
  ].join('');
  const warning = placementWarning(quote);
  const evidence = [
    `<p><strong>Date:</strong> ${escapeHtml(record.date.evidence)}</p>`,
    `<p><strong>Origin:</strong> ${escapeHtml(record.origin.evidence)}</p>`,
    `<p><strong>Provenance:</strong> ${escapeHtml(`${provenance.method} by ${provenance.agent}${confidence}`)}${provenance.note ? ` — ${escapeHtml(provenance.note)}` : ''}</p>`,
    record.mentions.length > 0 ? `<p><strong>Mentions:</strong> ${escapeHtml(record.mentions.map((mention) => mention.name).join(', '))}</p>` : '',
    `<p><strong>Record:</strong> ${escapeHtml(record.id)}${record.span ? ` · code points ${record.span.start}–${record.span.end}` : ''}</p>`,
  ].join('');
  return (
    `<li${attributes({
      class: ['row', quote.speaker.swatch, placed ? '' : 'unplaced', quote.draft ? 'is-draft' : ''].filter(Boolean).join(' '),
      id: `row-${quote.key}`,
      'data-row': quote.key,
      'data-speaker': quote.speaker.key,
      'data-kind': record.kind,
      'data-claim': claimKey(quote),
    })}>` +
    `<div class="row-top">${badges}</div>` +
    `<h3 id="rh-${quote.key}">${heading}</h3>` +
    `<p class="role">${escapeHtml(role)}</p>` +
    `<p class="qt">${escapeHtml(record.text)}</p>` +
    `<dl class="facts">${facts}</dl>` +
    (warning ? `<p class="warn">${escapeHtml(warning)}</p>` : '') +
    `<details><summary>Evidence and provenance</summary>${evidence}</details>` +
    `</li>`
  );
}

export function renderPanel(model: ReportModel): string {
  const multipleSources = model.sources.length > 1;
  const rows = model.quotes.map((quote) => renderRow(quote, multipleSources)).join('');
  return (
    `<aside id="panel" aria-labelledby="panel-h"><h2 id="panel-h">Quotes</h2>` +
    renderFilters(model) +
    `<p class="count" id="shown-count" role="status">${model.quotes.length} quotes</p>` +
    (model.quotes.length === 0 ? `<p class="empty">The dataset has no quotes.</p>` : '') +
    `<ol class="rows" id="quote-list">${rows}</ol></aside>`
  );
}
