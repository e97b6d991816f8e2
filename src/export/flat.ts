import * as z from 'zod';
import { SaidbyError } from '../error/index.js';
import { fieldsOf, type FieldInfo } from '../schema/fields.js';
import { tableSchemas } from '../schema/records.js';
import type { TableName } from '../schema/vocabulary.js';

/** One cell of a flat row: text, a number, a boolean, or null for an empty cell. */
export type FlatCell = string | number | boolean | null;
/** A record as one row of columns named after `fieldsOf(table)` ("span.start", "topics", …). */
export type FlatRow = Record<string, FlatCell>;

/**
 * The character that joins the items of a `list` column ("ceasefire|negotiations"), declared as the
 * Frictionless `delimiter` of those fields. `|` rather than the Frictionless default `,`: names and
 * aliases can contain commas, and a comma-joined cell inside comma-separated CSV is hard to read.
 */
export const listDelimiter = '|';

export interface FlatOptions {
  /** Joins and splits `list` cells; default `listDelimiter` ("|"). */
  readonly listDelimiter?: string;
}

interface TreeNode {
  readonly key: string;
  readonly field?: FieldInfo & { readonly index: number };
  readonly children: TreeNode[];
  readonly nullableObject: boolean;
  readonly leaves: number[];
}

interface TablePlan {
  readonly fields: readonly FieldInfo[];
  readonly root: TreeNode;
}

function nullableObjectPaths(schema: z.ZodType, prefix: string, out: Set<string>): Set<string> {
  if (!(schema instanceof z.ZodObject)) return out;
  for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const nullable = child instanceof z.ZodNullable;
    const inner = nullable ? (child.unwrap() as z.ZodType) : child;
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (inner instanceof z.ZodObject) {
      if (nullable) out.add(path);
      nullableObjectPaths(inner, path, out);
    }
  }
  return out;
}

function childNamed(parent: TreeNode, key: string, nullableObject: boolean): TreeNode {
  let child = parent.children.find((candidate) => candidate.key === key);
  if (!child) {
    child = { key, children: [], nullableObject, leaves: [] };
    parent.children.push(child);
  }
  return child;
}

const plans = new Map<TableName, TablePlan>();

function planOf(table: TableName): TablePlan {
  let plan = plans.get(table);
  if (plan) return plan;
  const fields = fieldsOf(table);
  const nullableObjects = nullableObjectPaths(tableSchemas[table], '', new Set());
  const root: TreeNode = { key: '', children: [], nullableObject: false, leaves: [] };
  fields.forEach((field, index) => {
    let node = root;
    node.leaves.push(index);
    for (const [depth, key] of field.path.slice(0, -1).entries()) {
      node = childNamed(node, key, nullableObjects.has(field.path.slice(0, depth + 1).join('.')));
      node.leaves.push(index);
    }
    node.children.push({ key: field.path.at(-1)!, field: { ...field, index }, children: [], nullableObject: false, leaves: [index] });
  });
  plan = { fields, root };
  plans.set(table, plan);
  return plan;
}

function cellError(field: FieldInfo, value: unknown, message: string, record?: string | number): SaidbyError {
  return new SaidbyError([
    {
      code: 'invalid_cell',
      path: [field.name],
      message: `${field.name}: ${message} (got ${JSON.stringify(value)})`,
      ...(record === undefined ? {} : { record }),
    },
  ]);
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || value === undefined) return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? null;
}

function joinList(field: FieldInfo, items: unknown, delimiter: string, record: unknown): string {
  if (!Array.isArray(items)) throw cellError(field, items, 'expected a list of strings', idOf(record));
  for (const item of items) {
    if (typeof item !== 'string' || item === '' || item.includes(delimiter)) {
      const reason =
        typeof item !== 'string'
          ? 'list items must be strings'
          : item === ''
            ? 'an empty list item cannot be written to a list cell'
            : `list item contains the list delimiter "${delimiter}" and cannot be written to a list cell`;
      throw cellError(field, item, reason, idOf(record));
    }
  }
  return items.join(delimiter);
}

function idOf(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

function scalarCell(field: FieldInfo, value: unknown, record: unknown): FlatCell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw cellError(field, value, `expected a ${field.type}`, idOf(record));
}

function getterOf(path: readonly string[]): (record: unknown) => unknown {
  const [first, second, third] = path as [string, string, string];
  if (path.length === 1) return (record) => (record as Nested | null | undefined)?.[first] ?? null;
  if (path.length === 2) return (record) => (record as Nested | null | undefined)?.[first]?.[second] ?? null;
  if (path.length === 3) return (record) => (record as Nested | null | undefined)?.[first]?.[second]?.[third] ?? null;
  return (record) => valueAt(record, path);
}

/** Reads one cell of a record: the value at the field's path, flattened. */
export type CellReader = (record: unknown) => FlatCell;

interface Nested {
  readonly [key: string]: Nested | null | undefined;
}

function cellReaderOf(field: FieldInfo, delimiter: string): CellReader {
  const get = getterOf(field.path);
  if (field.type === 'list') return (record) => { const value = get(record); return value === null ? null : joinList(field, value, delimiter, record); };
  if (field.type === 'array' || field.type === 'object') return (record) => { const value = get(record); return value === null ? null : JSON.stringify(value); };
  return (record) => { const value = get(record); return value === null ? null : scalarCell(field, value, record); };
}

const readerCache = new Map<string, readonly CellReader[]>();

