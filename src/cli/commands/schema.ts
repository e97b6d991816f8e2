import { fieldReferenceMarkdown, jsonSchemaOf } from '../../schema/index.js';
import { tableNames, type TableName } from '../../schema/vocabulary.js';
import { choice, exitCodes, write, type Command } from '../command.js';

const schemaFormats = ['json', 'markdown'] as const;

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of a table, or the Markdown reference of every field',
  usage: `saidby schema [--table sources|speakers|quotes] [--format json|markdown]

  --table T      one table (default: all three; as JSON, an object keyed by table name)
  --format F     json (default): JSON Schema draft 2020-12 generated from the zod schema;
                 markdown: the field reference (flat column names, types, may-be-empty, descriptions)`,
  options: { table: { type: 'string', short: 't' }, format: { type: 'string' } },
  async run(values, _positionals, io) {
    const table = choice('table', values.table as string | undefined, tableNames);
    const format = choice('format', values.format as string | undefined, schemaFormats) ?? 'json';
    const tables: readonly TableName[] = table === undefined ? tableNames : [table];
    if (format === 'markdown') {
      await write(io.stdout, `${fieldReferenceMarkdown(tables)}\n`);
    } else {
      const document = table === undefined ? Object.fromEntries(tables.map((name) => [name, jsonSchemaOf(name)])) : jsonSchemaOf(table);
      await write(io.stdout, `${JSON.stringify(document, null, 2)}\n`);
    }
    return exitCodes.ok;
  },
};
