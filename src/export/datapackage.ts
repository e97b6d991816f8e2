import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { version } from '../../package.json';
import { dataset, type DeepReadonly } from '../dataset/index.js';
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

const foreignKeys: Record<TableName, ReadonlyArray<{ field: string; resource: TableName }>> = {
  sources: [],
  speakers: [],
  quotes: [
    { field: 'sourceId', resource: 'sources' },
    { field: 'speakerId', resource: 'speakers' },
  ],
};

/** A JSON Schema regular expression as XML Schema syntax (implicitly anchored, no "(?:" groups). */
function xmlSchemaPattern(pattern: string): string {
  return pattern.replace(/^\^/, '').replace(/\$$/, '').replaceAll('(?:', '(');
}

function fieldDescriptor(field: Column, delimiter: string): Descriptor {
  const { constraints: rules } = field;
  const constraints = {
    required: field.emptyCell === 'invalid',
    ...(field.name === 'id' ? { unique: true } : {}),
    ...(rules.enum ? { enum: rules.enum } : {}),
    ...(rules.pattern ? { pattern: xmlSchemaPattern(rules.pattern) } : {}),
    ...(rules.minimum !== undefined ? { minimum: rules.minimum } : {}),
    ...(rules.maximum !== undefined ? { maximum: rules.maximum } : {}),
    ...(rules.minLength !== undefined ? { minLength: rules.minLength } : {}),
  };
  return {
    name: field.name,
    type: field.type,
    ...(field.type === 'list' ? { delimiter, itemType: 'string' } : {}),
    ...(rules.format === 'uri' ? { format: 'uri' } : {}),
    ...(rules.enum ? { categories: rules.enum } : {}),
    description: field.description,
    constraints,
  };
}

/**
 * The Frictionless Table Schema (v2) of a table's CSV: every `columnsOf(table)` column with its type,
 * description, `required`, `enum` (and `categories`), `pattern`, bounds, `list` delimiter; `missingValues`
 * [""], `primaryKey` id and the `foreignKeys` from quotes to speakers and sources.
 *
 * @example
 * tableSchemaOf('quotes').foreignKeys; // [{ fields: ['sourceId'], reference: { resource: 'sources', fields: ['id'] } }, …]
 */
export function tableSchemaOf(table: TableName, options: Pick<CsvOptions, 'listDelimiter'> = {}): Descriptor {
  return {
    $schema: profiles.tableSchema,
    fields: columnsOf(table).map((field) => fieldDescriptor(field, options.listDelimiter ?? listDelimiter)),
    fieldsMatch: 'exact',
    missingValues: [''],
    primaryKey: ['id'],
    ...(foreignKeys[table].length > 0
      ? { foreignKeys: foreignKeys[table].map(({ field, resource }) => ({ fields: [field], reference: { resource, fields: ['id'] } })) }
      : {}),
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

export type DataPackageOptions = Omit<CsvOptions, 'columns' | 'header' | 'end'>;

export interface ExportSummary {
  /** The datapackage.json written, as an object. */
  readonly descriptor: Descriptor;
  /** Every file written, relative to the directory. */
  readonly files: readonly string[];
}

function csvNote(options: DataPackageOptions): string {
  const notes = [
    options.bom === false ? '' : 'starts with a UTF-8 byte order mark',
    options.escapeFormulas === false ? '' : `cells a spreadsheet would run as formulas (starting with = + - @ tab CR LF or full-width forms, after any "'") carry one extra leading "'"; the NDJSON resource has the exact values`,
  ].filter(Boolean);
  return notes.length === 0 ? '' : ` The file ${notes.join('; ')}.`;
}

async function writeTable(directory: string, table: TableName, records: ReadonlyArray<unknown>, options: DataPackageOptions): Promise<Descriptor[]> {
  const csvPath = `${table}.csv`;
  const ndjsonPath = `${table}.ndjson`;
  const schemaPath = `schemas/${table}.schema.json`;
  await writeCsv(table, records, createWriteStream(join(directory, csvPath)), options);
  await writeNdjson(records, createWriteStream(join(directory, ndjsonPath)));
  await writeFile(join(directory, schemaPath), `${JSON.stringify(jsonSchemaOf(table), null, 2)}\n`);
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
      ...(await fileFacts(join(directory, csvPath))),
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
      ...(await fileFacts(join(directory, ndjsonPath))),
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
 * same input.
 *
 * @example
 * const { files } = await exportDataPackage('out');
 * files; // ['sources.csv', 'sources.ndjson', 'schemas/sources.schema.json', …, 'datapackage.json']
 */
export async function exportDataPackage(directory: string, tables: ExportTables = dataset, options: DataPackageOptions = {}): Promise<ExportSummary> {
  await mkdir(join(directory, 'schemas'), { recursive: true });
  const resources: Descriptor[] = [];
  for (const table of tableNames) resources.push(...(await writeTable(directory, table, tables[table], options)));
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
  await writeFile(join(directory, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
  const files = resources.flatMap((resource) => [resource.path as string, ...(resource.jsonSchema ? [resource.jsonSchema as string] : [])]);
  return { descriptor, files: [...files, 'datapackage.json'] };
}
