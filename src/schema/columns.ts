import * as z from 'zod';
import { SaidbyError } from '../error/index.js';
import { references, tableSchemas } from './records.js';
import type { TableName } from './vocabulary.js';

/**
 * What a column holds. `list`: strings joined by the list delimiter in one cell ("a|b"); `array`: a JSON
 * array of objects as text; `object`: a JSON object as text; the others one value as text.
 */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list' | 'array' | 'object';

/** One cell of a flat row: text, a number, a boolean, or null for an empty cell. */
export type FlatCell = string | number | boolean | null;

/**
 * What an empty cell means: `null` (the value may be null), `empty` (the empty text or the empty list, which
 * are valid values) or `invalid` (a required value: an empty cell is never valid). Never two of them, so an
 * empty cell always reads back as what was written.
 */
export type EmptyCell = 'null' | 'empty' | 'invalid';

/** The constraints the zod schema puts on one column's values, in JSON Schema terms. */
export interface ColumnConstraints {
  readonly enum?: readonly string[];
  /** ECMAScript regular expression (anchored with ^ and $) every value matches. */
  readonly pattern?: string;
  /** `uri` for addresses (http and https only, see `pattern`). */
  readonly format?: 'uri';
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  /** For a `list`: what each item must be. */
  readonly items?: { readonly pattern?: string; readonly minLength?: number };
  /** For an `array` or `object`: the JSON Schema (draft 2020-12) of the cell's JSON value. */
  readonly jsonSchema?: Readonly<Record<string, unknown>>;
}

/**
 * One column of a table's flat form, derived from the zod schema: the contract the CSV writer and reader,
 * the Table Schema, the data package descriptor and the field reference are all made from.
 */
export interface Column {
  /** Dotted path, e.g. "span.start": the CSV column and Table Schema field name. */
  readonly name: string;
  readonly path: readonly string[];
  readonly type: ColumnType;
  /** True when the value may be null (the field, or an object around it, is nullable). */
  readonly nullable: boolean;
  readonly emptyCell: EmptyCell;
  readonly description: string;
  readonly constraints: ColumnConstraints;
  /** The table whose `id` this column holds (a foreign key), if any. */
  readonly references?: TableName;
  /** The cell of this column for a record (null: an empty cell); list items joined with `listDelimiter`. */
  readonly write: (record: unknown, listDelimiter?: string) => FlatCell;
  /** The value of this column from a cell (text as in a CSV file, or a typed cell of `write`). */
  readonly read: (cell: FlatCell | undefined, listDelimiter?: string) => unknown;
}

/**
 * The character that joins the items of a `list` column ("ceasefire|negotiations"). `|` rather than ",":
 * names and aliases contain commas, and a comma-joined cell inside comma-separated text is hard to read.
 */
export const listDelimiter = '|';

interface JsonSchemaLeaf {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  items?: JsonSchemaLeaf;
  allOf?: JsonSchemaLeaf[];
}

const safeIntegerBound = Number.MAX_SAFE_INTEGER;

function patternOf(schema: JsonSchemaLeaf): string | undefined {
  const patterns = [schema.pattern, ...(schema.allOf ?? []).map((part) => part.pattern)].filter((pattern): pattern is string => pattern !== undefined);
  if (patterns.length <= 1) return patterns[0];
  return `^${patterns.map((pattern) => `(?=${pattern.replace(/^\^/, '').replace(/\$$/, '')}$)`).join('')}.*$`;
}

function jsonSchemaOfLeaf(schema: z.ZodType): JsonSchemaLeaf & Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest as JsonSchemaLeaf & Record<string, unknown>;
}

function describeLeaf(schema: z.ZodType): { type: ColumnType; constraints: ColumnConstraints } {
  const json = jsonSchemaOfLeaf(schema);
  if (json.type === 'array') {
    const items = json.items ?? {};
    if (items.type === 'string' && items.enum === undefined) {
      const pattern = patternOf(items);
      return {
        type: 'list',
        constraints: { items: { ...(pattern ? { pattern } : {}), ...(items.minLength !== undefined ? { minLength: items.minLength } : {}) } },
      };
    }
    return { type: 'array', constraints: { jsonSchema: json } };
  }
  if (json.type === 'object' || json.type === undefined) return { type: 'object', constraints: { jsonSchema: json } };
  if (json.format === 'date') return { type: 'date', constraints: {} };
  const type: ColumnType = json.type === 'integer' || json.type === 'number' || json.type === 'boolean' ? json.type : 'string';
  const pattern = patternOf(json);
  return {
    type,
    constraints: {
      ...(json.enum ? { enum: json.enum.map(String) } : {}),
      ...(pattern ? { pattern } : {}),
      ...(json.format === 'uri' ? { format: 'uri' as const } : {}),
      ...(json.minimum !== undefined && Math.abs(json.minimum) < safeIntegerBound ? { minimum: json.minimum } : {}),
      ...(json.maximum !== undefined && Math.abs(json.maximum) < safeIntegerBound ? { maximum: json.maximum } : {}),
      ...(json.minLength !== undefined && json.minLength > 0 ? { minLength: json.minLength } : {}),
    },
  };
}

