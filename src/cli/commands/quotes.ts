import { claimReviewJsonLd, describedByClaimReview, jsonLdText } from '../../export/index.js';
import { findQuotes, quoteRows, type QuoteRow } from '../../query/index.js';
import { exitCodes, write, type Command } from '../command.js';
import { filterHelp, filterOptions, flagOfOption, queryFromFlags } from './filters.js';
import { dataFlag, dataHelp, datasetFrom } from './data.js';
import { asUsageError, csvFlags, csvHelp, formatFrom, formatHelp, recordFormats, renderTable, writeRecords, type TableColumn } from './output.js';

const formats = [...recordFormats, 'jsonld'] as const;

const tableColumns: ReadonlyArray<TableColumn<QuoteRow>> = [
  { header: 'id', value: (row) => row.id },
  { header: 'speaker', value: (row) => row.speaker ?? row.speakerId },
  { header: 'kind', value: (row) => row.kind },
  { header: 'date', value: (row) => row.date || 'unknown' },
  { header: 'check-worthy', value: (row) => (row.checkworthiness === null ? '' : row.checkworthiness === 'check-worthy-factual' ? 'yes' : 'no') },
  { header: 'text', value: (row) => row.text, flexible: true },
];

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'find quotes by speaker, kind, date, claim type, topic or words, as a table, CSV, JSON, NDJSON or JSON-LD',
  usage: `saidby quotes [filters] [--data DIR] [--format table|csv|json|ndjson|jsonld]

Filters (all must hold), as the options of findQuotes:
${filterHelp}

Data:
${dataHelp}

Output:
${formatHelp(formats)}
  --rows                 csv/json/ndjson: quotes joined with speaker and source (one flat row each)
                         instead of the schema's records
  --all                  jsonld: describe every quote, not only the check-worthy or reviewed ones
${csvHelp}

A filter value that matches nothing known (a misspelt claim type, speaker or topic) is a usage error
(exit 2) that lists the allowed values.`,
  options: {
    ...filterOptions,
    ...dataFlag,
    format: { type: 'string' },
    rows: { type: 'boolean' },
    all: { type: 'boolean' },
    compact: { type: 'boolean' },
    ...csvFlags,
  },
  async run(values, _positionals, io) {
    const format = formatFrom(values, io, formats);
    const { data } = datasetFrom(values, io);
    try {
      const found = findQuotes(queryFromFlags(values), data);
      if (format === 'table') {
        await write(io.stdout, renderTable(tableColumns, quoteRows(found, data), io.stdout.columns));
        await write(io.stderr, `${found.length} quote(s)\n`);
      } else if (format === 'jsonld') {
        const options = { all: values.all === true };
        const document = claimReviewJsonLd({ ...data, quotes: found }, options);
        const described = found.filter((quote) => describedByClaimReview(quote, options)).length;
        await write(io.stdout, `${jsonLdText(document, values.compact ? undefined : 2)}\n`);
        if (described < found.length) {
          await write(io.stderr, `${described} of ${found.length} quote(s) are check-worthy or reviewed; ClaimReview JSON-LD describes only those (--all: every quote)\n`);
        }
      } else if (values.rows) {
        await writeRecords(format, 'quoteRows', quoteRows(found, data), io, values);
      } else {
        await writeRecords(format, 'quotes', found, io, values);
      }
    } catch (error) {
      asUsageError(error, { ...flagOfOption, columns: 'columns', delimiter: 'delimiter' });
    }
    return exitCodes.ok;
  },
};
