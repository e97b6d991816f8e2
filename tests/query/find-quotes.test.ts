import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dataset, findQuotes, findSpeakers, quoteRows, SaidbyError, type Quote, type QuoteQuery, type SaidbyIssueCode } from '../../src/index.js';

const idsOf = (query: QuoteQuery, data?: Parameters<typeof findQuotes>[1]) =>
  findQuotes(query, data).map((quote) => quote.id.replace('azatutyun-30929229-', ''));
const lavrovQuotes = ['q01', 'q02', 'q03', 'q04', 'q05', 'q06', 'q07', 'q08', 'q09', 'q10', 'q11'];

function errorOf(query: QuoteQuery): SaidbyError {
  try {
    findQuotes(query);
  } catch (error) {
    if (error instanceof SaidbyError) return error;
    throw error;
  }
  throw new Error(`no error for ${JSON.stringify(query)}`);
}

describe('findQuotes on the bundled dataset', () => {
  it('returns every quote, frozen, in document order without filters', () => {
    const all = findQuotes();
    expect(all).toEqual(dataset.quotes);
    expect(all[0]).toBe(dataset.quotes[0]);
    expect(Object.isFrozen(all)).toBe(true);
    expect(Object.isFrozen(all[0])).toBe(true);
  });

  it.each(['lavrov', 'Sergey Lavrov', 'SERGEI LAVROV', 'sergéi lavrov', 'sergei-lavrov', 'Sergey Viktorovich Lavrov'])(
    'finds Sergei Lavrov by %j',
    (speaker) => expect(idsOf({ speaker })).toEqual(lavrovQuotes),
  );

  it('combines filters with AND and list values with OR', () => {
    expect(idsOf({ speaker: 'lavrov', checkworthy: true })).toEqual(['q03', 'q06', 'q08']);
    expect(idsOf({ speaker: ['kremlin', 'rudenko'], kind: 'mixed' })).toEqual(['q13']);
    expect(idsOf({ claimType: ['quantity', 'prediction'], checkworthiness: 'check-worthy-factual' })).toEqual(['q06']);
    expect(idsOf({ checkworthy: false, speaker: 'kremlin' })).toEqual(['q12', 'q13']);
  });

  it('filters by origin outlet, topic, mentioned entity and text', () => {
    expect(idsOf({ outlet: 'KOMMERSANT' })).toEqual(lavrovQuotes);
    expect(idsOf({ outlet: 'kommersant', speaker: 'rudenko' })).toEqual([]);
    expect(idsOf({ topic: 'foreign-fighters' })).toEqual(['q06', 'q07', 'q08']);
    expect(idsOf({ mentions: 'erdogan' })).toEqual(['q08']);
    expect(idsOf({ mentions: 'Q7747' })).toEqual(['q08', 'q12']);
    expect(idsOf({ search: 'NUMBER fighters' })).toEqual(['q06']);
    expect(idsOf({ search: 'pashinian' })).toEqual(['q12']);
  });

  it('applies sort and limit', () => {
    expect(idsOf({ limit: 2 })).toEqual(['q01', 'q02']);
    expect(idsOf({ sort: 'date-desc', from: '2020', includeUndated: true }).slice(0, 12)).toEqual([...lavrovQuotes, 'q12']);
    expect(idsOf({ sort: 'date', from: '2020', includeUndated: true }).slice(0, 3)).toEqual(['q12', 'q13', 'q01']);
    expect(idsOf({ sort: 'id', speaker: 'kremlin', limit: 1 })).toEqual(['q12']);
    expect(idsOf({ limit: 0 })).toEqual([]);
  });

  it('treats an open-ended range as overlapping later filters but not within a closed one', () => {
    expect(idsOf({ from: '2020-11-02', to: '2020-11-02' })).toEqual(['q12', 'q13']);
    expect(idsOf({ from: '2021' })).toEqual(['q12', 'q13']);
    expect(idsOf({ from: '2020-11', to: '2020-11', dateMatch: 'within' })).toEqual(lavrovQuotes);
    expect(idsOf({ from: '2020-11-01', dateMatch: 'within' })).toEqual([...lavrovQuotes, 'q12', 'q13']);
  });

  it('leaves undated quotes out of a date filter unless asked', () => {
    expect(idsOf({ speaker: 'rudenko', from: '2000' })).toEqual([]);
    expect(idsOf({ speaker: 'rudenko', from: '2000', includeUndated: true })).toEqual(['q14', 'q15', 'q16', 'q17']);
    expect(idsOf({ speaker: 'rudenko' })).toEqual(['q14', 'q15', 'q16', 'q17']);
  });

  it.each<[QuoteQuery, string, SaidbyIssueCode, RegExp, string?]>([
    [{ claimType: 'quantitty' as never }, 'claimType', 'invalid_value', /^unknown value "quantitty"; allowed: personal-experience, quantity/, 'quantity'],
    [{ kind: 'qoute' as never }, 'kind', 'invalid_value', /allowed: direct, indirect, mixed/, 'direct'],
    [{ kind: ['direct', 'qoute'] as never }, 'kind', 'invalid_value', /^unknown value "qoute"/, 'mixed'],
    [{ checkworthiness: 'checkworthy' as never }, 'checkworthiness', 'invalid_value', /allowed: non-factual/, 'check-worthy-factual'],
    [{ from: '2020-13-45' }, 'from', 'invalid_format', /^"2020-13-45" is not a date/],
    [{ to: '2021-02-29' }, 'to', 'invalid_format', /^"2021-02-29" is not a date/],
    [{ from: 'yesterday' }, 'from', 'invalid_format', /^"yesterday" is not a date; expected a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD/],
    [{ from: 2020 as never }, 'from', 'invalid_type', /^expected text, got 2020/],
    [{ from: '2020-12', to: '2020-11' }, 'to', 'invalid_argument', /reversed/],
    [{ speaker: 'lavorv' }, 'speaker', 'invalid_argument', /^no speaker is named "lavorv"; allowed: andrei-rudenko, kremlin, sergei-lavrov/, 'sergei-lavrov'],
    [{ speaker: 'sergei-lavro' }, 'speaker', 'invalid_argument', /no speaker/],
    [{ topic: 'cease-fire' }, 'topic', 'invalid_argument', /^no quote has "cease-fire"; allowed: ceasefire,/, 'ceasefire'],
    [{ outlet: 'Komersant' }, 'outlet', 'invalid_argument', /no quote has "Komersant"; allowed: Kommersant/, 'Kommersant'],
    [{ mentions: 'Erdogann' }, 'mentions', 'invalid_argument', /no quote has "Erdogann"/],
    [{ speakr: 'lavrov' } as never, 'speakr', 'unknown_option', /^is not a quote filter; allowed: speaker,/, 'speaker'],
    [{ dateMatch: 'contains' as never, from: '2020' }, 'dateMatch', 'invalid_value', /allowed: overlap, within/],
    [{ sort: 'newest' as never }, 'sort', 'invalid_value', /allowed: document, date, date-desc, id/],
    [{ limit: -1 }, 'limit', 'too_small', /whole number/],
    [{ limit: 1.5 }, 'limit', 'invalid_type', /whole number/],
    [{ limit: '3' as never }, 'limit', 'invalid_type', /^expected a whole number, got "3"/],
    [{ search: '   ' }, 'search', 'invalid_format', /has no words to search for/],
    [{ speaker: [] as never }, 'speaker', 'too_small', /non-empty list/],
    [{ speaker: ['lavrov', 3] as never }, 'speaker', 'invalid_type', /expected text, got 3/],
    [{ checkworthy: 'yes' as never }, 'checkworthy', 'invalid_type', /true or false/],
    [{ where: 'x' as never }, 'where', 'invalid_type', /expected a function/],
  ])('rejects %j naming %s', (query, argument, code, message, allowedValue) => {
    const error = errorOf(query);
    expect(error.issues[0]!.message).toMatch(message);
    expect(error.issues[0]!.path[0]).toBe(argument);
    expect(error.issues[0]!.code).toBe(code);
    expect(error.message).toContain(`→ at ${argument}`);
    if (allowedValue !== undefined) expect(error.issues[0]!.allowed).toContain(allowedValue);
  });

  it('resolves speakers by id, name, alias and words', () => {
    expect(findSpeakers('andrey rudenko').map((speaker) => speaker.id)).toEqual(['andrei-rudenko']);
    expect(findSpeakers('the kremlin').map((speaker) => speaker.id)).toEqual(['kremlin']);
    expect(findSpeakers('nobody')).toEqual([]);
  });

  it('joins quotes with speakers and sources into flat rows', () => {
    const [row] = quoteRows(findQuotes({ speaker: 'lavrov', limit: 1 }));
    expect(row).toMatchObject({
      id: 'azatutyun-30929229-q01',
      speaker: 'Sergei Lavrov',
      speakerRole: 'Minister of Foreign Affairs of Russia',
      speakerWikidata: 'Q58217',
      date: '2020-11-03',
      originOutlet: 'Kommersant',
      sourceUrl: 'https://azatutyun.am/a/30929229.html',
      sourceOutlet: 'Azatutyun (RFE/RL Armenian Service)',
    });
    expect(quoteRows(findQuotes({ speaker: 'kremlin' }))[0]!.date).toBe('2020-11-02..');
    expect(quoteRows(findQuotes({ speaker: 'rudenko' }))[0]!.date).toBe('');
  });
});

