import * as z from 'zod';
import { tableSchemas } from './records.js';
import type { TableName } from './vocabulary.js';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list' | 'array' | 'object';

/** One column of a table's flat (CSV) form, derived from the zod schema. */
export interface FieldInfo {
  /** Dotted path, e.g. "span.start": the CSV column and Table Schema field name. */
  readonly name: string;
  readonly path: readonly string[];
  /** Frictionless type: list = strings joined by the list delimiter; array/object = JSON text. */
  readonly type: FieldType;
  /** True when the cell may be empty (the field, or an object around it, is nullable). */
  readonly nullable: boolean;
  readonly description: string;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
}

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  description?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  additionalProperties?: unknown;
};

function unwrapNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean; description?: string } {
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const types = schema.type.filter((type) => type !== 'null');
    return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true, description: schema.description };
  }
  if (schema.anyOf) {
    const others = schema.anyOf.filter((option) => option.type !== 'null');
    if (others.length === 1 && others.length < schema.anyOf.length) {
      return { schema: others[0]!, nullable: true, description: schema.description ?? others[0]!.description };
    }
  }
  return { schema, nullable: false, description: schema.description };
}

const safeIntegerBound = Number.MAX_SAFE_INTEGER;

function leafOf(name: string, path: string[], schema: JsonSchema, nullable: boolean, description: string): FieldInfo {
  const base = { name, path, nullable, description };
  if (schema.type === 'array') {
    const item = unwrapNullable(schema.items ?? {}).schema;
    return { ...base, type: item.type === 'string' ? 'list' : 'array' };
  }
  if (schema.type === 'object' || schema.type === undefined) return { ...base, type: 'object' };
  const extras = {
    ...(schema.enum ? { enum: schema.enum.map(String) } : {}),
    ...(schema.pattern && schema.format !== 'date' ? { pattern: schema.pattern } : {}),
    ...(schema.format && schema.format !== 'date' ? { format: schema.format } : {}),
    ...(schema.minimum !== undefined && Math.abs(schema.minimum) < safeIntegerBound ? { minimum: schema.minimum } : {}),
    ...(schema.maximum !== undefined && Math.abs(schema.maximum) < safeIntegerBound ? { maximum: schema.maximum } : {}),
    ...(schema.minLength !== undefined ? { minLength: schema.minLength } : {}),
  };
  if (schema.format === 'date') return { ...base, type: 'date' };
  const type = schema.type === 'integer' || schema.type === 'number' || schema.type === 'boolean' ? schema.type : 'string';
  return { ...base, type, ...extras };
}

function walk(schema: JsonSchema, path: string[], parentNullable: boolean, out: FieldInfo[]): void {
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const { schema: inner, nullable, description } = unwrapNullable(property);
    const childPath = [...path, key];
    const isNullable = parentNullable || nullable;
    if (inner.type === 'object' && inner.properties && Object.keys(inner.properties).length > 0) {
      walk(inner, childPath, isNullable, out);
    } else {
      out.push(leafOf(childPath.join('.'), childPath, inner, isNullable, description ?? ''));
    }
  }
}

const cache = new Map<TableName, readonly FieldInfo[]>();

/**
 * The flat columns of a table, in schema order, with types, constraints and descriptions, all derived from
 * the zod schema. Nested objects become dotted names ("span.start"); lists of strings become `list` cells;
 * lists of objects and free-form objects become JSON text.
 *
 * @example
 * fieldsOf('quotes').map((field) => field.name); // ['id', 'sourceId', 'speakerId', 'speakerMention.text', …]
 */
export function fieldsOf(table: TableName): readonly FieldInfo[] {
  let fields = cache.get(table);
  if (!fields) {
    const out: FieldInfo[] = [];
    walk(z.toJSONSchema(tableSchemas[table], { target: 'draft-2020-12' }) as JsonSchema, [], false, out);
    fields = Object.freeze(out.map((field) => Object.freeze(field)));
    cache.set(table, fields);
  }
  return fields;
}

/**
 * A Markdown table documenting every field of every table, generated from the schema metadata.
 *
 * @example
 * console.log(fieldReferenceMarkdown());
 */
export function fieldReferenceMarkdown(tables: readonly TableName[] = ['sources', 'speakers', 'quotes']): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  return tables
    .map((table) => {
      const rows = fieldsOf(table).map((field) => {
        const type = field.enum ? `${field.type}: ${field.enum.join(' | ')}` : field.type;
        return `| \`${field.name}\` | ${escape(type)} | ${field.nullable ? 'yes' : 'no'} | ${escape(field.description)} |`;
      });
      return [`### ${table}`, '', '| field | type | may be empty | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
    })
    .join('\n\n');
}
