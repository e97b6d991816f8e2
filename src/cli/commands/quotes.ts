import { claimReviewJsonLd, jsonLdText } from '../../export/index.js';
import { findQuotes, quoteRows, type QuoteQuery, type QuoteRow } from '../../query/index.js';
import { UsageError, exitCodes, write, type Command, type ParsedValues } from '../command.js';
import { dataFlag, dataHelp, datasetFrom } from './data.js';
import { asUsageError, csvFlags, csvHelp, formatFrom, formatHelp, recordFormats, renderTable, writeRecords, type TableColumn } from './output.js';

const formats = [...recordFormats, 'jsonld'] as const;

const flagOfArgument: Record<string, string> = {
  speaker: 'speaker',
  kind: 'kind',
  from: 'from',
  to: 'to',
  dateMatch: 'date-match',
  outlet: 'outlet',
  claimType: 'claim-type',
  checkworthiness: 'checkworthiness',
  topic: 'topic',
  mentions: 'mentions',
  search: 'search',
  sort: 'sort',
  limit: 'limit',
  columns: 'columns',
};

const tableColumns: ReadonlyArray<TableColumn<QuoteRow>> = [
  { header: 'id', value: (row) => row.id },
  { header: 'speaker', value: (row) => row.speaker ?? row.speakerId },
  { header: 'kind', value: (row) => row.kind },
  { header: 'date', value: (row) => row.date || 'unknown' },
  { header: 'check-worthy', value: (row) => (row.checkworthiness === null ? '' : row.checkworthiness === 'check-worthy-factual' ? 'yes' : 'no') },
  { header: 'text', value: (row) => row.text, flexible: true },
];

function limitOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--limit: "${value}" is not a whole number`);
  return Number(value);
}

function queryFrom(values: ParsedValues): QuoteQuery {
  const given = {
    speaker: values.speaker,
    kind: values.kind,
    from: values.from,
    to: values.to,
    dateMatch: values['date-match'],
    includeUndated: values.undated ? true : undefined,
    outlet: values.outlet,
    claimType: values['claim-type'],
    checkworthiness: values.checkworthiness,
    checkworthy: values.checkworthy ? true : values['not-checkworthy'] ? false : undefined,
    topic: values.topic,
    mentions: values.mentions,
    search: values.search,
    sort: values.sort,
    limit: limitOf(values.limit as string | undefined),
  };
  if (values.checkworthy && values['not-checkworthy']) throw new UsageError('--checkworthy and --not-checkworthy exclude each other');
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as QuoteQuery;
}

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'find quotes by speaker, kind, date, claim type, topic or words, as a table, CSV, JSON, NDJSON or JSON-LD',
  usage: `saidby quotes [filters] [--data DIR] [--format table|csv|json|ndjson|jsonld]

Filters (all must hold; repeat a flag for "any of"):
  --speaker X            id, name or alias, any case and accents ("lavrov", "Sergey Lavrov")
  --kind K               direct, indirect or mixed
  --from DATE --to DATE  YYYY, YYYY-MM or YYYY-MM-DD, inclusive; a month or year counts as all its days
  --date-match M         overlap (default): any day the quote may date from is in range;
                         within: all of them are
  --undated              with --from/--to, keep quotes whose date is unknown
  --outlet O             where the words first appeared (origin outlet)
  --claim-type T         personal-experience, quantity, correlation-causation, laws-rules, prediction,
                         other, not-a-claim
  --checkworthy          only check-worthy-factual quotes (--not-checkworthy: only annotated others)
  --checkworthiness C    non-factual, unimportant-factual or check-worthy-factual
  --topic T              topic slug
  --mentions E           a mentioned entity, by name or Wikidata QID
  --search TEXT          words that must all occur in the quote, any case and accents
  --sort S               document (default), date, date-desc or id
  --limit N              at most N quotes

Data:
${dataHelp}

Output:
${formatHelp(formats)}
  --rows                 csv/json/ndjson: quotes joined with speaker and source (one flat row each)
                         instead of the schema's records
${csvHelp}

A filter value that matches nothing known (a misspelt claim type, speaker or topic) is a usage error
(exit 2) that lists the allowed values.`,
  options: {
    speaker: { type: 'string', multiple: true },
    kind: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    'date-match': { type: 'string' },
    undated: { type: 'boolean' },
    outlet: { type: 'string', multiple: true },
    'claim-type': { type: 'string', multiple: true },
    checkworthy: { type: 'boolean' },
    'not-checkworthy': { type: 'boolean' },
    checkworthiness: { type: 'string', multiple: true },
    topic: { type: 'string', multiple: true },
    mentions: { type: 'string', multiple: true },
    search: { type: 'string' },
    sort: { type: 'string' },
    limit: { type: 'string' },
    ...dataFlag,
    format: { type: 'string' },
    rows: { type: 'boolean' },
    compact: { type: 'boolean' },
    ...csvFlags,
  },
  async run(values, _positionals, io) {
    const format = formatFrom(values, io, formats);
    const { data } = datasetFrom(values, io);
    try {
      const found = findQuotes(queryFrom(values), data);
      if (format === 'table') {
        await write(io.stdout, renderTable(tableColumns, quoteRows(found, data), io.stdout.columns));
        await write(io.stderr, `${found.length} quote(s)\n`);
      } else if (format === 'jsonld') {
        const document = claimReviewJsonLd({ ...data, quotes: found });
        const described = (document['@graph'] as unknown[]).length;
        await write(io.stdout, `${jsonLdText(document, values.compact ? undefined : 2)}\n`);
        if (described < found.length) {
          await write(io.stderr, `${described} of ${found.length} quote(s) are check-worthy or reviewed; ClaimReview JSON-LD describes only those\n`);
        }
      } else if (values.rows) {
        await writeRecords(format, 'quoteRows', quoteRows(found, data), io, values);
      } else {
        await writeRecords(format, 'quotes', found, io, values);
      }
    } catch (error) {
      asUsageError(error, flagOfArgument);
    }
    return exitCodes.ok;
  },
};
