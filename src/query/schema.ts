import * as z from 'zod';
import { PartialDateSchema } from '../schema/records.js';
import { checkworthinessLevels, claimTypes, quoteKinds } from '../schema/vocabulary.js';
import type { QuoteRecord } from './collection-index.js';
import { dateMatches, quoteSorts } from './vocabulary.js';

const oneOrMore = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1).readonly()]);

const dateBound = PartialDateSchema.meta({ errorMessage: 'is not a date; expected a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD' });

/**
 * The options of `findQuotes` (and the filter flags of `saidby quotes`, named in kebab case): all given
 * filters must hold, and a list means "any of these". The main entry checks a query against the JSON Schema
 * generated from this schema at build time (`src/query/options.json`), so it runs without loading zod.
 *
 * @example
 * quoteQuerySchema.safeParse({ kind: 'qoute' }).success; // false
 */
export const quoteQuerySchema = z.strictObject({
  speaker: oneOrMore(z.string()).optional().meta({
    description: 'Speaker id, name or alias, any case and accents; words match whole words ("lavrov").',
  }),
  kind: oneOrMore(z.enum(quoteKinds)).optional().meta({ description: 'Quote kind.' }),
  from: dateBound.optional().meta({
    description: 'First day of the date filter: YYYY, YYYY-MM or YYYY-MM-DD (a month or year starts on its first day).',
  }),
  to: dateBound.optional().meta({ description: 'Last day of the date filter, inclusive (a month or year ends on its last day).' }),
  dateMatch: z.enum(dateMatches).default('overlap').meta({
    description: 'How a quote date (a day, month, year or range) relates to from..to: overlap, any of its days is in range; within, all are.',
  }),
  includeUndated: z.boolean().default(false).meta({ description: 'With a date filter, keep quotes whose date is unknown.' }),
  outlet: oneOrMore(z.string()).optional().meta({ description: 'Where the words first appeared (origin.outlet), any case and accents.' }),
  claimType: oneOrMore(z.enum(claimTypes)).optional().meta({ description: 'Full Fact claim type.' }),
  checkworthiness: oneOrMore(z.enum(checkworthinessLevels)).optional().meta({ description: 'ClaimBuster class.' }),
  checkworthy: z.boolean().optional().meta({
    description: 'true: check-worthy-factual; false: annotated as anything else. Unannotated quotes match neither.',
  }),
  topic: oneOrMore(z.string()).optional().meta({ description: 'Topic slug.' }),
  mentions: oneOrMore(z.string()).optional().meta({ description: 'A mentioned entity, by name (any case and accents) or Wikidata QID.' }),
  search: z
    .string()
    .regex(/[^\s\p{M}]/u)
    .optional()
    .meta({ description: 'Words that must all occur in the quote text, any case and accents.', errorMessage: 'has no words to search for' }),
  where: z
    .custom<(quote: QuoteRecord) => boolean>((value) => typeof value === 'function', 'expected a function (quote) => boolean')
    .optional()
    .meta({ description: 'Any further test of your own (not a command-line flag).', typeOf: 'function' }),
  sort: z.enum(quoteSorts).default('document').meta({ description: 'Result order (undated quotes sort last by date).' }),
  limit: z.int().nonnegative().optional().meta({ description: 'At most this many results.' }),
});

/** Filters on quotes: the input type of `quoteQuerySchema`. */
export type QuoteQuery = z.input<typeof quoteQuerySchema>;

/**
 * The JSON Schema (draft 2020-12) of a query, as the build writes it to `src/query/options.json`.
 *
 * @example
 * quoteQueryJsonSchema().properties.kind.anyOf[0].enum; // ['direct', 'indirect', 'mixed']
 */
export function quoteQueryJsonSchema(): Record<string, unknown> & { properties: Record<string, any> } {
  return z.toJSONSchema(quoteQuerySchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as never;
}

/** Where the build writes the query JSON Schema for the main entry (relative to the package root). */
export const quoteQueryOptionsFile = 'src/query/options.json';

/** The text of `src/query/options.json`: `quoteQueryJsonSchema()` as indented JSON. */
export function quoteQueryOptionsText(): string {
  return `${JSON.stringify(quoteQueryJsonSchema(), null, 2)}\n`;
}
