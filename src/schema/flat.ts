import { listDelimiter, tableColumnsOf, type Column, type FlatCell } from './columns.js';
import type { TableName } from './vocabulary.js';

/** A record as one row of columns named after `columnsOf(table)` ("span.start", "topics", …). */
export type FlatRow = Record<string, FlatCell>;

export interface FlatOptions {
  /** Joins and splits `list` cells; default `listDelimiter` ("|"). */
  readonly listDelimiter?: string;
}

/** Gives one cell of a record. */
export type CellWriter = (record: unknown) => FlatCell;

interface TreeNode {
  readonly key: string;
  readonly column?: Column;
  readonly children: TreeNode[];
  readonly nullableObject: boolean;
  readonly leaves: Column[];
}

const trees = new Map<TableName, TreeNode>();

function treeOf(table: TableName): TreeNode {
  let root = trees.get(table);
  if (root) return root;
  const { columns, objects } = tableColumnsOf(table);
  const nullableObjects = new Set(objects.filter((object) => object.nullable).map((object) => object.path.join('.')));
  root = { key: '', children: [], nullableObject: false, leaves: [] };
  for (const column of columns) {
    let node = root;
    node.leaves.push(column);
    for (const [depth, key] of column.path.slice(0, -1).entries()) {
      let child = node.children.find((candidate) => candidate.key === key && !candidate.column);
      if (!child) {
        child = { key, children: [], nullableObject: nullableObjects.has(column.path.slice(0, depth + 1).join('.')), leaves: [] };
        node.children.push(child);
      }
      child.leaves.push(column);
      node = child;
    }
    node.children.push({ key: column.path.at(-1)!, column, children: [], nullableObject: false, leaves: [column] });
  }
  trees.set(table, root);
  return root;
}

const writerCache = new Map<string, readonly CellWriter[]>();

/** The cell writers of a table's columns, in `columnsOf` order (made once per table and delimiter). */
export function cellWritersOf(table: TableName, options: FlatOptions = {}): readonly CellWriter[] {
  const delimiter = options.listDelimiter ?? listDelimiter;
  const key = `${table}\u0000${delimiter}`;
  let writers = writerCache.get(key);
  if (!writers) {
    writers = tableColumnsOf(table).columns.map((column): CellWriter => (record) => column.write(record, delimiter));
    writerCache.set(key, writers);
  }
  return writers;
}

/**
 * Flattens a record into one row keyed by `columnsOf(table)` names, in schema order: nested objects become
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
  const delimiter = options.listDelimiter ?? listDelimiter;
  const row: FlatRow = {};
  for (const column of tableColumnsOf(table).columns) row[column.name] = column.write(record, delimiter);
  return row;
}

/**
 * The cells of a record in `columnsOf(table)` order: what `flattenRecord` gives, as an array.
 *
 * @example
 * flatCells('speakers', getSpeaker('kremlin')!)[0]; // 'kremlin'
 */
export function flatCells(table: TableName, record: unknown, options: FlatOptions = {}): FlatCell[] {
  return cellWritersOf(table, options).map((write) => write(record));
}

const isEmptyCell = (cell: unknown) => cell === undefined || cell === null || cell === '';

function build(node: TreeNode, row: Readonly<Record<string, FlatCell | undefined>>, delimiter: string): unknown {
  if (node.column) return node.column.read(row[node.column.name], delimiter);
  if (node.nullableObject && node.leaves.every((column) => isEmptyCell(row[column.name]))) return null;
  const object: Record<string, unknown> = {};
  for (const child of node.children) object[child.key] = build(child, row, delimiter);
  return object;
}

/**
 * Rebuilds the nested record from a flat row (CSV cells as strings, or the typed cells of `flattenRecord`):
 * the inverse of `flattenRecord`. An empty cell is read as its column's `emptyCell` says (null, "" or []);
 * a nullable object whose cells are all empty is null; `list` cells are split on `listDelimiter`; `array`
 * and `object` cells are parsed as JSON; integers and numbers are parsed. A cell that cannot be parsed is
 * a `SaidbyError` naming the field and the value. The result is not validated: pass it to `validateRecord`.
 *
 * @example
 * const row = { id: 'kremlin', name: 'Kremlin', aliases: 'the Kremlin', kind: 'organization', role: '', … };
 * unflattenRow('speakers', row).aliases; // ['the Kremlin']
 */
export function unflattenRow(table: TableName, row: Readonly<Record<string, FlatCell | undefined>>, options: FlatOptions = {}): Record<string, unknown> {
  return build(treeOf(table), row, options.listDelimiter ?? listDelimiter) as Record<string, unknown>;
}
