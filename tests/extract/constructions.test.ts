import { describe, expect, it } from 'vitest';
import { constructions } from '../../src/extract/constructions.js';
import { found, triples } from './helpers.js';

describe('every construction reads its own examples', () => {
  it('has a unique id and at least one example per construction', () => {
    expect(new Set(constructions.map((construction) => construction.id)).size).toBe(constructions.length);
    for (const construction of constructions) expect(construction.examples.length, construction.id).toBeGreaterThan(0);
  });

  for (const construction of constructions) {
    for (const example of construction.examples) {
      it(`${construction.id}: ${example.text}`, () => {
        expect(triples(example.text)).toEqual(example.quotes);
      });
    }
  }
});

describe('direct quotes', () => {
  it('attributes a quote to a following cue, in either order of speaker and verb', () => {
    expect(triples('“The river is rising fast,” Tomas Berg said.')).toEqual([['direct', 'The river is rising fast,', 'Tomas Berg']]);
    expect(triples('“The river is rising fast,” said Tomas Berg.')).toEqual([['direct', 'The river is rising fast,', 'Tomas Berg']]);
  });

  it('attributes a quote to a preceding cue with a colon', () => {
    expect(triples('Tomas Berg said: “The river is rising fast.”')).toEqual([['direct', 'The river is rising fast.', 'Tomas Berg']]);
    expect(triples('Said Tomas Berg: “The river is rising fast.”')).toEqual([['direct', 'The river is rising fast.', 'Tomas Berg']]);
  });

  it('treats a reported clause that is wholly quoted as a direct quote', () => {
    expect(triples('Tomas Berg said that “the river is rising fast.”')).toEqual([['direct', 'the river is rising fast.', 'Tomas Berg']]);
  });

  it('splits a quote around its cue into two units with the same speaker', () => {
    expect(triples('“The river,” Tomas Berg said, “is rising fast.”')).toEqual([
      ['direct', 'The river,', 'Tomas Berg'],
      ['direct', 'is rising fast.', 'Tomas Berg'],
    ]);
    expect(triples('“The river is rising,” Tomas Berg said. “We must leave tonight.”')).toEqual([
      ['direct', 'The river is rising,', 'Tomas Berg'],
      ['direct', 'We must leave tonight.', 'Tomas Berg'],
    ]);
  });

  it('gives a follow-on quoted paragraph the previous speaker and cue', () => {
    const quotes = found('“The river is rising,” said Tomas Berg.\n\n“We must leave tonight, all of us.”');
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.cue])).toEqual([
      ['The river is rising,', 'Tomas Berg', 'said'],
      ['We must leave tonight, all of us.', 'Tomas Berg', 'said'],
    ]);
  });

  it('keeps a quote that runs over paragraphs without a closing mark as one unit', () => {
    const text = 'Tomas Berg said: “The river is rising.\n\n“The bridge will close at noon.”\n\nThe town was quiet.';
    expect(triples(text)).toEqual([['direct', 'The river is rising.\n\n“The bridge will close at noon.', 'Tomas Berg']]);
  });

  it('pairs a straight opening mark with a curly closing one and the reverse', () => {
    expect(triples('"The vote was fair,” Anna Lindqvist said.')).toEqual([['direct', 'The vote was fair,', 'Anna Lindqvist']]);
    expect(triples('“The vote was fair," Anna Lindqvist said.')).toEqual([['direct', 'The vote was fair,', 'Anna Lindqvist']]);
  });

  it('reads single-mark quotes in a single-mark article', () => {
    const text = "'We cannot spend money we do not have,' Olga Brandt told the radio station. 'Every family knows that.'";
    expect(triples(text)).toEqual([
      ['direct', 'We cannot spend money we do not have,', 'Olga Brandt'],
      ['direct', 'Every family knows that.', 'Olga Brandt'],
    ]);
  });

  it('keeps ‘single’ quotes nested inside double ones as part of the quote', () => {
    expect(triples('“They told us ‘stay home’ and we did,” said Ravi Menon.')).toEqual([
      ['direct', 'They told us ‘stay home’ and we did,', 'Ravi Menon'],
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    const text = "“Don’t blame the Joneses’ dog for the ’90s,” said Ravi Menon. 'It wasn't me,' he added.";
    expect(triples(text)).toEqual([
      ['direct', 'Don’t blame the Joneses’ dog for the ’90s,', 'Ravi Menon'],
      ['direct', "It wasn't me,", 'Ravi Menon'],
    ]);
  });

  it('quotes a chanted slogan as the group’s words', () => {
    expect(triples('Protesters outside the town hall chanted “Save our clinic!” as the council met.')).toEqual([
      ['direct', 'Save our clinic!', 'Protesters'],
    ]);
  });
});

