import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SaidbyError } from '../../error/index.js';
import { extractQuotes, type ExtractOptions, type ExtractResult } from '../../extract/index.js';
import type { Quote } from '../../schema/records.js';
import { addArticle, type AddSummary } from '../../folder/index.js';
import { UsageError, exitCodes, readAll, write, type Command, type CommandIo, type ParsedValues } from '../command.js';
import { inputFile } from './validate.js';
import { csvFlags, csvHelp, formatFrom, formatHelp, recordFormats, renderTable, untilReaderLeaves, writeRecords, type TableColumn } from './output.js';

async function readArticle(path: string, io: CommandIo): Promise<{ bytes: Uint8Array; text: string }> {
  const bytes = path === '-' ? await readAll(io.stdin) : readFileSync(inputFile(io.cwd, path));
  try {
    return { bytes, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    throw new SaidbyError([{ code: 'invalid_utf8', path: [path], message: `Cannot read the article ${path === '-' ? 'from standard input' : path}: it is not valid UTF-8` }]);
  }
}

const refusals = new Set(['article_in_folder', 'source_id_taken', 'archive_conflict', 'not_a_dataset_folder', 'folder_locked', 'symlink_refused']);

function addedText(directory: string, summary: AddSummary): string {
  const lines = [
    `${summary.newSource ? 'added' : 'updated'} ${summary.sourceId} in ${directory}: ${summary.added.length} draft quote(s)` +
      (summary.removed.length > 0 ? `, replacing ${summary.removed.length} earlier draft(s)` : '') +
      (summary.skipped > 0 ? `; ${summary.skipped} draft(s) left out: they overlap a curated or imported quote` : ''),
    `speakers: ${summary.newSpeakers.length} new` +
      (summary.mergedSpeakers.length > 0 ? `, ${summary.mergedSpeakers.length} already in the folder (${summary.mergedSpeakers.map((merged) => (merged.aliasesAdded.length > 0 ? `${merged.into} +alias ${merged.aliasesAdded.map((alias) => JSON.stringify(alias)).join(', ')}` : merged.into)).join('; ')})` : ''),
    ...summary.ambiguousSpeakers.map((speaker) => `speaker "${speaker.draft}" matches ${speaker.candidates.join(' and ')}: its quotes are left without a speaker for a reviewer`),
  ];
  return `${lines.join('\n')}\n`;
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
       saidby extract ARTICLE.txt --out DIR [--replace-drafts]

Reads an English news article (UTF-8 text) and proposes draft records in the dataset's own shapes:
quotes with code-point spans into the file, kind, cue, speaker and a confidence, marked as extracted
by saidby-extract. Dates, origins and claim types are left for a reviewer. ARTICLE.txt "-" reads
standard input.

Dataset folder:
  --out DIR              add the article and its drafts to the dataset folder DIR (created if missing):
                         the article archived byte for byte in DIR/sources/, speakers merged with DIR's,
                         new quote ids; DIR must verify before and does after. Prints nothing on stdout.
  --replace-drafts       the article is in DIR already: replace its draft quotes (curated quotes stay;
                         without this flag such an article is refused, exit 2)

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
    out: { type: 'string', short: 'o' },
    'replace-drafts': { type: 'boolean' },
    format: { type: 'string' },
    compact: { type: 'boolean' },
    ...csvFlags,
  },
  positionals: [1, 1],
  async run(values, positionals, io) {
    if (values['replace-drafts'] && typeof values.out !== 'string') throw new UsageError('--replace-drafts goes with --out DIR');
    if (values.out === '') throw new UsageError('--out: expected a folder');
    const format = formatFrom(values, io, recordFormats);
    const article = await readArticle(positionals[0]!, io);
    const result = extractQuotes(article.text, optionsFrom(values));
    if (typeof values.out === 'string') {
      const directory = resolve(io.cwd, values.out);
      let summary: AddSummary;
      try {
        summary = addArticle(directory, { bytes: article.bytes, drafts: result }, { replaceDrafts: values['replace-drafts'] === true });
      } catch (error) {
        const issue = error instanceof SaidbyError ? error.issues[0] : undefined;
        if (issue !== undefined && refusals.has(issue.code)) {
          const hint = issue.code === 'article_in_folder' ? ' (--replace-drafts)' : issue.code === 'source_id_taken' ? ' (--source-id)' : '';
          throw new UsageError(`${issue.message}${hint}\nnothing was written to ${directory}`);
        }
        throw error;
      }
      await write(io.stderr, addedText(directory, summary));
      return exitCodes.ok;
    }
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
