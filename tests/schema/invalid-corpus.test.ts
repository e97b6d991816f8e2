import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { tableSchemaOf } from '../../src/export/index.js';
import { flattenRecord, jsonSchemaOf, tableNames, validateRecord, type TableName } from '../../src/schema/index.js';
import { cellProblem } from '../export/read-back.js';
import { cloneDataset } from './helpers.js';

type Draft = Record<string, any>;

/**
 * How far each face can state a rule. `tableSchema: 'no column'` marks a record that has no CSV row at all
 * (an unknown key has no column; a list item the writer refuses), so the Table Schema never sees it.
 */
interface Case {
  readonly name: string;
  readonly table: TableName;
  readonly change: (record: Draft) => void;
  readonly jsonSchema: boolean;
  readonly tableSchema: boolean | 'no column';
}

const data = cloneDataset();
const base: Record<TableName, Draft> = { sources: data.sources[0]!, speakers: data.speakers[0]!, quotes: data.quotes.find((quote) => quote.kind === 'direct')! };
const mixed = data.quotes.find((quote) => quote.kind === 'mixed')!;
const unknown = { value: null, precision: null, certainty: 'unknown', earliest: null, latest: null, evidence: 'The text does not say.' };

const quote = (name: string, change: Case['change'], jsonSchema: boolean, tableSchema: Case['tableSchema']): Case => ({ name, table: 'quotes', change, jsonSchema, tableSchema });
const withDate = (date: Draft) => (record: Draft) => {
  record.date = { ...unknown, ...date };
};

const cases: Case[] = [
  quote('an impossible day (2020-11-31)', withDate({ value: '2020-11-31', precision: 'day', certainty: 'exact' }), true, true),
  quote('month 13 (2020-13-45)', withDate({ value: '2020-13-45', precision: 'day', certainty: 'exact' }), true, true),
  quote('29 February outside a leap year', withDate({ value: '2021-02-29', precision: 'day', certainty: 'exact' }), true, true),
  quote('29 February 1900 (not a leap year)', withDate({ value: '1900-02-29', precision: 'day', certainty: 'exact' }), true, true),
  quote('an impossible range bound (2020-02-30)', withDate({ certainty: 'range', earliest: '2020-02-30' }), true, true),
  quote('span end before start', (record) => (record.span = { start: 40, end: 12 }), false, false),
  quote('an empty span (end = start)', (record) => (record.span = { start: 40, end: 40 }), false, false),
  quote('a precision that does not fit the value', withDate({ value: '2020-11', precision: 'day', certainty: 'exact' }), true, false),
  quote('a precision without a value', withDate({ precision: 'year' }), true, false),
  quote('a range with a value', withDate({ value: '2020', precision: 'year', certainty: 'range', earliest: '2020-01-01' }), true, false),
  quote('a range without bounds', withDate({ certainty: 'range' }), true, false),
  quote('a reversed range', withDate({ certainty: 'range', earliest: '2020-11-05', latest: '2020-11-01' }), false, false),
  quote('bounds outside a range', withDate({ value: '2020', precision: 'year', certainty: 'exact', earliest: '2020-01-01' }), true, false),
  quote('an unknown date with a value', withDate({ value: '2020', precision: 'year' }), true, false),
  quote('an exact date without a value', withDate({ certainty: 'exact' }), true, false),
  quote('a null span with a non-empty prefix', (record) => Object.assign(record, { span: null, prefix: 'before ', suffix: '' }), true, false),
  quote('a null span with a non-empty suffix', (record) => Object.assign(record, { span: null, prefix: '', suffix: ' after' }), true, false),
  quote('a mixed quote without segments', (record) => Object.assign(record, structuredClone(mixed), { quotedSegments: [] }), true, false),
  quote('a direct quote with segments', (record) => (record.quotedSegments = structuredClone(mixed.quotedSegments)), true, false),
  quote('an unknown origin with an outlet', (record) => (record.origin = { outlet: 'Kommersant', medium: null, certainty: 'unknown', evidence: 'x' }), true, false),
  quote('a stated origin without outlet or medium', (record) => (record.origin = { outlet: null, medium: null, certainty: 'stated', evidence: 'x' }), true, false),
  quote('an unknown kind', (record) => (record.kind = 'qoute'), true, true),
  quote('an unknown claim type', (record) => (record.claimType = 'opinion'), true, true),
  quote('an unknown field', (record) => (record.speaker = 'Lavrov'), true, 'no column'),
  quote('a missing text', (record) => delete record.text, true, true),
  quote('an empty text', (record) => (record.text = ''), true, true),
  quote('an id that is not a stable id', (record) => (record.id = 'Quote One'), true, true),
  quote('a confidence above 1', (record) => (record.provenance = { ...record.provenance, confidence: 1.5 }), true, true),
  quote('a negative span start', (record) => (record.span = { start: -1, end: 12 }), true, true),
  quote('a fractional span end', (record) => (record.span = { start: 1, end: 12.5 }), true, true),
  quote('a topic that is not a slug', (record) => (record.topics = ['Cease Fire']), true, true),
  quote('a javascript: review address', (record) => (record.review = { reviewer: 'X', url: 'javascript:alert(1)', date: null, rating: { alternateName: 'False', ratingValue: null, bestRating: null, worstRating: null } }), true, true),
  quote('a quoted segment with empty text', (record) => Object.assign(record, structuredClone(mixed), { quotedSegments: [{ text: '', span: { start: 1, end: 2 } }] }), true, false),
  ...['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox(1)', 'ftp://example.org/a', 'https://exa mple.org/'].map(
    (url): Case => ({ name: `a source address ${url}`, table: 'sources', change: (record) => (record.url = url), jsonSchema: true, tableSchema: true }),
  ),
  { name: 'archive fields half set', table: 'sources', change: (record) => (record.sha256 = null), jsonSchema: true, tableSchema: false },
  { name: 'a language that is not a BCP 47 tag', table: 'sources', change: (record) => (record.language = 'English'), jsonSchema: true, tableSchema: true },
  { name: 'an upper-case sha256', table: 'sources', change: (record) => (record.sha256 = record.sha256.toUpperCase()), jsonSchema: true, tableSchema: true },
  { name: 'a Wikidata id Q0', table: 'speakers', change: (record) => (record.wikidata = 'Q0'), jsonSchema: true, tableSchema: true },
  { name: 'a lower-case country code', table: 'speakers', change: (record) => (record.country = 'ru'), jsonSchema: true, tableSchema: true },
  { name: 'an unknown speaker kind', table: 'speakers', change: (record) => (record.kind = 'robot'), jsonSchema: true, tableSchema: true },
  { name: 'an empty alias', table: 'speakers', change: (record) => (record.aliases = ['']), jsonSchema: true, tableSchema: 'no column' },
];

