import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeFormula } from '../../src/export/csv.js';
import { exportDataPackage, type DataPackageOptions } from '../../src/export/datapackage.js';
import { columnsOf, type Column } from '../../src/schema/columns.js';
import { tableNames, type TableName } from '../../src/schema/vocabulary.js';
import { richTables, type Tables } from '../export/tables.js';

interface FieldDescriptor {
  name: string;
  type: string;
  missingValues?: string[];
}
interface Resource {
  name: string;
  path: string;
  dialect?: { delimiter: string; quoteChar: string };
  schema?: { fields: FieldDescriptor[]; missingValues: string[] };
}

const duckTypes: Record<string, string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE', array: 'JSON', object: 'JSON' };
const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const sqlList = (items: readonly string[]) => `[${items.map(sqlString).join(', ')}]`;

/** DuckDB columns of the CSV: one per Table Schema field, typed from datapackage.json alone. */
function csvColumns(fields: FieldDescriptor[]): string {
  return `{${fields.map((field) => `${sqlString(field.name)}: ${sqlString(duckTypes[field.type]!)}`).join(', ')}}`;
}

/** DuckDB columns of the NDJSON: the columns nested back into STRUCTs along their paths; string lists become VARCHAR[]. */
function ndjsonColumns(columns: readonly Column[]): string {
  type Node = Map<string, Node | string>;
  const root: Node = new Map();
  for (const column of columns) {
    let node = root;
    for (const key of column.path.slice(0, -1)) {
      if (!node.has(key)) node.set(key, new Map());
      node = node.get(key) as Node;
    }
    node.set(column.path.at(-1)!, column.type === 'list' ? 'VARCHAR[]' : duckTypes[column.type]!);
  }
  const typeOf = (value: Node | string): string =>
    typeof value === 'string' ? value : `STRUCT(${[...value].map(([key, child]) => `${identifier(key)} ${typeOf(child)}`).join(', ')})`;
  return `{${[...root].map(([key, value]) => `${sqlString(key)}: ${sqlString(typeOf(value))}`).join(', ')}}`;
}

let tables: Tables;
let instance: DuckDBInstance;
let connection: DuckDBConnection;
const scratch = mkdtempSync(join(tmpdir(), 'saidby-duckdb-'));

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

