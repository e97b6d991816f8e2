import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { version } from '../../package.json';
import { dataset, type DeepReadonly } from '../dataset/index.js';
import { startFolderWrite, type FolderWrite, type WriteOutputOptions } from '../files/index.js';
import type { Quote, Source, Speaker } from '../schema/records.js';
import { jsonSchemaOf } from '../schema/index.js';
import { columnsOf, listDelimiter, type Column } from '../schema/columns.js';
import { tableNames, type TableName } from '../schema/vocabulary.js';
import { writeCsv, type CsvOptions } from './csv.js';
import { writeNdjson } from './json.js';

type Descriptor = Record<string, unknown>;

const profiles = {
  package: 'https://datapackage.org/profiles/2.0/datapackage.json',
  resource: 'https://datapackage.org/profiles/2.0/dataresource.json',
  tableSchema: 'https://datapackage.org/profiles/2.0/tableschema.json',
  tableDialect: 'https://datapackage.org/profiles/2.0/tabledialect.json',
} as const;

function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index];
    if (character === '\\') index++;
    else if (inClass) inClass = character !== ']';
    else if (character === '[') inClass = true;
    else if (character === '(') depth++;
    else if (character === ')') depth--;
    else if (character === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * An ECMAScript pattern of the zod schema as a Table Schema pattern: XML Schema syntax, which is implicitly
 * anchored and has no "(?:" groups, and that Python's `re` (frictionless-py anchors it with ^…$) reads alike.
 */
export function xmlSchemaPattern(pattern: string): string {
  const anchoredStart = pattern.startsWith('^');
  const anchoredEnd = pattern.endsWith('$') && !pattern.endsWith('\\$');
  let body = pattern.slice(anchoredStart ? 1 : 0, anchoredEnd ? -1 : undefined).replaceAll('(?:', '(').replaceAll('\\/', '/').replaceAll('\\d', '[0-9]');
  if (hasTopLevelAlternation(body)) body = `(${body})`;
  return `${anchoredStart ? '' : '.*'}${body}${anchoredEnd ? '' : '.*'}`;
}

const escapeForPattern = (text: string) => text.replace(/[\\^$.|?*+()[\]{}-]/g, (character) => `\\${character}`);

/** The pattern of a whole list cell: items joined by the delimiter, or the empty cell of an empty list. */
function listPattern(column: Column, delimiter: string): string {
  const item = column.constraints.items?.pattern;
  const itemBody = item === undefined ? `[^${escapeForPattern(delimiter)}]+` : `(${xmlSchemaPattern(item)})`;
  return `(${itemBody}(${escapeForPattern(delimiter)}${itemBody})*)?`;
}

const listNote = (delimiter: string) =>
  ` A list: the items joined by "${delimiter}" in one cell (split the cell on "${delimiter}" to get them back; an empty cell is an empty list).`;
const jsonNote = (type: 'array' | 'object') => ` A JSON ${type} written as text; the JSON Schema of the table's NDJSON resource defines it.`;

function fieldDescriptor(column: Column, delimiter: string): Descriptor {
  const { constraints: rules } = column;
  const isList = column.type === 'list';
  const pattern = isList ? listPattern(column, delimiter) : rules.pattern === undefined ? undefined : xmlSchemaPattern(rules.pattern);
  const constraints = {
    required: column.emptyCell !== 'null',
    ...(column.name === 'id' ? { unique: true } : {}),
    ...(rules.enum ? { enum: rules.enum } : {}),
    ...(pattern === undefined ? {} : { pattern }),
    ...(rules.minimum !== undefined ? { minimum: rules.minimum } : {}),
    ...(rules.maximum !== undefined ? { maximum: rules.maximum } : {}),
    ...(rules.minLength !== undefined ? { minLength: rules.minLength } : {}),
  };
  const description = `${column.description}${isList ? listNote(delimiter) : column.type === 'array' || column.type === 'object' ? jsonNote(column.type) : ''}`;
  return {
    name: column.name,
    type: isList ? 'string' : column.type,
    ...(rules.format === 'uri' ? { format: 'uri' } : {}),
    ...(rules.enum ? { categories: rules.enum } : {}),
    description,
    ...(column.emptyCell === 'null' ? {} : { missingValues: [] }),
    constraints,
  };
}

/**
 * The Frictionless Table Schema (v2) of a table's CSV, made from `columnsOf(table)`: every column with its
 * type, description, `required`, `enum` (and `categories`), `pattern` and bounds (only constraints frictionless-py 5
 * accepts for the type); `primaryKey` id and the `foreignKeys` from quotes to speakers and sources. Only field types that
 * frictionless-py 5 reads are used: a list of strings is a `string` whose `pattern` spells out the
 * "a|b" cell. An empty cell is null (`missingValues` [""]) except in columns where it is a value (`prefix`,
 * `suffix`, empty lists), which declare `missingValues` [] so the empty text reads back as itself.
 *
 * @example
 * tableSchemaOf('quotes').foreignKeys; // [{ fields: ['sourceId'], reference: { resource: 'sources', fields: ['id'] } }, …]
 */
export function tableSchemaOf(table: TableName, options: Pick<CsvOptions, 'listDelimiter'> = {}): Descriptor {
  const keys = columnsOf(table).filter((column) => column.references !== undefined);
  return {
    $schema: profiles.tableSchema,
    fields: columnsOf(table).map((column) => fieldDescriptor(column, options.listDelimiter ?? listDelimiter)),
    missingValues: [''],
    primaryKey: ['id'],
    ...(keys.length > 0 ? { foreignKeys: keys.map((column) => ({ fields: [column.name], reference: { resource: column.references, fields: ['id'] } })) } : {}),
  };
}

async function fileFacts(path: string): Promise<{ bytes: number; hash: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, hash: `sha256:${hash.digest('hex')}` };
}

