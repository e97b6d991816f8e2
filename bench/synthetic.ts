import type { Quote, Source, Speaker } from '../src/schema/records.js';

/** A small fast seeded PRNG (mulberry32): the same seed gives the same records on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'the a ceasefire minister said would talks agreement border troops government president council budget ' +
  'sanctions election vote reform economy growth prices energy gas oil exports imports bridge harbour city ' +
  'region parliament opposition court law police security peace mission observers monitoring control week ' +
  'month year percent million billion not never always again new old first last Yerevan Baku Moscow Brussels ' +
  'Лавров Փաշինյան Erdoğan café naïve 😀'
).split(' ');
const topics = ['ceasefire', 'negotiations', 'economy', 'energy', 'security', 'elections', 'health', 'migration'];
const outlets = ['Kommersant', 'TASS', 'Reuters', 'Armenpress', 'APA', null];
const media = ['interview', 'statement', 'press-conference', 'briefing', 'speech', 'social-media', null] as const;

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function sentence(next: () => number, min: number, max: number): string {
  const count = min + Math.floor(next() * (max - min));
  const parts: string[] = [];
  for (let index = 0; index < count; index++) parts.push(pick(next, words));
  const text = parts.join(' ');
  const flavour = next();
  if (flavour < 0.05) return `${text}, "${pick(next, words)}" ${pick(next, words)}`;
  if (flavour < 0.08) return `${text}\n${pick(next, words)}`;
  if (flavour < 0.09) return `-${text}`;
  return text;
}

/** `count` speakers with stable ids speaker-0 … and plausible names, roles and countries. */
export function syntheticSpeakers(count: number, seed = 7): Speaker[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => ({
    id: `speaker-${index}`,
    name: `${pick(next, ['Anna', 'Sergei', 'Nikol', 'Ilham', 'Maria', 'John', 'Aylin', 'Karen'])} Example${index}`,
    aliases: next() < 0.3 ? [`A. Example${index}`] : [],
    kind: next() < 0.9 ? 'person' : 'organization',
    role: next() < 0.7 ? pick(next, ['Minister', 'Spokesperson', 'Mayor', 'Senator', 'Analyst']) : null,
    affiliation: null,
    country: next() < 0.8 ? pick(next, ['RU', 'AM', 'AZ', 'TR', 'US', 'FR']) : null,
    wikidata: null,
    extensions: {},
  }));
}

/** `count` reporting articles without archived text. */
export function syntheticSources(count: number): Source[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `source-${index}`,
    url: `https://news.example/article/${index}`,
    title: `Article ${index}`,
    outlet: 'Example News',
    language: 'en',
    published: { value: null, precision: null, certainty: 'unknown', earliest: null, latest: null, evidence: 'synthetic' },
    archivePath: null,
    sha256: null,
    codePointLength: null,
    extensions: {},
  }));
}

const provenance = Object.freeze({ method: 'imported', agent: 'saidby bench', confidence: null, note: null } as const);
const undated = Object.freeze({ value: null, precision: null, certainty: 'unknown', earliest: null, latest: null, evidence: 'synthetic: no date' } as const);

/**
 * `count` valid synthetic quotes (fixed seed): speakers drawn from `speakers` ids, dates spread over
 * 2015–2024 (mostly days, some months, some unknown), texts with commas, quotes, line breaks, leading "-",
 * Cyrillic, Armenian and emoji. Shared frozen objects keep a million of them within a few hundred MB.
 *
 * @example
 * const quotes = syntheticQuotes(100_000, 1000, 100);
 */
export function syntheticQuotes(count: number, speakers: number, sources: number, seed = 42): Quote[] {
  const next = random(seed);
  const origins = outlets.flatMap((outlet) =>
    media.map((medium) =>
      Object.freeze(
        outlet === null && medium === null
          ? { outlet, medium, certainty: 'unknown' as const, evidence: 'synthetic: not stated' }
          : { outlet, medium, certainty: 'stated' as const, evidence: 'synthetic: stated' },
      ),
    ),
  );
  const quotes: Quote[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const start = Math.floor(next() * 5000);
    const text = sentence(next, 6, 40);
    const year = 2015 + Math.floor(next() * 10);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const dateKind = next();
    quotes[index] = {
      id: `bench-q-${index}`,
      sourceId: `source-${Math.floor(next() * sources)}`,
      speakerId: next() < 0.95 ? `speaker-${Math.floor(next() * speakers)}` : null,
      speakerMention: null,
      kind: next() < 0.6 ? 'direct' : 'indirect',
      text,
      span: { start, end: start + text.length },
      prefix: Array.from(sentence(next, 3, 6)).slice(0, 32).join(''),
      suffix: Array.from(sentence(next, 3, 6)).slice(0, 32).join(''),
      quotedSegments: [],
      cue: next() < 0.8 ? { text: 'said', span: null } : null,
      date:
        dateKind < 0.85
          ? { value: `${year}-${month}-${day}`, precision: 'day', certainty: 'exact', earliest: null, latest: null, evidence: 'synthetic: dated' }
          : dateKind < 0.95
            ? { value: `${year}-${month}`, precision: 'month', certainty: 'inferred', earliest: null, latest: null, evidence: 'synthetic: month' }
            : undated,
      origin: pick(next, origins),
      claimType: next() < 0.5 ? pick(next, ['quantity', 'prediction', 'other'] as const) : null,
      checkworthiness: next() < 0.5 ? pick(next, ['non-factual', 'check-worthy-factual'] as const) : null,
      topics: next() < 0.7 ? [pick(next, topics)] : [],
      mentions: [],
      review: null,
      provenance,
      extensions: {},
    } as Quote;
  }
  return quotes;
}