const template = dataset.quotes[0]! as Quote;
const speakerIds = ['a-one', 'b-two', 'c-three', 'd-four'];

type DateSpec = Quote['date'];
const dayText = (day: number) => new Date(Date.UTC(2019, 0, 1 + day)).toISOString().slice(0, 10);

const dateSpec: fc.Arbitrary<DateSpec> = fc.oneof(
  fc.integer({ min: 0, max: 800 }).map((day) => ({ value: dayText(day), precision: 'day' as const })),
  fc.integer({ min: 0, max: 800 }).map((day) => ({ value: dayText(day).slice(0, 7), precision: 'month' as const })),
  fc.constantFrom('2019', '2020', '2021').map((value) => ({ value, precision: 'year' as const })),
  fc.constant({ value: null, precision: null, certainty: 'unknown' as const }),
  fc
    .tuple(fc.option(fc.integer({ min: 0, max: 800 })), fc.option(fc.integer({ min: 0, max: 800 })))
    .filter(([start, end]) => start !== null || end !== null)
    .map(([start, end]) => {
      const [low, high] = start !== null && end !== null && start > end ? [end, start] : [start, end];
      return { value: null, precision: null, certainty: 'range' as const, earliest: low === null ? null : dayText(low), latest: high === null ? null : dayText(high) };
    }),
).map((spec) => ({ certainty: 'exact' as const, earliest: null, latest: null, evidence: 'generated', ...spec }) as DateSpec);

