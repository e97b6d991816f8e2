import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { exportDataPackage, type DataPackageOptions } from '../../src/export/datapackage.js';
import { type TableRecord, importQuotebank } from '../../src/io/index.js';
import type { Quote, Source, Speaker } from '../../src/schema/records.js';
import { tableNames, type TableName } from '../../src/schema/vocabulary.js';

interface FieldDescriptor {
  name: string;
  type: string;
  constraints?: { required?: boolean };
}
interface Resource {
  name: string;
  path: string;
  dialect?: { delimiter: string; quoteChar: string };
  schema?: { fields: FieldDescriptor[]; missingValues: string[] };
}

const duckTypes: Record<string, string> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
  list: 'VARCHAR',
  array: 'JSON',
  object: 'JSON',
};
const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** DuckDB columns of the CSV: one per Table Schema field, typed from datapackage.json. */
function csvColumns(fields: FieldDescriptor[]): string {
  return `{${fields.map((field) => `${sqlString(field.name)}: ${sqlString(duckTypes[field.type]!)}`).join(', ')}}`;
}

/** DuckDB columns of the NDJSON: the same fields nested back into STRUCTs along their dotted names; lists become VARCHAR[]. */
function ndjsonColumns(fields: FieldDescriptor[]): string {
  type Node = Map<string, Node | string>;
  const root: Node = new Map();
  for (const field of fields) {
    const path = field.name.split('.');
    let node = root;
    for (const key of path.slice(0, -1)) {
      if (!node.has(key)) node.set(key, new Map());
      node = node.get(key) as Node;
    }
    node.set(path.at(-1)!, field.type === 'list' ? 'VARCHAR[]' : duckTypes[field.type]!);
  }
  const typeOf = (value: Node | string): string =>
    typeof value === 'string' ? value : `STRUCT(${[...value].map(([key, child]) => `${identifier(key)} ${typeOf(child)}`).join(', ')})`;
  return `{${[...root].map(([key, value]) => `${sqlString(key)}: ${sqlString(typeOf(value))}`).join(', ')}}`;
}

const tables: { sources: Source[]; speakers: Speaker[]; quotes: Quote[] } = {
  sources: [...(dataset.sources as Source[])],
  speakers: [...(dataset.speakers as Speaker[])],
  quotes: [...(dataset.quotes as Quote[])],
};
let instance: DuckDBInstance;
let connection: DuckDBConnection;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson();
}

async function load(prefix: string, options: DataPackageOptions): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'saidby-duckdb-'));
  await exportDataPackage(directory, tables, options);
  const descriptor = JSON.parse(readFileSync(join(directory, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
  for (const table of tableNames) {
    const csv = descriptor.resources.find((resource) => resource.name === table)!;
    const ndjson = descriptor.resources.find((resource) => resource.name === `${table}-ndjson`)!;
    const fields = csv.schema!.fields;
    await connection.run(
      `CREATE TABLE ${prefix}_csv_${table} AS SELECT * FROM read_csv(${sqlString(join(directory, csv.path))}, header = true, delim = ${sqlString(csv.dialect!.delimiter)}, quote = ${sqlString(csv.dialect!.quoteChar)}, escape = '"', nullstr = ${sqlString(csv.schema!.missingValues[0]!)}, columns = ${csvColumns(fields)})`,
    );
    await connection.run(
      `CREATE TABLE ${prefix}_json_${table} AS SELECT * FROM read_json(${sqlString(join(directory, ndjson.path))}, format = 'newline_delimited', columns = ${ndjsonColumns(fields)})`,
    );
  }
}

beforeAll(async () => {
  const imported: TableRecord[] = await importQuotebank(join(__dirname, 'fixtures', 'quotebank-sample.jsonl')).toArray();
  for (const { table, record } of imported) (tables[table] as unknown[]).push(record);
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

describe.each([
  { name: 'default export (CRLF, BOM, formula escaping)', prefix: 'crlf', options: {} },
  { name: 'export with LF line ends', prefix: 'lf', options: { lineEnding: 'lf' } as const },
])('the exported data package in DuckDB: $name', ({ prefix, options }) => {
  beforeAll(() => load(prefix, options));

  it.each(tableNames.map((table) => [table]))('loads every %s record from CSV and from NDJSON', async (table: TableName) => {
    for (const format of ['csv', 'json']) {
      expect(await rows(`SELECT count(*)::INTEGER AS n FROM ${prefix}_${format}_${table}`)).toEqual([{ n: tables[table].length }]);
    }
  });

  it('types columns as datapackage.json says', async () => {
    const described = await rows(`DESCRIBE ${prefix}_csv_quotes`);
    const typeOf = (name: string) => described.find((column) => column.column_name === name)?.column_type;
    expect([typeOf('span.start'), typeOf('provenance.confidence'), typeOf('date.latest'), typeOf('mentions')]).toEqual(['BIGINT', 'DOUBLE', 'DATE', 'JSON']);
    expect(await rows(`SELECT max("span.end")::INTEGER AS last, count("date.latest")::INTEGER AS ranged FROM ${prefix}_csv_quotes`)).toEqual([
      { last: Math.max(...tables.quotes.map((quote) => quote.span?.end ?? 0)), ranged: tables.quotes.filter((quote) => quote.date.latest !== null).length },
    ]);
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
      const orphans = await rows(
        `SELECT count(*)::INTEGER AS orphans FROM ${prefix}_${format}_quotes q ANTI JOIN ${prefix}_${format}_speakers s ON q.speakerId = s.id WHERE q.speakerId IS NOT NULL`,
      );
      expect(orphans).toEqual([{ orphans: 0 }]);
    }
  });

  it('reads the same text and nested values from both formats', async () => {
    const same = await rows(
      `SELECT count(*)::INTEGER AS n FROM ${prefix}_csv_quotes c JOIN ${prefix}_json_quotes j ON c.id = j.id WHERE c.text = j.text AND c."span.start" IS NOT DISTINCT FROM j.span.start AND c."date.certainty" = j.date.certainty`,
    );
    expect(same).toEqual([{ n: tables.quotes.length }]);
    const aliases = await rows(`SELECT len(aliases)::INTEGER AS n FROM ${prefix}_json_speakers WHERE id = 'sergei-lavrov'`);
    expect(aliases).toEqual([{ n: dataset.speakers.find((speaker) => speaker.id === 'sergei-lavrov')!.aliases.length }]);
  });
});
