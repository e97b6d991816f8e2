import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { readArchivedText } from '../../src/io/files.js';
import { renderReport } from '../../src/report/index.js';
import { layoutRanges, type Range, type Token } from '../../src/report/layout.js';
import { ink, paper, speakerPalette, unknownSwatch } from '../../src/report/style.js';
import { emojiText, hostileDataset, mixedDataset, payload, quote, source, speaker } from './fixtures.js';

const unescape = (html: string) =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

function articleTexts(html: string): string[] {
  return [...html.matchAll(/<div class="text"[^>]*>([\s\S]*?)<\/div><\/section>/g)].map((match) => unescape(match[1]!));
}

function highlightCount(html: string): number {
  return html.match(/<mark class="q [^"]*" data-q="\d+" id="hl-/g)?.length ?? 0;
}

const bundledHtml = renderReport(dataset, { texts: (item) => readArchivedText(item) });

describe('layoutRanges', () => {
  const range = (start: number, end: number, data: string): Range<string> => ({ start, end, rank: 0, data });
  const describeTokens = (tokens: Token<string>[]) =>
    tokens.map((token) =>
      token.type === 'text' ? `${token.start}-${token.end}` : token.type === 'open' ? `<${token.range.data}${token.first ? '' : '+'}` : `${token.range.data}>`,
    );

  it('splits crossing spans into properly nested pieces and reopens the one that continues', () => {
    expect(describeTokens(layoutRanges(10, [range(0, 6, 'a'), range(4, 10, 'b')]))).toEqual(['<a', '0-4', '<b', '4-6', 'b>', 'a>', '<b+', '6-10', 'b>']);
  });

  it('nests a contained span inside its container without splitting either, whatever the input order', () => {
    expect(describeTokens(layoutRanges(8, [range(2, 4, 'inner'), range(1, 6, 'outer')]))).toEqual([
      '0-1', '<outer', '1-2', '<inner', '2-4', 'inner>', '4-6', 'outer>', '6-8',
    ]);
  });

  it('ignores empty and out-of-range spans', () => {
    expect(describeTokens(layoutRanges(4, [range(2, 2, 'empty'), range(3, 9, 'outside')]))).toEqual(['0-4']);
  });

  it('always yields balanced tags whose pieces cover exactly each span, and text that covers the whole in order', () => {
    const spans = fc.array(fc.tuple(fc.nat(30), fc.integer({ min: 1, max: 12 })), { maxLength: 8 });
    fc.assert(
      fc.property(spans, (pairs) => {
        const length = 30;
        const ranges = pairs.map(([start, size], index) => range(start, Math.min(length, start + size), `r${index}`)).filter((r) => r.start < r.end);
        const tokens = layoutRanges(length, ranges);
        const stack: Range<string>[] = [];
        const covered = new Map<Range<string>, number>();
        const firsts = new Map<Range<string>, number>();
        let position = 0;
        for (const token of tokens) {
          if (token.type === 'open') {
            stack.push(token.range);
            if (token.first) firsts.set(token.range, (firsts.get(token.range) ?? 0) + 1);
          } else if (token.type === 'close') {
            expect(stack.pop()).toBe(token.range);
          } else {
            expect(token.start).toBe(position);
            position = token.end;
            for (const open of stack) {
              expect(open.start <= token.start && token.end <= open.end).toBe(true);
              covered.set(open, (covered.get(open) ?? 0) + token.end - token.start);
            }
          }
        }
        expect(stack).toEqual([]);
        expect(position).toBe(length);
        for (const r of ranges) {
          expect(covered.get(r)).toBe(r.end - r.start);
          expect(firsts.get(r)).toBe(1);
        }
      }),
    );
  });
});