const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
const jsonSchemas = Object.fromEntries(tableNames.map((table) => [table, ajv.compile(jsonSchemaOf(table))]));

const cellText = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell));

/** The Table Schema problems of a record's CSV row, or 'no column' when it has no row. */
function tableSchemaProblems(table: TableName, record: Draft): string[] | 'no column' {
  let row: Record<string, unknown>;
  try {
    row = flattenRecord(table, record);
  } catch {
    return 'no column';
  }
  if (Object.keys(record).some((key) => !Object.keys(base[table]).includes(key))) return 'no column';
  const schema = tableSchemaOf(table) as { fields: any[]; missingValues: string[] };
  return schema.fields.flatMap((field) => {
    const problem = cellProblem(field, schema.missingValues, cellText(row[field.name]));
    return problem === undefined ? [] : [`${field.name}: ${problem}`];
  });
}

const faces = (table: TableName, record: Draft) => ({
  zod: validateRecord(table, record).length > 0,
  jsonSchema: !jsonSchemas[table]!(record),
  tableSchema: ((problems) => (problems === 'no column' ? 'no column' : problems.length > 0))(tableSchemaProblems(table, record)),
});

describe('the invalid corpus against every face', () => {
  it('has a corpus that states each rule once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((entry) => entry.name)).size).toBe(cases.length);
  });

  it.each(tableNames)('accepts the untouched %s record on every face', (table) => {
    expect(faces(table, base[table])).toEqual({ zod: false, jsonSchema: false, tableSchema: false });
  });

  it.each(cases.map((entry) => [entry.name, entry] as const))('%s: each face rejects it as far as it can state the rule', (_name, entry) => {
    const record = structuredClone(base[entry.table]);
    entry.change(record);
    expect(faces(entry.table, record)).toEqual({ zod: true, jsonSchema: entry.jsonSchema, tableSchema: entry.tableSchema });
  });
});