function cellError(name: string, value: unknown, message: string, record?: string): SaidbyError {
  return new SaidbyError([
    { code: 'invalid_cell', path: [name], message: `${name}: ${message} (got ${JSON.stringify(value)})`, ...(record === undefined ? {} : { record }) },
  ]);
}

interface Nested {
  readonly [key: string]: Nested | null | undefined;
}

function getterOf(path: readonly string[]): (record: unknown) => unknown {
  const [first, second, third] = path as [string, string, string];
  if (path.length === 1) return (record) => (record as Nested | null | undefined)?.[first] ?? null;
  if (path.length === 2) return (record) => (record as Nested | null | undefined)?.[first]?.[second] ?? null;
  if (path.length === 3) return (record) => (record as Nested | null | undefined)?.[first]?.[second]?.[third] ?? null;
  return (record) => {
    let value = record as Nested | null | undefined;
    for (const key of path) value = value?.[key];
    return value ?? null;
  };
}

function idOf(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

function writerOf(name: string, path: readonly string[], type: ColumnType): Column['write'] {
  const get = getterOf(path);
  if (type === 'list') {
    return (record, delimiter = listDelimiter) => {
      const items = get(record);
      if (items === null) return null;
      if (!Array.isArray(items)) throw cellError(name, items, 'expected a list of strings', idOf(record));
      for (const item of items) {
        if (typeof item !== 'string') throw cellError(name, item, 'list items must be strings', idOf(record));
        if (item === '') throw cellError(name, item, 'an empty list item cannot be written to a list cell', idOf(record));
        if (item.includes(delimiter)) throw cellError(name, item, `list item contains the list delimiter "${delimiter}" and cannot be written to a list cell`, idOf(record));
      }
      return items.join(delimiter);
    };
  }
  if (type === 'array' || type === 'object') {
    return (record) => {
      const value = get(record);
      return value === null ? null : JSON.stringify(value);
    };
  }
  return (record) => {
    const value = get(record);
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    throw cellError(name, value, `expected a ${type}`, idOf(record));
  };
}

const integerText = /^-?\d+$/;
const numberText = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function parseJsonCell(name: string, type: 'array' | 'object', cell: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch {
    throw cellError(name, cell, `expected JSON ${type} text`);
  }
  const isArray = Array.isArray(value);
  if (type === 'array' ? !isArray : typeof value !== 'object' || value === null || isArray) throw cellError(name, cell, `expected JSON ${type} text`);
  return value;
}

function readerOf(name: string, type: ColumnType, emptyCell: EmptyCell): Column['read'] {
  return (cell, delimiter = listDelimiter) => {
    if (cell === undefined || cell === null || cell === '') {
      if (emptyCell === 'null') return null;
      if (type === 'list') return [];
      if (type === 'string') return '';
      throw cellError(name, cell ?? '', `an empty cell is not allowed for a required ${type}`);
    }
    if (typeof cell !== 'string') {
      if (type === 'list' && Array.isArray(cell)) return cell;
      const expected = type === 'integer' || type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : 'string';
      if (typeof cell !== expected || (type === 'integer' && !Number.isInteger(cell))) {
        throw cellError(name, cell, `expected ${type === 'integer' ? 'an integer' : `a ${type}`}`);
      }
      return cell;
    }
    switch (type) {
      case 'integer':
        if (!integerText.test(cell)) throw cellError(name, cell, 'expected an integer');
        return Number(cell);
      case 'number':
        if (!numberText.test(cell)) throw cellError(name, cell, 'expected a number');
        return Number(cell);
      case 'boolean':
        if (cell !== 'true' && cell !== 'false') throw cellError(name, cell, 'expected true or false');
        return cell === 'true';
      case 'list':
        return cell.split(delimiter);
      case 'array':
      case 'object':
        return parseJsonCell(name, type, cell);
      default:
        return cell;
    }
  };
}

function emptyCellOf(name: string, leaf: z.ZodType, type: ColumnType, nullable: boolean): EmptyCell {
  const emptyIsValue = type === 'list' || (type === 'string' && leaf.safeParse('').success);
  if (nullable && emptyIsValue) throw new Error(`column ${name}: an empty cell could mean null or the empty value; give the schema one meaning`);
  return nullable ? 'null' : emptyIsValue ? 'empty' : 'invalid';
}

/** A nested object of a table's records, by dotted path, and whether it may be null. */
export interface ObjectPath {
  readonly path: readonly string[];
  readonly nullable: boolean;
}

interface TableColumns {
  readonly columns: readonly Column[];
  readonly objects: readonly ObjectPath[];
}

function walk(schema: z.ZodObject, path: string[], parentNullable: boolean, out: TableColumns & { columns: Column[]; objects: ObjectPath[] }): void {
  for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const nullable = child instanceof z.ZodNullable;
    const inner = nullable ? (child.unwrap() as z.ZodType) : child;
    const childPath = [...path, key];
    const isNullable = parentNullable || nullable;
    if (inner instanceof z.ZodObject && Object.keys(inner.shape).length > 0) {
      out.objects.push(Object.freeze({ path: Object.freeze(childPath), nullable }));
      walk(inner, childPath, isNullable, out);
      continue;
    }
    const name = childPath.join('.');
    const { type, constraints } = describeLeaf(inner);
    const emptyCell = emptyCellOf(name, inner, type, isNullable);
    out.columns.push(
      Object.freeze({
        name,
        path: Object.freeze(childPath),
        type,
        nullable: isNullable,
        emptyCell,
        description: child.description ?? inner.description ?? '',
        constraints: Object.freeze(constraints),
        ...(references.get(child) ? { references: references.get(child)!.table } : {}),
        write: writerOf(name, childPath, type),
        read: readerOf(name, type, emptyCell),
      }),
    );
  }
}

