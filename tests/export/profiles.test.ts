import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataPackage } from '../../src/export/index.js';
import { tableNames } from '../../src/schema/index.js';
import { frictionlessTypes } from './read-back.js';
import { richTables, type Tables } from './tables.js';

const profile = (name: string) => JSON.parse(readFileSync(join(__dirname, 'fixtures', 'profiles', `${name}.json`), 'utf8'));
const draft7 = addFormats(new Ajv({ allErrors: true, strict: false }));
const profiles = {
  package: draft7.compile(profile('datapackage')),
  resource: draft7.compile(profile('dataresource')),
  tableSchema: draft7.compile(profile('tableschema')),
  dialect: draft7.compile(profile('tabledialect')),
};
/** The constraints frictionless-py 5.19 accepts per field type (`supported_constraints` in frictionless/fields/*.py); any other is a FieldError. */
const frictionlessConstraints: Record<string, readonly string[]> = {
  string: ['required', 'minLength', 'maxLength', 'pattern', 'enum'],
  integer: ['required', 'minimum', 'maximum', 'enum'],
  number: ['required', 'minimum', 'maximum', 'enum'],
  date: ['required', 'minimum', 'maximum', 'enum'],
  boolean: ['required', 'enum'],
  array: ['required', 'minLength', 'maxLength', 'enum'],
  object: ['required', 'minLength', 'maxLength', 'enum'],
};
const errorsOf = (validate: { errors?: unknown }) => JSON.stringify(validate.errors, null, 1);

const scratch = mkdtempSync(join(tmpdir(), 'saidby-profiles-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each([
  { name: 'default CSV options', options: {} },
  { name: '";", LF, no BOM, no formula escaping', options: { delimiter: ';', lineEnding: 'lf', bom: false, escapeFormulas: false } as const },
])('the exported data package against the official v2 profiles ($name)', ({ options }) => {
  let tables: Tables;
  let directory: string;
  let descriptor: Record<string, any>;
  beforeAll(async () => {
    tables = await richTables();
    directory = mkdtempSync(join(scratch, 'package-'));
    await exportDataPackage(directory, tables, options);
    descriptor = JSON.parse(readFileSync(join(directory, 'datapackage.json'), 'utf8'));
  });

  it('passes datapackage.json', () => {
    expect(profiles.package(descriptor), errorsOf(profiles.package)).toBe(true);
  });

  it('passes dataresource.json for every resource, tableschema.json and tabledialect.json for every table', () => {
    expect(descriptor.resources).toHaveLength(tableNames.length * 2);
    for (const resource of descriptor.resources) {
      expect(profiles.resource(resource), `${resource.name}: ${errorsOf(profiles.resource)}`).toBe(true);
      if (resource.schema === undefined) continue;
      expect(profiles.tableSchema(resource.schema), `${resource.name}: ${errorsOf(profiles.tableSchema)}`).toBe(true);
      expect(profiles.dialect(resource.dialect), `${resource.name}: ${errorsOf(profiles.dialect)}`).toBe(true);
    }
  });

  it('uses only field types and constraints frictionless-py 5 reads, and no fieldsMatch', () => {
    for (const resource of descriptor.resources.filter((candidate: any) => candidate.schema)) {
      expect(resource.schema.fieldsMatch).toBeUndefined();
      for (const field of resource.schema.fields) {
        expect(frictionlessTypes, `${resource.name}.${field.name}`).toContain(field.type);
        for (const constraint of Object.keys(field.constraints ?? {})) {
          expect([...frictionlessConstraints[field.type]!, 'unique'], `${resource.name}.${field.name} ${constraint}`).toContain(constraint);
        }
      }
    }
  });

  it('has every NDJSON record valid against its exported JSON Schema (ajv, draft 2020-12)', () => {
    const draft2020 = addFormats(new Ajv2020({ allErrors: true, strict: true }));
    for (const table of tableNames) {
      const resource = descriptor.resources.find((candidate: any) => candidate.name === `${table}-ndjson`);
      const validate = draft2020.compile(JSON.parse(readFileSync(join(directory, resource.jsonSchema), 'utf8')));
      const lines = readFileSync(join(directory, resource.path), 'utf8').split('\n').filter(Boolean);
      expect(lines).toHaveLength(tables[table].length);
      for (const line of lines) expect(validate(JSON.parse(line)), `${table} ${line.slice(0, 80)}: ${errorsOf(validate)}`).toBe(true);
    }
  });
});

describe('the profiles as fixtures', () => {
  it('reject what the issue reported: a "list" field and fieldsMatch "exact"', () => {
    const valid = { fields: [{ name: 'topics', type: 'string' }] };
    expect(profiles.tableSchema(valid)).toBe(true);
    expect(profiles.tableSchema({ fields: [{ name: 'topics', type: 'list', delimiter: '|', itemType: 'string' }] })).toBe(false);
    expect(profiles.tableSchema({ ...valid, fieldsMatch: 'exact' })).toBe(false);
  });
});
