import { queryOptions, type QueryOption, type QuoteQuery } from '../../query/index.js';
import { UsageError, type OptionSpec, type ParsedValues } from '../command.js';
import { helpLine } from './output.js';

interface FilterFlag {
  readonly option: QueryOption;
  readonly flag: string;
  /** For a boolean without a default: the flag that sets it to false. */
  readonly negation: string | undefined;
}

const kebabCase = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The `findQuotes` options that are command-line flags: every option with a JSON type, in kebab case. */
export const filterFlags: readonly FilterFlag[] = queryOptions
  .filter((option) => option.type !== undefined)
  .map((option) => ({
    option,
    flag: kebabCase(option.key),
    negation: option.type === 'boolean' && option.default === undefined ? `not-${kebabCase(option.key)}` : undefined,
  }));

/** Option key → flag name, for naming the flag in an error about an option. */
export const flagOfOption: Readonly<Record<string, string>> = Object.fromEntries(filterFlags.map(({ option, flag }) => [option.key, flag]));

/** parseArgs options of the filter flags: lists repeat, booleans take no value. */
export const filterOptions: OptionSpec = Object.fromEntries(
  filterFlags.flatMap(({ option, flag, negation }) => [
    [flag, option.type === 'boolean' ? { type: 'boolean' as const } : { type: 'string' as const, ...(option.list ? { multiple: true } : {}) }],
    ...(negation === undefined ? [] : [[negation, { type: 'boolean' as const }]]),
  ]),
);

function helpOf({ option, flag, negation }: FilterFlag): string {
  const value = option.type === 'boolean' ? '' : ` ${flag.split('-').pop()!.toUpperCase()}`;
  const notes = [
    option.allowed ? `one of ${option.allowed.join(', ')}` : '',
    option.default !== undefined && option.type !== 'boolean' ? `default ${option.default}` : '',
    option.list ? 'repeat for "any of"' : '',
    negation ? `--${negation}: false` : '',
  ].filter(Boolean);
  return helpLine(`--${flag}${value}${negation ? `, --${negation}` : ''}`, `${option.description}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`);
}

/** Help lines of the filter flags, from the option descriptions of the query schema. */
export const filterHelp = filterFlags.map(helpOf).join('\n');

/** The query that the filter flags given ask for. */
export function queryFromFlags(values: ParsedValues): QuoteQuery {
  const query: Record<string, unknown> = {};
  for (const { option, flag, negation } of filterFlags) {
    const value = values[flag];
    if (option.type === 'boolean') {
      if (value === true && negation !== undefined && values[negation] === true) throw new UsageError(`--${flag} and --${negation} exclude each other`);
      if (value === true) query[option.key] = true;
      else if (negation !== undefined && values[negation] === true) query[option.key] = false;
    } else if (value !== undefined) {
      query[option.key] = option.type === 'integer' && typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    }
  }
  return query as QuoteQuery;
}
