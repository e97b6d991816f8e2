import { createHash } from 'node:crypto';
import { version } from '../../package.json';
import { renderSource } from './article.js';
import { barChart } from './chart.js';
import { escapeHtml, plural } from './html.js';
import { buildModel, type ReportDataset, type ReportModel, type ReportTexts } from './model.js';
import { filterChoices, renderPanel } from './panel.js';
import { script } from './script.js';
import { stylesheet } from './style.js';

export type { ReportDataset, ReportQuote, ReportSource, ReportTexts } from './model.js';

export interface ReportOptions {
  /** The archived text of each source: a Map or object keyed by source id, or a function of the source. */
  readonly texts?: ReportTexts;
  /** The page title; by default "Review: " and the headline of the only source, or the number of sources. */
  readonly title?: string;
}

function hashOf(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

function titleOf(model: ReportModel, title: string | undefined): string {
  if (title !== undefined) return title;
  const only = model.sources.length === 1 ? model.sources[0]!.source : null;
  return only ? `Review: ${only.title}` : `Review: ${plural(model.sources.length, 'source')}`;
}

function legend(): string {
  const sample = (classes: string, inner: string) => `<span class="sample"><mark class="${classes}">${inner}</mark></span>`;
  const items = [
    [sample('q k-direct cx', 'words'), 'Direct quote: solid underline'],
    [sample('q k-indirect cx', 'words'), 'Indirect (reported): dashed underline'],
    [sample('q k-mixed cx', 'w <mark class="seg cx">“w”</mark>'), 'Mixed: dotted; quoted words shaded'],
    [`<span class="sample"><span class="cue">said</span></span>`, 'Cue (reporting verb), boxed'],
    [`<span class="sample"><span class="who cx">Name</span></span>`, 'Speaker as named: bold, in the speaker colour'],
    [sample('q k-direct cx draft', 'words'), 'Extracted draft: hatched'],
  ];
  return `<div class="legend"><h2>Legend</h2><ul>${items.map(([mark, text]) => `<li><span aria-hidden="true">${mark}</span><span>${text}</span></li>`).join('')}</ul></div>`;
}

function header(model: ReportModel, title: string): string {
  const drafts = model.quotes.filter((quote) => quote.draft).length;
  const unplaced = model.quotes.filter((quote) => quote.placement !== 'placed').length;
  const mismatched = model.quotes.filter((quote) => quote.mismatch !== null).length;
  const choices = filterChoices(model);
  const summary = [
    plural(model.quotes.length, 'quote'),
    plural(choices.speakers.length, 'speaker'),
    plural(model.sources.length, 'source'),
    drafts > 0 ? plural(drafts, 'draft') : '',
  ].filter(Boolean);
  const notices = [
    drafts > 0
      ? `${plural(drafts, 'quote is an extracted draft', 'quotes are extracted drafts')}: proposed by a program and not yet reviewed; hatched in the text and marked “draft” in the list.`
      : '',
    unplaced > 0
      ? `${plural(unplaced, 'quote has', 'quotes have')} no position in an archived text: listed in the panel but not highlighted.`
      : '',
    mismatched > 0
      ? `${plural(mismatched, 'quote does', 'quotes do')} not match the archived text at its span; see the warnings in the list.`
      : '',
  ].filter(Boolean);
  const speakerBars = choices.speakers.map((choice) => ({ label: choice.label, count: choice.count, swatch: choice.swatch }));
  const claimBars = choices.claims.map((choice) => ({ label: choice.label, count: choice.count, swatch: 'cx' }));
  return (
    `<header class="top"><p class="eyebrow">saidby review page</p><h1>${escapeHtml(title)}</h1>` +
    `<p class="summary">${summary.map((part) => `<strong>${escapeHtml(part)}</strong>`).join(' · ')}. Each highlight is the exact span the dataset records for a quote; check it against the words around it.</p>` +
    notices.map((notice) => `<p class="notice">${escapeHtml(notice)}</p>`).join('') +
    `<div class="overview">` +
    `<div class="chart"><h2>Quotes per speaker</h2>${barChart('chart-speakers', 'Quotes per speaker', speakerBars)}</div>` +
    `<div class="chart"><h2>Quotes per claim type</h2>${barChart('chart-claims', 'Quotes per claim type', claimBars)}</div>` +
    legend() +
    `</div>` +
    `<p class="keys">Keyboard: <kbd>Tab</kbd> moves through the highlights, then the list; <kbd>Enter</kbd> on a highlight selects its row, <kbd>Enter</kbd> on a row jumps back to its highlight.</p>` +
    `</header>`
  );
}

/**
 * Renders a dataset (bundled, loaded or extracted drafts) and the archived texts of its sources as one
 * self-contained HTML review page: every quote span highlighted in its article, a filterable list of the
 * quotes with their metadata, a summary chart and a legend. The page makes no requests, works from file://,
 * reads without JavaScript, and allows only its own inline script and style by hash (Content-Security-Policy).
 * Quotes without a span, or whose source has no text, are listed but not highlighted.
 *
 * @example
 * import { dataset, getSource } from 'saidby';
 * import { readArchivedText } from 'saidby/io';
 * import { renderReport } from 'saidby/report';
 * const html = renderReport(dataset, { texts: (source) => readArchivedText(source) });
 * writeFileSync('report.html', html);
 */
export function renderReport(dataset: ReportDataset, options: ReportOptions = {}): string {
  const model = buildModel(dataset, options.texts);
  const title = titleOf(model, options.title);
  const policy = [
    "default-src 'none'",
    `script-src ${hashOf(script)}`,
    `style-src ${hashOf(stylesheet)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const sections = model.sources.length === 0 ? '<p class="missing">The dataset has no sources.</p>' : model.sources.map(renderSource).join('');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="saidby ${escapeHtml(version)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${stylesheet}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#panel">Skip to the quote list</a>',
    header(model, title),
    `<div class="layout"><main id="main" aria-label="Archived articles">${sections}</main>${renderPanel(model)}</div>`,
    `<footer>Made with saidby ${escapeHtml(version)}. Spans are Unicode code points into the archived text, start inclusive, end exclusive.</footer>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
