import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset, getQuote, getSource, getSpeaker, quotes, sources, speakers } from '../../src/index.js';
import { CodePointIndex } from '../../src/text/index.js';
import { bundledDatasetDirectory, readArchivedText } from '../../src/io/files.js';
import { tableNames } from '../../src/schema/vocabulary.js';

const text = readArchivedText(sources[0]!)!;
const index = new CodePointIndex(text);
const codePointOffset = (unit: number) => index.toCodePoint(unit);
const inside = (start: number, end: number, span: { start: number; end: number } | null) =>
  span !== null && span.start <= start && end <= span.end;

describe('bundled dataset', () => {
  it('is deeply frozen: mutating an exported record throws', () => {
    expect(() => {
      (quotes[0] as { text: string }).text = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (quotes[0]!.span as { start: number }).start = 0;
    }).toThrow(TypeError);
    expect(() => (quotes as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => (speakers[0]!.aliases as string[]).push('x')).toThrow(TypeError);
    expect(Object.isFrozen(dataset)).toBe(true);
  });

  it('looks records up by id', () => {
    expect(getQuote('azatutyun-30929229-q06')?.text).toBe('the number of such fighters is approaching 2,000');
    expect(getSpeaker('sergei-lavrov')?.wikidata).toBe('Q58217');
    expect(getSource('azatutyun-30929229')?.url).toBe('https://azatutyun.am/a/30929229.html');
    expect(getQuote('nope')).toBeUndefined();
  });

  it('keeps each table as pretty-printed JSON with a stable key order', () => {
    for (const table of tableNames) {
      const file = readFileSync(join(bundledDatasetDirectory(), `${table}.json`), 'utf8');
      expect(file).toBe(`${JSON.stringify(dataset[table], null, 2)}\n`);
    }
  });

  it.runIf(existsSync(join(process.cwd(), '..', 'shared', 'sources')))('holds the archived source byte for byte', () => {
    const shared = readFileSync(join(process.cwd(), '..', 'shared', 'sources', 'azatutyun-30929229.txt'));
    expect(readFileSync(join(bundledDatasetDirectory(), 'sources', 'azatutyun-30929229.txt')).equals(shared)).toBe(true);
  });

  it('covers every quotation in the article body', () => {
    const body = text.slice(text.indexOf('A sustainable ceasefire'));
    const offset = text.length - body.length;
    const quoted = [...body.matchAll(/“([^”]*)”/g)].map((match) => ({
      start: codePointOffset(offset + match.index + 1),
      end: codePointOffset(offset + match.index + 1 + match[1]!.length),
    }));
    expect(quoted.length).toBe(7);
    for (const { start, end } of quoted) {
      expect(quotes.some((quote) => inside(start, end, quote.span))).toBe(true);
    }
  });

  it('has an attribution for every reporting verb in the article body', () => {
    const body = text.slice(text.indexOf('A sustainable ceasefire'));
    const offset = text.length - body.length;
    const cues = [...body.matchAll(/\b(said|saying|added|stressed|according to|told)\b/gi)].map((match) =>
      codePointOffset(offset + match.index),
    );
    expect(cues.length).toBe(15);
    for (const cueStart of cues) {
      expect(quotes.some((quote) => quote.cue?.span?.start === cueStart)).toBe(true);
    }
  });

  it('counts 17 attributions: 5 direct, 10 indirect, 2 mixed, by three speakers', () => {
    const count = (kind: string) => quotes.filter((quote) => quote.kind === kind).length;
    expect([count('direct'), count('indirect'), count('mixed')]).toEqual([5, 10, 2]);
    expect(new Set(quotes.map((quote) => quote.speakerId))).toEqual(new Set(['sergei-lavrov', 'kremlin', 'andrei-rudenko']));
  });

  it('uses only the verified Wikidata QIDs', () => {
    const verified = new Set(['Q7747', 'Q58217', 'Q39259', 'Q7035479', 'Q81299']);
    const used = [...speakers.map((speaker) => speaker.wikidata), ...quotes.flatMap((quote) => quote.mentions.map((m) => m.wikidata))];
    for (const qid of used) if (qid !== null) expect(verified).toContain(qid);
  });

  it('gives an origin outlet only with evidence, and leaves Rudenko’s unknown', () => {
    for (const quote of quotes) {
      expect(quote.origin.evidence.length).toBeGreaterThan(20);
      expect(quote.date.evidence.length).toBeGreaterThan(20);
      expect(quote.review).toBeNull();
    }
    const rudenko = quotes.filter((quote) => quote.speakerId === 'andrei-rudenko');
    expect(rudenko.map((quote) => [quote.origin.outlet, quote.date.certainty])).toEqual(Array(4).fill([null, 'unknown']));
  });
});