const collection = fc.array(fc.tuple(fc.constantFrom(...speakerIds, null), dateSpec), { minLength: 0, maxLength: 300 }).map((specs) =>
  Object.freeze(
    specs.map(([speakerId, date], position) => Object.freeze({ ...template, id: `g-${position}`, speakerId, date }) as Quote),
  ),
);

const bound = fc.option(fc.integer({ min: -30, max: 830 }).map(dayText), { nil: undefined });

function expectedMatch(date: DateSpec, from: string | undefined, to: string | undefined, within: boolean, includeUndated: boolean): boolean {
  if (from === undefined && to === undefined) return true;
  const first = (value: string) => (value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);
  const last = (value: string) =>
    value.length === 4 ? `${value}-12-31` : value.length === 7 ? dayText((Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 0) - Date.UTC(2019, 0, 1)) / 86_400_000) : value;
  const start = date.value !== null ? first(date.value) : date.earliest ?? (date.latest === null ? undefined : '0000-01-01');
  const end = date.value !== null ? last(date.value) : date.latest ?? (date.earliest === null ? undefined : '9999-12-31');
  if (start === undefined || end === undefined) return includeUndated;
  const low = from ?? '0000-01-01';
  const high = to ?? '9999-12-31';
  return within ? start >= low && end <= high : start <= high && end >= low;
}