/** The cell readers of a table's columns, in `fieldsOf` order (compiled once per table and delimiter). */
export function cellReadersOf(table: TableName, options: FlatOptions = {}): readonly CellReader[] {
  const delimiter = options.listDelimiter ?? listDelimiter;
  const key = `${table}\u0000${delimiter}`;
  let readers = readerCache.get(key);
  if (!readers) {
    readers = planOf(table).fields.map((field) => cellReaderOf(field, delimiter));
    readerCache.set(key, readers);
  }
  return readers;
}

/**
 * Flattens a record into one row keyed by `fieldsOf(table)` names, in schema order: nested objects become
 * dotted columns (a null object makes all its columns null), `list` fields are joined with `listDelimiter`,
 * lists of objects and free-form objects become JSON text. A list item that contains the delimiter is a
 * `SaidbyError`, never a silently split cell.
 *
 * @example
 * const row = flattenRecord('quotes', getQuote('azatutyun-30929229-q01')!);
 * row['span.start']; // 427
 * row.topics; // 'ceasefire|ceasefire-monitoring'
 */
export function flattenRecord(table: TableName, record: unknown, options: FlatOptions = {}): FlatRow {
  const readers = cellReadersOf(table, options);
  const { fields } = planOf(table);
  const row: FlatRow = {};
  for (let index = 0; index < readers.length; index++) row[fields[index]!.name] = readers[index]!(record);
  return row;
}

/**
 * The cells of a record in `fieldsOf(table)` order: what `flattenRecord` gives, as an array.
 *
 * @example
 * flatCells('speakers', getSpeaker('kremlin')!)[0]; // 'kremlin'
 */
export function flatCells(table: TableName, record: unknown, options: FlatOptions = {}): FlatCell[] {
  return cellReadersOf(table, options).map((read) => read(record));
}

const integerText = /^-?\d+$/;
const numberText = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function isEmptyCell(cell: unknown): boolean {
  return cell === undefined || cell === null || cell === '';
}

function parseJsonCell(field: FieldInfo, cell: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch {
    throw cellError(field, cell, `expected JSON ${field.type === 'array' ? 'array' : 'object'} text`);
  }
  const isArray = Array.isArray(value);
  const matches = field.type === 'array' ? isArray : typeof value === 'object' && value !== null && !isArray;
  if (!matches) throw cellError(field, cell, `expected JSON ${field.type === 'array' ? 'array' : 'object'} text`);
  return value;
}

function parseCell(field: FieldInfo, cell: unknown, delimiter: string): unknown {
  if (isEmptyCell(cell)) {
    if (field.nullable) return null;
    if (field.type === 'string') return '';
    if (field.type === 'list' || field.type === 'array') return [];
    if (field.type === 'object') return {};
    throw cellError(field, cell ?? '', `an empty cell is not allowed for a required ${field.type}`);
  }
  if (typeof cell !== 'string') {
    if (field.type === 'list' && Array.isArray(cell)) return cell;
    const expected = field.type === 'integer' || field.type === 'number' ? 'number' : field.type === 'boolean' ? 'boolean' : 'string';
    if (typeof cell !== expected || (field.type === 'integer' && !Number.isInteger(cell))) {
      throw cellError(field, cell, `expected ${field.type === 'integer' ? 'an integer' : `a ${field.type}`}`);
    }
    return cell;
  }
  switch (field.type) {
    case 'integer':
      if (!integerText.test(cell)) throw cellError(field, cell, 'expected an integer');
      return Number(cell);
    case 'number':
      if (!numberText.test(cell)) throw cellError(field, cell, 'expected a number');
      return Number(cell);
    case 'boolean':
      if (cell !== 'true' && cell !== 'false') throw cellError(field, cell, 'expected true or false');
      return cell === 'true';
    case 'list':
      return cell.split(delimiter);
    case 'array':
    case 'object':
      return parseJsonCell(field, cell);
    default:
      return cell;
  }
}

function build(node: TreeNode, row: Readonly<Record<string, unknown>>, fields: readonly FieldInfo[], delimiter: string): unknown {
  if (node.field) return parseCell(node.field, row[node.field.name], delimiter);
  if (node.nullableObject && node.leaves.every((index) => isEmptyCell(row[fields[index]!.name]))) return null;
  const object: Record<string, unknown> = {};
  for (const child of node.children) object[child.key] = build(child, row, fields, delimiter);
  return object;
}

/**
 * Rebuilds the nested record from a flat row (CSV cells as strings, or the typed cells of `flattenRecord`):
 * the inverse of `flattenRecord`. An empty cell is null for a nullable field and "" for a required string;
 * a nullable object whose cells are all empty is null; `list` cells are split on `listDelimiter`; `array`
 * and `object` cells are parsed as JSON; integers and numbers are parsed. A cell that cannot be parsed is
 * a `SaidbyError` naming the field and the value. The result is not validated: pass it to `validateRecord`.
 *
 * @example
 * const row = { id: 'kremlin', name: 'Kremlin', aliases: 'the Kremlin', kind: 'organization', role: '', … };
 * unflattenRow('speakers', row).aliases; // ['the Kremlin']
 */
export function unflattenRow(
  table: TableName,
  row: Readonly<Record<string, FlatCell | undefined>>,
  options: FlatOptions = {},
): Record<string, unknown> {
  const { root, fields } = planOf(table);
  return build(root, row, fields, options.listDelimiter ?? listDelimiter) as Record<string, unknown>;
}
