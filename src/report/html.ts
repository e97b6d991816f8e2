import type { DateEstimate, Origin } from '../schema/records.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]!);
}

export function attributes(values: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
}

export function element(name: string, values: Record<string, string | number | boolean | null | undefined>, inner: string): string {
  return `<${name}${attributes(values)}>${inner}</${name}>`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatDate(date: DateEstimate): string {
  if (date.certainty === 'unknown') return 'unknown';
  if (date.value !== null) return `${date.value} (${date.precision} precision, ${date.certainty})`;
  if (date.earliest !== null && date.latest !== null) return `between ${date.earliest} and ${date.latest} (range)`;
  if (date.earliest !== null) return `on or after ${date.earliest} (range)`;
  return `on or before ${date.latest ?? '?'} (range)`;
}

export function formatOrigin(origin: Origin): string {
  if (origin.certainty === 'unknown') return 'unknown';
  const medium = origin.medium === null ? '' : origin.medium.replaceAll('-', ' ');
  const where = [origin.outlet, medium].filter((part) => part !== null && part !== '').join(', ');
  return `${where} (${origin.certainty})`;
}

export function safeHref(url: string | null): string | null {
  if (url === null) return null;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