describe('speakers', () => {
  it('strips titles and keeps appositives and asides out of the name', () => {
    expect(found('Deputy Health Minister Carla Mendes said the clinics would reopen in May.')[0]).toMatchObject({
      speaker: 'Carla Mendes',
      mention: 'Deputy Health Minister Carla Mendes',
    });
    expect(triples('Carla Mendes, who has led the ministry since 2019, said the clinics would reopen in May.')).toEqual([
      ['indirect', 'the clinics would reopen in May', 'Carla Mendes'],
    ]);
    expect(triples('The health minister, Carla Mendes, said the clinics would reopen in May.')).toEqual([
      ['indirect', 'the clinics would reopen in May', 'Carla Mendes'],
    ]);
  });

  it('resolves pronouns and descriptions to the most recent compatible named speaker', () => {
    const text = [
      'Foreign Minister Ivo Kranjc said the talks had stalled.',
      '“We are not giving up,” he added.',
      'Union leader Petra Novak said members would strike on Friday.',
      '“The strike will go ahead,” the union leader said.',
      '“Nothing has changed,” the minister told reporters.',
    ].join('\n\n');
    expect(found(text).map((quote) => [quote.speaker, quote.mention])).toEqual([
      ['Ivo Kranjc', 'Foreign Minister Ivo Kranjc'],
      ['Ivo Kranjc', 'he'],
      ['Petra Novak', 'Union leader Petra Novak'],
      ['Petra Novak', 'the union leader'],
      ['Ivo Kranjc', 'the minister'],
    ]);
  });

  it('takes a pronoun’s antecedent from the subject of the sentence before', () => {
    const text = 'Ivo Kranjc said the talks had stalled. Mayor Dana Whitfield arrived later. “We need a deal,” she said.';
    expect(found(text).map((quote) => quote.speaker)).toEqual(['Ivo Kranjc', 'Dana Whitfield']);
  });

  it('names the speaker in full when the article prints the full name elsewhere', () => {
    const text = 'Economist Lars Eide spoke at the forum.\n\n“Growth will slow,” Eide said.';
    expect(found(text)[0]).toMatchObject({ speaker: 'Lars Eide', mention: 'Eide' });
  });

  it('accepts organisations as speakers and resolves “the company”', () => {
    const text = 'Zentrix Corp. said on Thursday that its profit had doubled. The shares rose, the company said.';
    expect(triples(text)).toEqual([
      ['indirect', 'its profit had doubled', 'Zentrix Corp.'],
      ['indirect', 'The shares rose', 'Zentrix Corp.'],
    ]);
    expect(triples('Earlier the Kremlin said the meeting had been postponed.')).toEqual([
      ['indirect', 'the meeting had been postponed', 'Kremlin'],
    ]);
  });

  it('leaves an unnamed person unresolved instead of guessing', () => {
    const text = 'Ivo Kranjc spoke first. A dock worker from the harbour said the ships would wait.';
    expect(found(text)[0]).toMatchObject({ speaker: null, mention: 'A dock worker from the harbour' });
  });

  it('credits an unnamed spokeswoman to the body she speaks for', () => {
    const text = 'Ivo Kranjc spoke first. A spokeswoman for the port authority said the ships would wait.';
    expect(found(text)[0]).toMatchObject({ speaker: 'port authority', mention: 'A spokeswoman for the port authority' });
  });
});