const cache = new Map<TableName, TableColumns>();

/** @internal The columns and nested objects of a table, derived once. */
export function tableColumnsOf(table: TableName): TableColumns {
  let derived = cache.get(table);
  if (!derived) {
    const out = { columns: [] as Column[], objects: [] as ObjectPath[] };
    walk(tableSchemas[table] as unknown as z.ZodObject, [], false, out);
    derived = Object.freeze({ columns: Object.freeze(out.columns), objects: Object.freeze(out.objects) });
    cache.set(table, derived);
  }
  return derived;
}

/**
 * The flat columns of a table, in schema order, derived from the zod schema: name, type, constraints,
 * description, what an empty cell means, and how to write and read the cell. Nested objects become dotted
 * names ("span.start"); lists of strings become `list` cells ("a|b"); lists of objects and free-form objects
 * become JSON text. The CSV writer and reader, `tableSchemaOf`, the data package and the README field
 * reference are all made from this one list.
 *
 * @example
 * columnsOf('quotes').map((column) => column.name); // ['id', 'sourceId', 'speakerId', 'speakerMention.text', …]
 * const topics = columnsOf('quotes').find((column) => column.name === 'topics')!;
 * topics.write({ topics: ['ceasefire', 'karabakh'] }); // 'ceasefire|karabakh'
 * topics.read('ceasefire|karabakh'); // ['ceasefire', 'karabakh']
 */
export function columnsOf(table: TableName): readonly Column[] {
  return tableColumnsOf(table).columns;
}

/**
 * The column names of a table in schema order: the CSV header.
 *
 * @example
 * columnNamesOf('speakers'); // ['id', 'name', 'aliases', 'kind', 'role', 'affiliation', 'country', 'wikidata', 'extensions']
 */
export function columnNamesOf(table: TableName): readonly string[] {
  return columnsOf(table).map((column) => column.name);
}

function typeText(column: Column): string {
  if (column.constraints.enum) return `${column.type}: ${column.constraints.enum.join(' | ')}`;
  if (column.type === 'list') return 'list (items joined by "|")';
  if (column.type === 'array' || column.type === 'object') return `${column.type} (JSON text)`;
  return column.type;
}

/**
 * A Markdown table documenting every column of every table, generated from `columnsOf`.
 *
 * @example
 * console.log(fieldReferenceMarkdown());
 */
export function fieldReferenceMarkdown(tables: readonly TableName[] = ['sources', 'speakers', 'quotes']): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const emptyText = { null: 'yes (null)', empty: 'yes (empty value)', invalid: 'no' } as const;
  return tables
    .map((table) => {
      const rows = columnsOf(table).map((column) => `| \`${column.name}\` | ${escape(typeText(column))} | ${emptyText[column.emptyCell]} | ${escape(column.description)} |`);
      return [`### ${table}`, '', '| field | type | may be empty | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
    })
    .join('\n\n');
}