export interface ExportTables {
  readonly sources: ReadonlyArray<DeepReadonly<Source>>;
  readonly speakers: ReadonlyArray<DeepReadonly<Speaker>>;
  readonly quotes: ReadonlyArray<DeepReadonly<Quote>>;
}

export type DataPackageOptions = Omit<CsvOptions, 'columns' | 'header' | 'end'> & WriteOutputOptions;

export interface ExportSummary {
  /** The datapackage.json written, as an object. */
  readonly descriptor: Descriptor;
  /** Every file written, relative to the directory. */
  readonly files: readonly string[];
}

function csvNote(options: DataPackageOptions): string {
  const notes = [
    options.bom === false ? '' : 'starts with a UTF-8 byte order mark',
    options.escapeFormulas === false ? '' : `cells a spreadsheet would run as formulas (starting with = + - @ tab CR LF or full-width forms, after any mix of "'" and invisible characters: controls, spaces, zero-width and bidirectional marks, BOM) carry one extra leading "'"; the NDJSON resource has the exact values`,
  ].filter(Boolean);
  return notes.length === 0 ? '' : ` The file ${notes.join('; ')}.`;
}

async function writeTable(folder: FolderWrite, table: TableName, records: ReadonlyArray<unknown>, options: DataPackageOptions): Promise<Descriptor[]> {
  const csvPath = `${table}.csv`;
  const ndjsonPath = `${table}.ndjson`;
  const schemaPath = `schemas/${table}.schema.json`;
  await writeCsv(table, records, await folder.open(csvPath), options);
  await writeNdjson(records, await folder.open(ndjsonPath));
  await folder.write(schemaPath, `${JSON.stringify(jsonSchemaOf(table), null, 2)}\n`);
  const delimiter = options.delimiter ?? ',';
  return [
    {
      name: table,
      type: 'table',
      path: csvPath,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: `The ${table} table, one row a record, columns as in the schema.${csvNote(options)}`,
      ...(await fileFacts(folder.stagedPath(csvPath))),
      dialect: {
        $schema: profiles.tableDialect,
        header: true,
        delimiter,
        lineTerminator: options.lineEnding === 'lf' ? '\n' : '\r\n',
        quoteChar: '"',
        doubleQuote: true,
      },
      schema: tableSchemaOf(table, options),
    },
    {
      name: `${table}-ndjson`,
      path: ndjsonPath,
      format: 'ndjson',
      mediatype: 'application/x-ndjson',
      encoding: 'utf-8',
      description: `The ${table} table as nested records, one JSON object a line, exactly as the JSON Schema in ${schemaPath} defines them.`,
      ...(await fileFacts(folder.stagedPath(ndjsonPath))),
      jsonSchema: schemaPath,
    },
  ];
}

function sourcesOf(tables: ExportTables): Descriptor[] {
  return tables.sources.map((source) => ({
    title: `${source.outlet}: "${source.title}"`,
    ...(source.url === null ? {} : { path: source.url }),
  }));
}

/**
 * Writes a Frictionless Data Package (v2) to `directory`: CSV and NDJSON of each table, a JSON Schema
 * (draft 2020-12) of each table in schemas/, and datapackage.json describing them with Table Schemas,
 * dialects, `sha256:` hashes, byte counts, licence and the reporting articles as sources. CSV options are
 * those of `writeCsv` (formula escaping and BOM on by default). Output is byte-for-byte the same for the
 * same input. Every file is staged beside its target and renamed into place only after all were written, so
 * a failure leaves an earlier package whole; a symbolic link at a file or sub-folder inside `directory` is
 * refused (see `startFolderWrite`), and so is a file named in `options.inputs`.
 *
 * @example
 * const { files } = await exportDataPackage('out');
 * files; // ['sources.csv', 'sources.ndjson', 'schemas/sources.schema.json', …, 'datapackage.json']
 */
export async function exportDataPackage(directory: string, tables: ExportTables = dataset, options: DataPackageOptions = {}): Promise<ExportSummary> {
  const folder = await startFolderWrite(directory, options);
  try {
    return await writePackage(folder, tables, options);
  } catch (error) {
    await folder.abort();
    throw error;
  }
}

async function writePackage(folder: FolderWrite, tables: ExportTables, options: DataPackageOptions): Promise<ExportSummary> {
  const resources: Descriptor[] = [];
  for (const table of tableNames) resources.push(...(await writeTable(folder, table, tables[table], options)));
  const descriptor: Descriptor = {
    $schema: profiles.package,
    name: 'saidby',
    title: 'saidby: attributed quotations traceable to archived news articles',
    description:
      'Attributed quotations (direct, indirect and mixed), each anchored to exact code-point offsets of an archived news article, with speakers, dates, origins, claim types and check-worthiness. The quotations are short excerpts of the articles listed under sources, cited for research and fact-checking; their publishers keep their rights.',
    version,
    homepage: 'https://www.npmjs.com/package/saidby',
    keywords: ['quotes', 'attribution', 'fact-checking', 'claimreview'],
    licenses: [{ name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License (code and annotations; the quoted words stay with their publishers)' }],
    contributors: [{ title: 'the saidby developers', roles: ['creator'] }],
    sources: sourcesOf(tables),
    resources,
  };
  await folder.write('datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);
  await folder.commit();
  const files = resources.flatMap((resource) => [resource.path as string, ...(resource.jsonSchema ? [resource.jsonSchema as string] : [])]);
  return { descriptor, files: [...files, 'datapackage.json'] };
}
