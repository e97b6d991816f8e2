import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGoldDirectory } from '../../bench/eval.js';
import { sameSpeaker, scoreQuotes, type ScoredQuote } from '../../src/extract/index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const goldFile = JSON.parse(readFileSync(`${fixtures}storm.gold.json`, 'utf8')) as {
  quotes: Array<{ span: [number, number]; kind: ScoredQuote['kind']; speaker: string | null }>;
};
const gold: ScoredQuote[] = goldFile.quotes.map((quote) => ({ start: quote.span[0], end: quote.span[1], kind: quote.kind, speaker: quote.speaker }));

describe('sameSpeaker', () => {
  it('compares last names and organisation names, ignoring case, accents, "the" and corporate suffixes', () => {
    expect(sameSpeaker('Ana Berg', 'Berg')).toBe(true);
    expect(sameSpeaker('Stéphane Moreau', 'stephane moreau')).toBe(true);
    expect(sameSpeaker('the Kremlin', 'Kremlin')).toBe(true);
    expect(sameSpeaker('Zentrix Corp.', 'Zentrix')).toBe(true);
    expect(sameSpeaker('Meridian', 'Meridian Health')).toBe(true);
    expect(sameSpeaker('Ana Berg', 'Lena Holm')).toBe(false);
    expect(sameSpeaker(null, null)).toBe(true);
    expect(sameSpeaker('Ana Berg', null)).toBe(false);
  });

  it('agrees on whole words only, and on an honorific with the last name', () => {
    expect(sameSpeaker('Ms Berg', 'Ana Berg')).toBe(true);
    expect(sameSpeaker('Dr. Lena Holm', 'Holm')).toBe(true);
    expect(sameSpeaker('Todd Reyes', 'Aaron Reyes')).toBe(false);
    expect(sameSpeaker('Bergman', 'Ana Berg')).toBe(false);
    expect(sameSpeaker('Ana Bergström', 'Ana Berg')).toBe(false);
    expect(sameSpeaker('Meridian Health', 'Meridian Bank')).toBe(false);
  });

  it('never credits a pronoun, whatever it is compared with', () => {
    for (const pronoun of ['he', 'He', 'she', 'it', 'It', 'they', 'him', 'her', 'them', 'we', 'I']) {
      expect(sameSpeaker(pronoun, 'Ana Berg')).toBe(false);
      expect(sameSpeaker('Ana Berg', pronoun)).toBe(false);
      expect(sameSpeaker(pronoun, pronoun)).toBe(false);
      expect(sameSpeaker(pronoun, null)).toBe(false);
    }
    expect(sameSpeaker('', '')).toBe(false);
  });
});

describe('scoreQuotes on the hand-made gold file', () => {
  it('scores perfect predictions as 1 everywhere', () => {
    const score = scoreQuotes([{ predicted: gold, gold }]);
    expect([score.exact.f1, score.overlap.f1, score.speaker.accuracy, score.endToEnd.exact.f1]).toEqual([1, 1, 1, 1]);
  });

  it('matches one to one, needs half of the gold span for overlap and checks speakers', () => {
    const [g1, g2, g3, g4] = gold as [ScoredQuote, ScoredQuote, ScoredQuote, ScoredQuote, ScoredQuote];
    const predicted: ScoredQuote[] = [
      g1,
      { ...g1 },
      { ...g2, end: g2.end + 18 },
      { ...g3, speaker: 'Lena Holm' },
      { ...g4, start: g4.start, end: g4.start + Math.floor((g4.end - g4.start) / 2) - 1 },
    ];
    const score = scoreQuotes([{ predicted, gold }]);
    expect(score.exact).toMatchObject({ predicted: 5, gold: 5, matched: 2, precision: 2 / 5, recall: 2 / 5 });
    expect(score.overlap).toMatchObject({ predicted: 5, gold: 5, matched: 3, precision: 3 / 5, recall: 3 / 5 });
    expect(score.overlap.f1).toBeCloseTo(0.6, 10);
    expect(score.speaker).toEqual({ pairs: 3, correct: 2, accuracy: 2 / 3 });
    expect(score.endToEnd.overlap).toMatchObject({ matched: 2, precision: 2 / 5, recall: 2 / 5 });
    expect(score.byKind.direct.exact).toMatchObject({ predicted: 2, gold: 2, matched: 1 });
    expect(score.byKind.indirect.overlap).toMatchObject({ predicted: 2, gold: 2, matched: 1 });
    expect(score.byKind.indirect.exact).toMatchObject({ matched: 0, f1: 0 });
    expect(score.byKind.mixed.exact).toMatchObject({ predicted: 1, gold: 1, matched: 1, f1: 1 });
  });

  it('counts a null speaker right only against a null gold speaker, and a pronoun never', () => {
    const [g1, g2] = gold as [ScoredQuote, ScoredQuote];
    const goldPair: ScoredQuote[] = [{ ...g1, speaker: null }, { ...g2, speaker: 'Ana Berg' }];
    const nulls = scoreQuotes([{ predicted: [{ ...g1, speaker: null }, { ...g2, speaker: null }], gold: goldPair }]);
    expect(nulls.speaker).toEqual({ pairs: 2, correct: 1, accuracy: 0.5 });
    const guessed = scoreQuotes([{ predicted: [{ ...g1, speaker: 'he' }, { ...g2, speaker: 'she' }], gold: goldPair }]);
    expect(guessed.speaker).toEqual({ pairs: 2, correct: 0, accuracy: 0 });
    expect(guessed.endToEnd.overlap.matched).toBe(0);
  });

  it('micro-averages over documents', () => {
    const score = scoreQuotes([
      { predicted: gold, gold },
      { predicted: [], gold: gold.slice(0, 3) },
    ]);
    expect(score.overlap).toMatchObject({ predicted: 5, gold: 8, matched: 5, precision: 1, recall: 5 / 8 });
  });
});

describe('the eval harness', () => {
  it('scores the extractor on a gold directory with a known result', () => {
    const documents = loadGoldDirectory(fixtures);
    expect(documents.map((document) => document.name)).toEqual(['storm']);
    const score = scoreQuotes(documents);
    expect(score.exact).toMatchObject({ predicted: 4, gold: 5, matched: 3 });
    expect(score.overlap).toMatchObject({ predicted: 4, gold: 5, matched: 4, precision: 1, recall: 4 / 5 });
    expect(score.overlap.f1).toBeCloseTo(8 / 9, 10);
    expect(score.speaker).toEqual({ pairs: 4, correct: 4, accuracy: 1 });
    expect(score.byKind.indirect.overlap).toMatchObject({ predicted: 1, gold: 2, matched: 1 });
    expect(score.byKind.indirect.exact.matched).toBe(0);
  });
});
