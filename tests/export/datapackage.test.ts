import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDataPackage, tableSchemaOf } from '../../src/export/index.js';
import { dataset } from '../../src/index.js';
import { columnNamesOf } from '../../src/schema/index.js';
import { readBackDataPackage } from './read-back.js';

const scratch = mkdtempSync(join(tmpdir(), 'saidby-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('Frictionless data package', () => {
  it('derives each Table Schema from columnsOf with keys, constraints and the list delimiter', () => {
    const schema = tableSchemaOf('quotes') as Record<string, any>;
    expect(schema.fields.map((field: { name: string }) => field.name)).toEqual(columnNamesOf('quotes'));
    expect(schema.foreignKeys).toEqual([
      { fields: ['sourceId'], reference: { resource: 'sources', fields: ['id'] } },
      { fields: ['speakerId'], reference: { resource: 'speakers', fields: ['id'] } },
    ]);
    const byName = new Map(schema.fields.map((field: { name: string }) => [field.name, field]));
    expect(byName.get('id')).toMatchObject({ type: 'string', constraints: { required: true, unique: true, pattern: '[a-z0-9]+([-.:][a-z0-9]+)*' } });
    expect(byName.get('kind')).toMatchObject({ constraints: { required: true, enum: ['direct', 'indirect', 'mixed'] }, categories: ['direct', 'indirect', 'mixed'] });
    expect(byName.get('topics')).toMatchObject({ type: 'string', missingValues: [], constraints: { required: true, pattern: '(([a-z0-9]+(-[a-z0-9]+)*)(\\|([a-z0-9]+(-[a-z0-9]+)*))*)?' } });
    expect(byName.get('speakerId')).toMatchObject({ constraints: { required: false } });
    expect((byName.get('speakerId') as { missingValues?: string[] }).missingValues).toBeUndefined();
    expect(byName.get('prefix')).toMatchObject({ missingValues: [], constraints: { required: true } });
    expect(schema.fieldsMatch).toBeUndefined();
    expect(byName.get('date.earliest')).toMatchObject({ type: 'date' });
    expect(byName.get('provenance.confidence')).toMatchObject({ type: 'number', constraints: { minimum: 0, maximum: 1 } });
    expect(byName.get('review.url')).toMatchObject({ format: 'uri' });
  });

  it('writes a package that reads back against its own descriptor', async () => {
    const directory = join(scratch, 'default');
    const { files } = await exportDataPackage(directory);
    expect(files).toContain('datapackage.json');
    expect(readBackDataPackage(directory)).toEqual(dataset);
  });

  it('writes the same bytes twice, and honours CSV options', async () => {
    await exportDataPackage(join(scratch, 'first'));
    await exportDataPackage(join(scratch, 'again'));
    for (const file of ['sources.csv', 'speakers.csv', 'quotes.csv', 'speakers.ndjson', 'datapackage.json', 'schemas/quotes.schema.json']) {
      expect(readFileSync(join(scratch, 'again', file))).toEqual(readFileSync(join(scratch, 'first', file)));
    }
    const plain = join(scratch, 'plain');
    await exportDataPackage(plain, dataset, { escapeFormulas: false, bom: false, delimiter: ';', lineEnding: 'lf' });
    expect(readBackDataPackage(plain, false)).toEqual(dataset);
    expect(readFileSync(join(plain, 'quotes.csv'), 'utf8').startsWith('id;')).toBe(true);
  });
});