describe('findQuotes with lazy indexes on generated collections', () => {
  propertyTest.prop([collection, fc.option(fc.constantFrom(...speakerIds), { nil: undefined }), bound, bound, fc.boolean(), fc.boolean()], {
    numRuns: 150,
  })('gives what a plain scan with the documented semantics gives', (quotes, speaker, from, to, within, includeUndated) => {
    const [low, high] = from !== undefined && to !== undefined && from > to ? [to, from] : [from, to];
    const query: QuoteQuery = { speaker, from: low, to: high, dateMatch: within ? 'within' : 'overlap', includeUndated };
    const speakers = speakerIds.map((id) => ({ ...dataset.speakers[0]!, id, name: id, aliases: [] }));
    const expected = quotes.filter(
      (quote) => (speaker === undefined || quote.speakerId === speaker) && expectedMatch(quote.date, low, high, within, includeUndated),
    );
    const data = { quotes, speakers };
    expect(findQuotes(query, data)).toEqual(expected);
    expect(findQuotes(query, data)).toEqual(expected);
  });

  it('rebuilds its indexes when the collection grows', () => {
    const quotes: Quote[] = [{ ...template, id: 'x-1', speakerId: 'a-one' }];
    const speakers = [{ ...dataset.speakers[0]!, id: 'a-one', name: 'A One', aliases: [] }];
    expect(findQuotes({ speaker: 'a-one' }, { quotes, speakers })).toHaveLength(1);
    quotes.push({ ...template, id: 'x-2', speakerId: 'a-one' });
    expect(findQuotes({ speaker: 'a-one' }, { quotes, speakers })).toHaveLength(2);
  });

  it('keeps years before 100 apart from the 1900s', () => {
    const dated = (id: string, value: string): Quote => ({ ...template, id, date: { ...template.date, value, precision: 'year', certainty: 'exact', earliest: null, latest: null } });
    const quotes = [dated('x-50', '0050'), dated('x-1950', '1950')];
    expect(findQuotes({ from: '1950', to: '1950' }, { quotes }).map((quote) => quote.id)).toEqual(['x-1950']);
    expect(findQuotes({ from: '0050', to: '0050' }, { quotes }).map((quote) => quote.id)).toEqual(['x-50']);
    expect(findQuotes({ sort: 'date' }, { quotes: [...quotes].reverse() }).map((quote) => quote.id)).toEqual(['x-50', 'x-1950']);
  });

  it('matches outlets and mentioned names however each quote spells them', () => {
    const [first, second] = dataset.quotes as Quote[];
    const quotes: Quote[] = [
      { ...first!, id: 'x-1' },
      {
        ...second!,
        id: 'x-2',
        origin: { ...second!.origin, outlet: 'KOMMERSANT' },
        mentions: first!.mentions.map((mention) => ({ ...mention, name: mention.name.toUpperCase(), wikidata: null })),
      },
    ];
    expect(first!.origin.outlet).toBe('Kommersant');
    expect(first!.mentions.length).toBeGreaterThan(0);
    expect(findQuotes({ outlet: 'kommersant' }, quotes).map((quote) => quote.id)).toEqual(['x-1', 'x-2']);
    expect(findQuotes({ mentions: first!.mentions[0]!.name }, quotes).map((quote) => quote.id)).toEqual(['x-1', 'x-2']);
  });

  it('never resolves names against the bundled tables when given a collection', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof SaidbyError) return error.issues[0]!;
      }
      throw new Error('no SaidbyError');
    };
    expect(codeOf(() => findQuotes({ speaker: 'rudenko' }, dataset.quotes.slice(13)))).toMatchObject({ code: 'missing_collection', path: ['speaker'] });
    expect(codeOf(() => findQuotes({ speaker: 'rudenko' }, { quotes: dataset.quotes }))).toMatchObject({ code: 'missing_collection' });
    expect(findQuotes({ speaker: 'rudenko' }, { quotes: dataset.quotes.slice(13), speakers: dataset.speakers })).toHaveLength(4);
    const ruiz = { ...dataset.speakers[0]!, id: 'ana-ruiz', name: 'Ana Ruiz', aliases: ['A. Ruiz'], wikidata: null };
    const mine = [
      { ...template, id: 'mine-1', speakerId: 'ana-ruiz', topics: ['housing'], origin: { ...template.origin, outlet: 'Radio Sur' }, mentions: [{ name: 'City Council', kind: 'organization' as const, wikidata: null }] },
    ];
    const collection = { quotes: mine, speakers: [ruiz] };
    expect(findQuotes({ speaker: 'ruiz' }, collection).map((quote) => quote.id)).toEqual(['mine-1']);
    expect(findQuotes({ topic: 'housing', outlet: 'radio sur', mentions: 'city council' }, collection)).toHaveLength(1);
    expect(codeOf(() => findQuotes({ speaker: 'lavrov' }, collection))).toMatchObject({ code: 'invalid_argument', allowed: ['ana-ruiz'] });
    expect(codeOf(() => findQuotes({ topic: 'ceasefire' }, collection))).toMatchObject({ code: 'invalid_argument', allowed: ['housing'] });
    expect(codeOf(() => findQuotes({ outlet: 'Kommersant' }, collection))).toMatchObject({ code: 'invalid_argument', allowed: ['Radio Sur'] });
    expect(codeOf(() => findQuotes({ mentions: 'Q7747' }, collection))).toMatchObject({ code: 'invalid_argument', allowed: ['City Council'] });
  });
});

