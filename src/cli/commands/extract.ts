import { readFileSync } from 'node:fs';
import { SaidbyError } from '../../error/index.js';
import { extractQuotes, type ExtractOptions, type ExtractResult } from '../../extract/index.js';
import type { Quote } from '../../schema/records.js';
import { exitCodes, write, type Command, type ParsedValues } from '../command.js';
import { inputFile } from './validate.js';
import { csvFlags, csvHelp, formatFrom, formatHelp, recordFormats, renderTable, untilReaderLeaves, writeRecords, type TableColumn } from './output.js';

function readArticle(path: string, cwd: string): string {
  const bytes = readFileSync(inputFile(cwd, path));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SaidbyError([{ code: 'invalid_utf8', path: [path], message: `Cannot read the article ${path}: it is not valid UTF-8` }]);
  }
}

function optionsFrom(values: ParsedValues): ExtractOptions {
  const given: Record<string, unknown> = {
    sourceId: values['source-id'],
    sourceUrl: values['source-url'],
    title: values.title,
    outlet: values.outlet,
    language: values.language,
  };
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as ExtractOptions;
}

function tableColumns(result: ExtractResult): ReadonlyArray<TableColumn<Quote>> {
  const names = new Map(result.speakers.map((speaker) => [speaker.id, speaker.name]));
  return [
    { header: 'id', value: (quote) => quote.id },
    { header: 'kind', value: (quote) => quote.kind },
    { header: 'speaker', value: (quote) => (quote.speakerId === null ? `? ${quote.speakerMention?.text ?? ''}`.trim() : names.get(quote.speakerId)!) },
    { header: 'cue', value: (quote) => quote.cue?.text ?? '' },
    { header: 'conf', value: (quote) => (quote.provenance.confidence ?? 0).toFixed(2) },
    { header: 'text', value: (quote) => quote.text, flexible: true },
  ];
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'propose draft quote records (direct, indirect, mixed, with speakers and cues) from an article text',
  usage: `saidby extract ARTICLE.txt [--source-url URL] [--format table|csv|json|ndjson]

Reads an English news article (UTF-8 text) and proposes draft records in the dataset's own shapes:
quotes with code-point spans into the file, kind, cue, speaker and a confidence, marked as extracted
by saidby-extract. Dates, origins and claim types are left for a reviewer.

Source:
  --source-url URL       address of the article
  --source-id ID         slug for the source (default: article- and the text's sha256 prefix)
  --title T              headline (default: the first headline-like line)
  --outlet O             reporting outlet (default: the URL's host name)
  --language L           BCP 47 tag (default: en)

Output:
${formatHelp(recordFormats)}
                         json: {"sources", "speakers", "quotes"}; csv and ndjson: the quote records
${csvHelp}`,
  options: {
    'source-url': { type: 'string' },
    'source-id': { type: 'string' },
    title: { type: 'string' },
    outlet: { type: 'string' },
    language: { type: 'string' },
    format: { type: 'string' },
    compact: { type: 'boolean' },
    ...csvFlags,
  },
  positionals: [1, 1],
  async run(values, positionals, io) {
    const format = formatFrom(values, io, recordFormats);
    const result = extractQuotes(readArticle(positionals[0]!, io.cwd), optionsFrom(values));
    if (format === 'table') {
      await untilReaderLeaves(() => write(io.stdout, renderTable(tableColumns(result), result.quotes, io.stdout.columns)));
      await write(io.stderr, `${result.quotes.length} draft quote(s), ${result.speakers.length} speaker(s)\n`);
    } else if (format === 'json') {
      await untilReaderLeaves(() => write(io.stdout, `${JSON.stringify(result, null, values.compact ? undefined : 2)}\n`));
    } else {
      await writeRecords(format, 'quotes', result.quotes, io, values);
    }
    return exitCodes.ok;
  },
};