describe('indirect and mixed speech', () => {
  it('reads X said (that) ..., X told Y that ..., X stressed that ...', () => {
    expect(triples('Carla Mendes said that the clinics would reopen.')).toEqual([['indirect', 'the clinics would reopen', 'Carla Mendes']]);
    expect(found('Carla Mendes told local radio that the clinics would reopen.')[0]).toMatchObject({
      text: 'the clinics would reopen',
      cue: 'told local radio',
    });
    expect(found('Carla Mendes told reporters the clinics would reopen.')[0]).toMatchObject({
      text: 'the clinics would reopen',
      cue: 'told reporters',
    });
    expect(triples('Carla Mendes stressed that the clinics would reopen.')).toEqual([['indirect', 'the clinics would reopen', 'Carla Mendes']]);
  });

  it('does not count a speech verb whose object is only a noun phrase', () => {
    expect(triples('Carla Mendes stressed the importance of the clinics.')).toEqual([]);
    expect(triples('Carla Mendes addressed the issue of staffing.')).toEqual([]);
  });

  it('reads the cue after the clause and a cue inside an interview phrase', () => {
    expect(triples('The clinics will reopen in May, Carla Mendes said on Monday.')).toEqual([
      ['indirect', 'The clinics will reopen in May', 'Carla Mendes'],
    ]);
    expect(triples('In an interview with the Harbour Times, Carla Mendes said the clinics would reopen.')).toEqual([
      ['indirect', 'the clinics would reopen', 'Carla Mendes'],
    ]);
  });

  it('reads according to X before or after the claim', () => {
    expect(triples('According to Carla Mendes, the clinics will reopen in May.')).toEqual([
      ['indirect', 'the clinics will reopen in May', 'Carla Mendes'],
    ]);
    expect(triples('The clinics will reopen in May, according to the health ministry.')).toEqual([
      ['indirect', 'The clinics will reopen in May', 'health ministry'],
    ]);
  });

  it('reads was quoted as saying', () => {
    expect(triples('Carla Mendes was quoted as saying the clinics would reopen.')).toEqual([
      ['indirect', 'the clinics would reopen', 'Carla Mendes'],
    ]);
    expect(triples('“The clinics will reopen,” the local paper quoted Carla Mendes as saying.')).toEqual([
      ['direct', 'The clinics will reopen,', 'Carla Mendes'],
    ]);
  });

  it('splits said that A and that B into two units', () => {
    expect(triples('Carla Mendes said that the clinics would reopen and that staff would be rehired.')).toEqual([
      ['indirect', 'the clinics would reopen', 'Carla Mendes'],
      ['indirect', 'staff would be rehired', 'Carla Mendes'],
    ]);
  });

  it('reads a participial cue with the subject of the sentence as speaker', () => {
    expect(triples('Carla Mendes defended the plan on Monday, saying that the clinics would reopen.')).toEqual([
      ['indirect', 'the clinics would reopen', 'Carla Mendes'],
    ]);
  });

  it('marks reported speech with a quoted fragment as mixed, ending at the fragment’s closing mark', () => {
    const quotes = found('Carla Mendes said the plan was “a disaster” for rural towns.');
    expect(quotes.map((quote) => [quote.kind, quote.text])).toEqual([['mixed', 'the plan was “a disaster”']]);
  });

  it('does not treat scare quotes or quoted names as quotes', () => {
    expect(triples('The so-called “green corridor” opened on Monday.')).toEqual([]);
    expect(triples('The "Harbour Times" has reported that the bridge will close.')).toEqual([
      ['indirect', 'the bridge will close', 'Harbour Times'],
    ]);
  });

  it('skips headlines and captions (lines without a closing full stop)', () => {
    expect(triples('“We will win,” Coach Ana Ruiz says\n\nThe season starts in May.')).toEqual([]);
  });
});