describe('quoteRows on a collection of your own', () => {
  const source = { ...dataset.sources[0]!, id: 'my-source', outlet: 'My Outlet' };
  const speaker = { ...dataset.speakers[0]!, id: 'my-speaker', name: 'My Speaker' };
  const quote = { ...template, id: 'mine-1', speakerId: 'my-speaker', sourceId: 'my-source' };

  it('joins against the collection it is given', () => {
    const [row] = quoteRows([quote], { speakers: [speaker], sources: [source] });
    expect(row).toMatchObject({ speaker: 'My Speaker', sourceOutlet: 'My Outlet', kind: quote.kind });
  });

  it.each([
    [{ speakers: [speaker] }, 'missing_collection', ['sourceId']],
    [{ sources: [source] }, 'missing_collection', ['speakerId']],
    [{ speakers: [], sources: [source] }, 'unknown_reference', ['speakerId']],
    [{ speakers: [speaker], sources: [] }, 'unknown_reference', ['sourceId']],
  ] as const)('fails loudly when a referenced row is missing (%j)', (collection, code, field) => {
    let error: unknown;
    try {
      quoteRows([template, quote], collection);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SaidbyError);
    expect((error as SaidbyError).issues).toContainEqual(expect.objectContaining({ code, path: [1, ...field], record: 'mine-1' }));
  });

  it('fails on the bundled tables for a quote of your own', () => {
    expect(() => quoteRows([quote])).toThrow(SaidbyError);
    expect(quoteRows(dataset.quotes)).toHaveLength(dataset.quotes.length);
  });
});
