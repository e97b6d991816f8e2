import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, fieldReferenceMarkdown, jsonSchemaOf, tableNames } from '../../src/schema/index.js';

describe('fields derived from the schema', () => {
  it.each(tableNames)('documents every field of %s', (table) => {
    const undocumented = columnsOf(table).filter((field) => field.description.trim().length < 10).map((field) => field.name);
    expect(undocumented).toEqual([]);
  });

  it('flattens nested objects to dotted columns and keeps types and enums', () => {
    const fields = new Map(columnsOf('quotes').map((field) => [field.name, field]));
    expect(fields.get('span.start')).toMatchObject({ type: 'integer', nullable: true });
    expect(fields.get('kind')).toMatchObject({ type: 'string', nullable: false, emptyCell: 'invalid', constraints: { enum: ['direct', 'indirect', 'mixed'] } });
    expect(fields.get('date.earliest')).toMatchObject({ type: 'date', nullable: true });
    expect(fields.get('review.rating.ratingValue')).toMatchObject({ type: 'number', nullable: true });
    expect(fields.get('topics')?.type).toBe('list');
    expect(fields.get('mentions')?.type).toBe('array');
    expect(fields.get('extensions')?.type).toBe('object');
    expect(fields.has('span')).toBe(false);
    expect([...fields.values()].filter((column) => column.references).map((column) => [column.name, column.references])).toEqual([
      ['sourceId', 'sources'],
      ['speakerId', 'speakers'],
    ]);
  });

  it('keeps the README field reference in step with the schema', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
    const block = /<!-- fields:start -->\n([\s\S]*?)\n+<!-- fields:end -->/.exec(readme)?.[1];
    expect(block, 'README field reference: replace it with the output of `saidby schema --format markdown`').toBe(fieldReferenceMarkdown());
  });

  it('generates draft 2020-12 JSON Schema with descriptions', () => {
    const schema = jsonSchemaOf('quotes');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.kind.enum).toEqual(['direct', 'indirect', 'mixed']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.text.description).toMatch(/exactly the characters/i);
  });
});
