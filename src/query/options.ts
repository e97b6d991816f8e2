import { SaidbyError, type SaidbyIssue } from '../error/index.js';
import generated from './options.json';

/** The part of JSON Schema that the generated query schema uses. */
export interface OptionSchema {
  readonly type?: 'string' | 'boolean' | 'integer' | 'array';
  readonly description?: string;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly errorMessage?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly items?: OptionSchema;
  readonly anyOf?: readonly OptionSchema[];
  readonly default?: string | boolean;
  /** For a value JSON Schema has no type for: what `typeof` must give ("function"). */
  readonly typeOf?: string;
}

/** One option of `findQuotes`, as the JSON Schema generated from `quoteQuerySchema` describes it. */
export interface QueryOption {
  readonly key: string;
  readonly description: string;
  /** The value's type; undefined for a value no JSON type describes (`where`, a function). */
  readonly type: 'string' | 'boolean' | 'integer' | undefined;
  /** Accepts a non-empty list of values as well as one. */
  readonly list: boolean;
  readonly allowed: readonly string[] | undefined;
  readonly default: string | boolean | undefined;
  readonly schema: OptionSchema;
}

const properties = generated.properties as Readonly<Record<string, OptionSchema>>;

function optionOf(key: string, schema: OptionSchema): QueryOption {
  const single = schema.anyOf?.find((branch) => branch.type !== 'array') ?? schema;
  return {
    key,
    description: schema.description ?? '',
    type: single.type === 'array' ? undefined : single.type,
    list: schema.anyOf?.some((branch) => branch.type === 'array') ?? false,
    allowed: single.enum,
    default: schema.default,
    schema,
  };
}

/** Every option of `findQuotes`, in schema order. */
export const queryOptions: ReadonlyArray<QueryOption> = Object.freeze(Object.entries(properties).map(([key, schema]) => Object.freeze(optionOf(key, schema))));

const shown = (value: unknown) => (typeof value === 'function' ? 'a function' : value === undefined ? 'undefined' : JSON.stringify(value) ?? String(value));

const expectations: Record<NonNullable<OptionSchema['type']>, string> = {
  string: 'text',
  boolean: 'true or false',
  integer: 'a whole number',
  array: 'a non-empty list',
};

function expected(schema: OptionSchema): string {
  if (schema.anyOf) return schema.anyOf.map(expected).join(' or ');
  if (schema.type === 'array' && schema.items) return `a non-empty list of ${expected(schema.items)}`;
  return schema.type === undefined ? 'any value' : expectations[schema.type];
}

function typeFits(schema: OptionSchema, value: unknown): boolean {
  switch (schema.type) {
    case undefined:
      return true;
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      return typeof value === schema.type;
  }
}

const listedValuesLimit = 50;

export function argumentIssue(code: SaidbyIssue['code'], path: PropertyKey[], message: string, allowed?: readonly string[]): SaidbyIssue {
  const listed = allowed?.slice(0, listedValuesLimit);
  const more = allowed && allowed.length > listedValuesLimit ? `, … (${allowed.length - listedValuesLimit} more)` : '';
  return { code, path, message: listed ? `${message}; allowed: ${listed.join(', ')}${more}` : message, ...(listed ? { allowed: listed } : {}) };
}

/** Why `value` does not fit `schema`, or undefined when it does. */
function valueIssue(schema: OptionSchema, value: unknown, path: PropertyKey[]): SaidbyIssue | undefined {
  if (schema.anyOf) {
    const branch = schema.anyOf.find((candidate) => typeFits(candidate, value));
    return branch ? valueIssue(branch, value, path) : argumentIssue('invalid_type', path, `expected ${expected(schema)}, got ${shown(value)}`);
  }
  if (schema.typeOf !== undefined && typeof value !== schema.typeOf) return argumentIssue('invalid_type', path, `expected a ${schema.typeOf}, got ${shown(value)}`);
  if (!typeFits(schema, value)) return argumentIssue('invalid_type', path, `expected ${expected(schema)}, got ${shown(value)}`);
  if (schema.enum && !schema.enum.includes(value as string)) return argumentIssue('invalid_value', path, `unknown value ${shown(value)}`, schema.enum);
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value as string)) {
    return argumentIssue('invalid_format', path, `${shown(value)} ${schema.errorMessage ?? `does not match ${schema.pattern}`}`);
  }
  const tooSmall = (schema.minimum !== undefined && (value as number) < schema.minimum) || (schema.maximum !== undefined && (value as number) > schema.maximum);
  if (tooSmall) return argumentIssue((value as number) < (schema.minimum ?? -Infinity) ? 'too_small' : 'too_big', path, `expected ${expected(schema)} from ${schema.minimum} to ${schema.maximum}, got ${shown(value)}`);
  if (schema.type === 'array') {
    const items = value as readonly unknown[];
    if (schema.minItems !== undefined && items.length < schema.minItems) return argumentIssue('too_small', path, `expected ${expected(schema)}, got ${shown(value)}`);
    for (let index = 0; index < items.length; index++) {
      const issue = valueIssue(schema.items ?? {}, items[index], [...path, index]);
      if (issue) return issue;
    }
  }
  return undefined;
}

/**
 * Checks a query against the generated JSON Schema of `quoteQuerySchema` (no zod at run time): a name that
 * is no option, a value of the wrong type, a value not in a vocabulary, a malformed date or an empty list
 * throws a `SaidbyError` whose issue has the path of the option and the code zod would give.
 *
 * @example
 * checkQuery({ kind: 'qoute' }); // throws: ✖ unknown value "qoute"; allowed: direct, indirect, mixed → at kind
 */
export function checkQuery(query: unknown): void {
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    throw new SaidbyError([argumentIssue('invalid_type', [], `expected a query object, got ${shown(query)}`)]);
  }
  for (const [key, value] of Object.entries(query)) {
    const schema = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (schema === undefined) throw new SaidbyError([argumentIssue('unknown_option', [key], 'is not a quote filter', Object.keys(properties))]);
    if (value === undefined) continue;
    const issue = valueIssue(schema, value, [key]);
    if (issue) throw new SaidbyError([issue]);
  }
}