describe('renderReport', () => {
  it('highlights every bundled quote once and keeps the archived text character for character', () => {
    expect(highlightCount(bundledHtml)).toBe(dataset.quotes.length);
    expect(bundledHtml.match(/<li class="row /g)).toHaveLength(dataset.quotes.length);
    expect(articleTexts(bundledHtml)).toEqual([readArchivedText(dataset.sources[0]!)]);
    expect(bundledHtml).not.toContain('no position in');
  });

  it('counts code points, not UTF-16 units, when astral emoji come before a quote', () => {
    const only = mixedDataset().dataset;
    const data = { sources: [only.sources[0]!], speakers: only.speakers, quotes: [only.quotes[0]!] };
    const html = renderReport(data, { texts: { alpha: emojiText } });
    const mark = /<mark class="q k-direct c0" data-q="0" id="hl-0"[^>]*>([\s\S]*?)<\/mark>/.exec(html);
    expect(mark?.[1]).toBe('Hello 🌍 world, 🚀 launch &amp; &lt;go&gt;');
    expect(articleTexts(html)).toEqual([emojiText]);
  });

  it('renders crossing and nested spans, several sources, drafts and quotes it cannot place', () => {
    const { dataset: data, texts } = mixedDataset();
    const html = renderReport(data, { texts });
    expect(highlightCount(html)).toBe(5);
    expect(html).toMatch(/<mark class="q k-indirect c0 draft cont" data-q="1">/);
    expect(articleTexts(html)).toEqual([texts.alpha, texts.beta]);
    expect(html.match(/<section class="source"/g)).toHaveLength(3);
    expect(html).toContain('No archived text was given for this source');
    expect(html).toContain('1 quote of this source (Q3) has no position in the archived text');
    expect(html).toContain('Not highlighted: the record has no position in the archived text.');
    expect(html).toContain('Not highlighted: no archived text was given for its source.');
    expect(html).toContain('<span class="badge draft">draft · 42% confidence</span>');
    expect(html).toContain('Unknown speaker');
    expect(html).toMatch(/<span class="cue" data-qs="0 1" title="Cue of Q1, Q2">said<\/span>/);
  });

  it('accepts the texts as a Map, an object or a function', () => {
    const { dataset: data, texts } = mixedDataset();
    const fromObject = renderReport(data, { texts });
    expect(renderReport(data, { texts: new Map(Object.entries(texts)) })).toBe(fromObject);
    expect(renderReport(data, { texts: (item) => texts[item.id] })).toBe(fromObject);
  });

  it('warns instead of failing when a span lies outside the text or the text differs', () => {
    const text = 'Short text here.';
    const inside = quote({ id: 'x-q1', sourceId: 'x', speakerId: 'x', words: 'Short', text, overrides: { text: 'Shirt' } });
    const outside = quote({ id: 'x-q2', sourceId: 'x', speakerId: 'x', words: 'here', text, overrides: { span: { start: 10, end: 99 } } });
    const html = renderReport({ sources: [source('x', text)], speakers: [speaker('x', 'X')], quotes: [inside, outside] }, { texts: { x: text } });
    expect(highlightCount(html)).toBe(1);
    expect(html).toContain('The archived text at 0–5 differs from the quote: “Short”.');
    expect(html).toContain('Not highlighted: its span 10–99 lies outside the archived text (16 code points).');
  });

  it('escapes every field, so payloads in quotes, names, cues, topics and titles stay text', () => {
    const { dataset: data, texts } = hostileDataset();
    const html = renderReport(data, { texts, title: payload });
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/\son(error|mouseover)="/i);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1; alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=&quot;');
    expect(articleTexts(html)).toEqual([texts.evil]);
  });

  it('allows only its own inline script and style, by hash', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(bundledHtml)![1]!.replace(/&#39;/g, "'");
    const script = /<script>([\s\S]*)<\/script>/.exec(bundledHtml)![1]!;
    const style = /<style>([\s\S]*)<\/style>/.exec(bundledHtml)![1]!;
    const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      `script-src ${hash(script)}`,
      `style-src ${hash(style)}`,
      "img-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(bundledHtml).not.toMatch(/\sstyle="/);
    expect(bundledHtml).not.toMatch(/\ssrc="|<link\b|<iframe\b|url\(/);
  });

  it('uses speaker colours with WCAG AA contrast for text, badges and highlights', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high! + 0.05) / (low! + 0.05);
    };
    for (const swatch of [...speakerPalette, unknownSwatch]) {
      expect(contrast(swatch.dark, paper)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(swatch.dark, swatch.light)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink, swatch.light)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink, swatch.mid)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
