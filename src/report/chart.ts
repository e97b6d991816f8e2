import { escapeHtml } from './html.js';

export interface Bar {
  readonly label: string;
  readonly count: number;
  /** Swatch class that sets the bar colour, e.g. "c0". */
  readonly swatch: string;
}

const width = 340;
const labelWidth = 140;
const barArea = 160;
const rowHeight = 22;

function shorten(label: string, limit = 20): string {
  const characters = [...label];
  return characters.length <= limit ? label : `${characters.slice(0, limit - 1).join('')}…`;
}

export function barChart(id: string, title: string, bars: ReadonlyArray<Bar>): string {
  const height = Math.max(1, bars.length) * rowHeight + 4;
  const most = Math.max(1, ...bars.map((bar) => bar.count));
  const description = bars.map((bar) => `${bar.label}: ${bar.count}`).join('; ') || 'no quotes';
  const rows = bars
    .map((bar, index) => {
      const y = 2 + index * rowHeight;
      const length = Math.max(2, Math.round((bar.count / most) * barArea));
      const label = escapeHtml(shorten(bar.label));
      return (
        `<g><title>${escapeHtml(`${bar.label}: ${bar.count}`)}</title>` +
        `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${label}</text>` +
        `<rect class="track" x="${labelWidth}" y="${y + 3}" width="${barArea}" height="14" rx="2"/>` +
        `<rect class="bar ${bar.swatch}" x="${labelWidth}" y="${y + 3}" width="${length}" height="14" rx="2"/>` +
        `<text class="n" x="${labelWidth + barArea + 6}" y="${y + 15}">${bar.count}</text></g>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(description)}</desc>${rows}</svg>`
  );
}
