import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstNamesModule } from '../../bench/generate-names.js';
import { conjugate, verbFormsModule } from '../../bench/generate-verbs.js';
import { cueForms, cueLemmas, firstNameGender } from '../../src/extract/lexicon.js';

describe('generated verb forms', () => {
  it('are what the generator makes from the lexicon now (run npm run generate:verbs after editing cueLemmas)', async () => {
    const committed = readFileSync(new URL('../../src/extract/verb-forms.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await verbFormsModule());
  });

  it('conjugate irregular and doubling verbs correctly', () => {
    expect(conjugate('tell')).toEqual(['tells', 'told', 'telling']);
    expect(conjugate('write')).toEqual(['writes', 'wrote', 'writing']);
    expect(conjugate('swear')).toEqual(['swears', 'swore', 'swearing']);
    expect(conjugate('admit')).toEqual(['admits', 'admitted', 'admitting']);
    expect(conjugate('deny')).toEqual(['denies', 'denied', 'denying']);
    expect(conjugate('tweet')).toEqual(['tweets', 'tweeted', 'tweeting']);
  });

  it('refuse a conjugation that fails the checks instead of writing it', () => {
    expect(() => conjugate('slam')).toThrow(/compromise conjugates "slam" wrongly/);
  });

  it('give every lemma and spelling its forms, and no -ing form where the lexicon says so', () => {
    for (const entry of cueLemmas) {
      for (const spelling of [entry.lemma, ...(entry.spellings ?? [])]) {
        const [present, past, gerund] = conjugate(spelling);
        for (const form of [spelling, present, past]) expect(cueForms.get(form)?.lemma).toBe(entry.lemma);
        expect(cueForms.has(gerund)).toBe(entry.noGerund !== true);
      }
    }
    expect(cueForms.get('emphasised')).toMatchObject({ lemma: 'emphasize' });
    expect(cueForms.get('saying')).toMatchObject({ lemma: 'say', participle: true, bareClause: true });
  });
});

describe('generated first names', () => {
  it('are what the generator makes from compromise now (run npm run generate:names)', () => {
    const committed = readFileSync(new URL('../../src/extract/first-names.ts', import.meta.url), 'utf8');
    expect(committed).toBe(firstNamesModule());
  });

  it('give common names a gender and leave unisex ones out', () => {
    expect(firstNameGender.get('mary')).toBe('female');
    expect(firstNameGender.get('john')).toBe('male');
    for (const name of ['alex', 'sam', 'kim', 'jordan', 'robin']) expect(firstNameGender.has(name), name).toBe(false);
  });
});