async function load(prefix: string, options: DataPackageOptions): Promise<void> {
  const directory = mkdtempSync(join(scratch, `${prefix}-`));
  await exportDataPackage(directory, tables, options);
  const descriptor = JSON.parse(readFileSync(join(directory, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
  for (const table of tableNames) {
    const csv = descriptor.resources.find((resource) => resource.name === table)!;
    const ndjson = descriptor.resources.find((resource) => resource.name === `${table}-ndjson`)!;
    const { fields, missingValues } = csv.schema!;
    const textValued = fields.filter((field) => field.missingValues !== undefined && field.missingValues.length === 0).map((field) => field.name);
    await connection.run(
      `CREATE TABLE ${prefix}_csv_${table} AS SELECT * FROM read_csv(${sqlString(join(directory, csv.path))}, header = true, delim = ${sqlString(csv.dialect!.delimiter)}, quote = ${sqlString(csv.dialect!.quoteChar)}, escape = '"', nullstr = ${sqlString(missingValues[0]!)}, force_not_null = ${sqlList(textValued)}, columns = ${csvColumns(fields)})`,
    );
    await connection.run(
      `CREATE TABLE ${prefix}_json_${table} AS SELECT * FROM read_json(${sqlString(join(directory, ndjson.path))}, format = 'newline_delimited', columns = ${ndjsonColumns(columnsOf(table))})`,
    );
  }
}

beforeAll(async () => {
  tables = await richTables();
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
  rmSync(scratch, { recursive: true, force: true });
});

/** A cell as DuckDB gives it (getRowObjectsJson) in the terms of the column's written cell, for comparison. */
function comparable(column: Column, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.type === 'array' || column.type === 'object') return JSON.parse(value as string);
  if (column.type === 'list') return Array.isArray(value) ? value.join('|') : value;
  if (column.type === 'integer' || column.type === 'number') return Number(value);
  return value;
}

function valueAt(row: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = row;
  for (const key of path) value = value === null || value === undefined ? null : (value as Record<string, unknown>)[key];
  return value ?? null;
}

function expectedCell(column: Column, record: unknown, formulaEscaped: boolean): unknown {
  const cell = column.write(record);
  if (cell === null) return null;
  if (column.type === 'array' || column.type === 'object') return JSON.parse(cell as string);
  if (formulaEscaped && typeof cell === 'string') return escapeFormula(cell);
  return cell;
}

describe.each([
  { name: 'default export (CRLF, BOM, formula escaping)', prefix: 'crlf', options: {}, escaped: true },
  { name: 'export with LF line ends, no formula escaping', prefix: 'lf', options: { lineEnding: 'lf', escapeFormulas: false } as const, escaped: false },
])('the exported data package in DuckDB: $name', ({ prefix, options, escaped }) => {
  beforeAll(() => load(prefix, options));

  it.each(tableNames.map((table) => [table]))('reads every cell of %s from CSV and from NDJSON as the records hold it, empty text included', async (table: TableName) => {
    const csv = await rows(`SELECT * FROM ${prefix}_csv_${table}`);
    const json = await rows(`SELECT * FROM ${prefix}_json_${table}`);
    expect(csv).toHaveLength(tables[table].length);
    expect(json).toHaveLength(tables[table].length);
    let emptyTexts = 0;
    tables[table].forEach((record, index) => {
      for (const column of columnsOf(table)) {
        const where = `${table} ${record.id} ${column.name}`;
        const fromCsv = comparable(column, csv[index]![column.name]);
        const fromJson = comparable(column, valueAt(json[index]!, column.path));
        expect(fromJson, `${where} (NDJSON)`).toEqual(expectedCell(column, record, false));
        expect(fromCsv, `${where} (CSV)`).toEqual(expectedCell(column, record, escaped));
        if (!escaped) expect(fromCsv, `${where} (CSV = NDJSON)`).toEqual(fromJson);
        if (fromCsv === '') emptyTexts++;
      }
    });
    if (table !== 'sources') expect(emptyTexts, 'the fixtures hold empty text and empty lists').toBeGreaterThan(0);
  });

  it('types columns as datapackage.json says', async () => {
    const described = await rows(`DESCRIBE ${prefix}_csv_quotes`);
    const typeOf = (name: string) => described.find((column) => column.column_name === name)?.column_type;
    expect([typeOf('span.start'), typeOf('provenance.confidence'), typeOf('date.latest'), typeOf('mentions'), typeOf('prefix')]).toEqual(['BIGINT', 'DOUBLE', 'DATE', 'JSON', 'VARCHAR']);
    expect(await rows(`SELECT count(*)::INTEGER AS n FROM ${prefix}_csv_quotes WHERE prefix IS NULL OR suffix IS NULL OR topics IS NULL`)).toEqual([{ n: 0 }]);
  });

  it('joins quotes to speakers the same way from CSV and NDJSON', async () => {
    const expected = new Map<string, number>();
    for (const quote of tables.quotes) {
      if (quote.speakerId === null) continue;
      const name = tables.speakers.find((speaker) => speaker.id === quote.speakerId)!.name;
      expected.set(name, (expected.get(name) ?? 0) + 1);
    }
    const wanted = [...expected].map(([name, quotes]) => ({ name, quotes })).sort((a, b) => a.name.localeCompare(b.name));
    for (const format of ['csv', 'json']) {
      const joined = await rows(`SELECT s.name, count(*)::INTEGER AS quotes FROM ${prefix}_${format}_quotes q JOIN ${prefix}_${format}_speakers s ON q.speakerId = s.id GROUP BY s.name`);
      expect(joined.sort((a, b) => String(a.name).localeCompare(String(b.name)))).toEqual(wanted);
    }
  });

  it('splits a list cell back into the NDJSON list', async () => {
    const same = await rows(
      `SELECT count(*)::INTEGER AS n FROM ${prefix}_csv_speakers c JOIN ${prefix}_json_speakers j ON c.id = j.id WHERE (CASE WHEN c.aliases = '' THEN []::VARCHAR[] ELSE string_split(c.aliases, '|') END) = j.aliases`,
    );
    expect(same).toEqual([{ n: tables.speakers.length }]);
  });
});
