import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { unescapeFormula, unflattenRow } from '../../src/export/index.js';
import { columnNamesOf, tableNames, validateRecord, verifyDataset, type TableName } from '../../src/schema/index.js';

export interface FieldDescriptor {
  name: string;
  type: string;
  missingValues?: string[];
  constraints: { required: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number; minLength?: number; unique?: boolean };
}

/** The Table Schema types frictionless-py 5 reads (its documentation lists them). */
export const frictionlessTypes = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];

function jsonOf(cell: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(cell) };
  } catch {
    return undefined;
  }
}

/**
 * Cells of each type that frictionless-py 5 reads (Python's int, Decimal, date and json.loads), narrowed to the
 * spellings JavaScript writes; tests/export/frictionless-cells.test.ts holds them to cells frictionless-py judged.
 */
const cellChecks: Record<string, (cell: string) => boolean> = {
  string: () => true,
  integer: (cell) => /^-?\d+$/.test(cell),
  number: (cell) => /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(cell) && Number.isFinite(Number(cell)),
  boolean: (cell) => cell === 'true' || cell === 'false',
  date: (cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell) && new Date(`${cell}T00:00:00Z`).toISOString().startsWith(cell),
  array: (cell) => Array.isArray(jsonOf(cell)?.value),
  object: (cell) => {
    const parsed = jsonOf(cell)?.value;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  },
};

/**
 * Why a cell breaks its Table Schema field (read as frictionless-py reads it: missing values first, then the
 * type, then each constraint, the pattern anchored at both ends), or undefined when it does not.
 */
export function cellProblem(field: FieldDescriptor, schemaMissingValues: readonly string[], cell: string): string | undefined {
  if ((field.missingValues ?? schemaMissingValues).includes(cell)) return field.constraints.required ? 'required' : undefined;
  if (!cellChecks[field.type]!(cell)) return `type ${field.type}`;
  const { constraints } = field;
  if (constraints.enum && !constraints.enum.includes(cell)) return 'enum';
  if (constraints.pattern !== undefined && !new RegExp(`^(?:${constraints.pattern})$`, 'u').test(cell)) return 'pattern';
  if (constraints.minimum !== undefined && Number(cell) < constraints.minimum) return 'minimum';
  if (constraints.maximum !== undefined && Number(cell) > constraints.maximum) return 'maximum';
  if (constraints.minLength !== undefined && [...cell].length < constraints.minLength) return 'minLength';
  return undefined;
}

function checkCell(field: FieldDescriptor, schemaMissingValues: readonly string[], cell: string, formulaEscaped: boolean): void {
  const value = formulaEscaped ? unescapeFormula(cell) : cell;
  expect(cellProblem(field, schemaMissingValues, value), `${field.name} = ${JSON.stringify(cell)}`).toBeUndefined();
}

/**
 * Reads an exported data package back and checks it against its own descriptor: file hashes and sizes,
 * CSV header = Table Schema fields = columnsOf, every cell against its field, primary and foreign keys,
 * CSV rows = NDJSON records, and every record valid against the zod schema. Returns the tables.
 */
export function readBackDataPackage(directory: string, formulaEscaped = true): Record<TableName, Record<string, unknown>[]> {
  const descriptor = JSON.parse(readFileSync(join(directory, 'datapackage.json'), 'utf8'));
  expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
  expect(descriptor.licenses[0].name).toBeTruthy();
  expect(descriptor.sources.length).toBeGreaterThan(0);
  const resources = new Map<string, any>(descriptor.resources.map((resource: any) => [resource.name, resource]));
  for (const resource of resources.values()) {
    const bytes = readFileSync(join(directory, resource.path));
    expect(resource.bytes, resource.path).toBe(bytes.length);
    expect(resource.hash, resource.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  }
  const tables = {} as Record<TableName, Record<string, unknown>[]>;
  for (const table of tableNames) {
    const csv = resources.get(table);
    const ndjson = resources.get(`${table}-ndjson`);
    const fields: FieldDescriptor[] = csv.schema.fields;
    expect(fields.map((field) => field.name)).toEqual(columnNamesOf(table));
    expect(csv.schema.missingValues).toEqual(['']);
    for (const field of fields) expect(frictionlessTypes, field.name).toContain(field.type);
    expect(csv.schema.primaryKey).toEqual(['id']);
    const [header, ...rows] = parse(readFileSync(join(directory, csv.path)), {
      bom: true,
      delimiter: csv.dialect.delimiter,
      record_delimiter: csv.dialect.lineTerminator,
      relax_column_count: false,
    }) as string[][];
    expect(header).toEqual(fields.map((field) => field.name));
    const records = readFileSync(join(directory, ndjson.path), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(rows).toHaveLength(records.length);
    const schema = JSON.parse(readFileSync(join(directory, ndjson.jsonSchema), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    rows.forEach((row, index) => {
      fields.forEach((field, column) => checkCell(field, csv.schema.missingValues, row[column]!, formulaEscaped));
      const cells = Object.fromEntries(header!.map((name, column) => [name, formulaEscaped ? unescapeFormula(row[column]!) : row[column]!]));
      expect(unflattenRow(table, cells)).toEqual(records[index]);
      expect(validateRecord(table, records[index])).toEqual([]);
      expect(Object.keys(records[index]).sort()).toEqual(Object.keys(schema.properties).sort());
    });
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    tables[table] = records;
  }
  for (const table of tableNames) {
    for (const key of resources.get(table).schema.foreignKeys ?? []) {
      const known = new Set(tables[key.reference.resource as TableName].map((record) => record[key.reference.fields[0]]));
      for (const record of tables[table]) {
        const value = record[key.fields[0]];
        if (value !== null) expect(known, `${table}.${key.fields[0]} = ${String(value)}`).toContain(value);
      }
    }
  }
  expect(verifyDataset(tables).issues).toEqual([]);
  return tables;
}
