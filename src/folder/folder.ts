import { existsSync, readdirSync, readFileSync, rmdirSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deepFreeze, type FrozenDataset } from '../dataset/freeze.js';
import { SaidbyError, type SaidbyIssue, type SaidbyIssueCode } from '../error/index.js';
import { readArchive, readDatasetTables } from '../io/files.js';
import type { Dataset, Source } from '../schema/records.js';
import { parseDataset, verifyDataset } from '../schema/verify.js';
import { tableNames, type TableName } from '../schema/vocabulary.js';
import { replaceFile, withFolderLock } from './files.js';
import { mergeArticle, type AddOptions, type AddSummary, type ArticleDrafts } from './merge.js';

function folderError(code: SaidbyIssueCode, directory: string, message: string): SaidbyError {
  return new SaidbyError([{ code, path: [], message: `${directory}: ${message}` }]);
}

function inFiles(directory: string, issues: ReadonlyArray<SaidbyIssue>): SaidbyError {
  const named = issues.map((issue) => {
    const table = issue.path[0];
    return typeof table === 'string' && (tableNames as readonly string[]).includes(table) ? { ...issue, message: `${table}.json: ${issue.message}` } : issue;
  });
  return new SaidbyError(named, `${issues.length} problem(s) in the dataset folder ${directory}:\n${new SaidbyError(named).message}`);
}

function requireFolder(directory: string): void {
  if (!existsSync(directory)) throw folderError('missing_folder', directory, 'no such folder');
  if (!statSync(directory).isDirectory()) throw folderError('missing_folder', directory, 'not a folder');
}

function readVerified(directory: string): Dataset {
  requireFolder(directory);
  const tables = readDatasetTables(directory);
  const report = verifyDataset(tables, { readArchive: (source) => readArchive(source, directory) });
  if (!report.ok) throw inFiles(directory, report.issues);
  return parseDataset(tables);
}

/**
 * Reads a dataset folder (`sources.json`, `speakers.json`, `quotes.json` and the archived articles), validates
 * every record, verifies every archive and span, and returns the tables frozen, in the shape of the bundled
 * `dataset`. Throws a SaidbyError whose issues name the file, the record and the field.
 *
 * @example
 * import { loadDataset } from 'saidby/io';
 * import { findQuotes } from 'saidby';
 * const mine = loadDataset('my-dataset');
 * findQuotes({ kind: 'direct' }, mine);
 */
export function loadDataset(directory: string): FrozenDataset {
  return deepFreeze(readVerified(resolve(directory)));
}

/**
 * How many of a dataset's quotes are still drafts (`provenance.method: "extracted"`), in all and per source.
 *
 * @example
 * draftCounts(loadDataset('my-dataset')).drafts; // 12
 */
export function draftCounts(data: Pick<FrozenDataset, 'quotes'>): { drafts: number; bySource: ReadonlyMap<string, number> } {
  const bySource = new Map<string, number>();
  for (const quote of data.quotes) if (quote.provenance.method === 'extracted') bySource.set(quote.sourceId, (bySource.get(quote.sourceId) ?? 0) + 1);
  return { drafts: [...bySource.values()].reduce((sum, count) => sum + count, 0), bySource };
}

const emptyDataset = (): Dataset => ({ sources: [], speakers: [], quotes: [] });

function readForUpdate(directory: string): Dataset {
  const present = tableNames.filter((table) => existsSync(join(directory, `${table}.json`)));
  if (present.length === tableNames.length) return readVerified(directory);
  const visible = readdirSync(directory).filter((name) => !name.startsWith('.'));
  if (visible.length === 0) return emptyDataset();
  throw folderError(
    'not_a_dataset_folder',
    directory,
    present.length === 0 ? 'the folder is not empty and holds no dataset (sources.json, speakers.json, quotes.json)' : `${tableNames.filter((table) => !present.includes(table)).map((table) => `${table}.json`).join(', ')} missing`,
  );
}

const tableText = (rows: readonly unknown[]) => `${JSON.stringify(rows, null, 2)}\n`;

function unionById<T extends { id: string }>(next: readonly T[], previous: readonly T[]): T[] {
  const ids = new Set(next.map((row) => row.id));
  return [...next, ...previous.filter((row) => !ids.has(row.id))];
}

function sameBytes(path: string, bytes: Uint8Array): boolean {
  return existsSync(path) && Buffer.compare(readFileSync(path), bytes) === 0;
}

interface Archive {
  readonly path: string;
  readonly bytes: Uint8Array;
}

function writeVerified(directory: string, previous: Dataset, next: Dataset, archives: readonly Archive[]): void {
  const added = new Map(archives.map((archive) => [archive.path, archive.bytes]));
  const report = verifyDataset(next, { readArchive: (source: Source) => (source.archivePath !== null && added.get(source.archivePath)) || readArchive(source, directory) });
  if (!report.ok) throw inFiles(directory, report.issues);
  for (const archive of archives) {
    const path = join(directory, archive.path);
    if (sameBytes(path, archive.bytes)) continue;
    if (existsSync(path)) throw folderError('archive_conflict', directory, `${archive.path} exists and holds other bytes; move it away first`);
    replaceFile(directory, path, archive.bytes);
  }
  const current: Record<TableName, string> = { sources: tableText(previous.sources), speakers: tableText(previous.speakers), quotes: tableText(previous.quotes) };
  const put = (table: TableName, rows: readonly unknown[]) => {
    const text = tableText(rows);
    if (text === current[table] && existsSync(join(directory, `${table}.json`))) return;
    replaceFile(directory, join(directory, `${table}.json`), text);
    current[table] = text;
  };
  put('sources', unionById(next.sources, previous.sources));
  put('speakers', unionById(next.speakers, previous.speakers));
  put('quotes', next.quotes);
  put('speakers', next.speakers);
  put('sources', next.sources);
}

/**
 * Changes a dataset folder under its write lock: reads and verifies it (an empty or missing folder is an empty
 * dataset), lets `change` return the new tables and the archives to add, verifies the result in full, and only
 * then writes. Each file is replaced atomically, in an order that keeps the folder valid at every moment (new
 * archives, then sources and speakers as the union of old and new, then quotes, then the final sources and
 * speakers), so a crash leaves a folder that `saidby verify` passes. Nothing is written when anything fails.
 *
 * @example
 * updateDataset('my-dataset', (data) => ({ data: { ...data, quotes: data.quotes.filter((q) => q.id !== 'x') } }));
 */
export function updateDataset<T = void>(
  directory: string,
  change: (data: Dataset) => { data: Dataset; archives?: readonly Archive[]; result?: T },
): T {
  const folder = resolve(directory);
  const created = !existsSync(folder);
  if (!created && !statSync(folder).isDirectory()) throw folderError('not_a_dataset_folder', folder, 'not a folder');
  mkdirSync(folder, { recursive: true });
  try {
    return withFolderLock(folder, () => {
      const previous = readForUpdate(folder);
      const { data, archives = [], result } = change(structuredClone(previous));
      writeVerified(folder, previous, data, archives);
      return result as T;
    });
  } catch (error) {
    if (created) {
      try {
        rmdirSync(folder);
      } catch {
        // not empty: something was written before the failure, and the folder is valid as it stands
      }
    }
    throw error;
  }
}

/**
 * Adds an article and its drafts to a dataset folder, creating the folder if needed: the article archived byte
 * for byte under `sources/` with its sha256 and code-point length, speakers merged by id and by name or alias,
 * quotes under new ids (see `mergeArticle`). Refuses (SaidbyError `article_in_folder`, nothing written) an article
 * already in the folder unless `replaceDrafts`; never changes a curated or imported quote.
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { extractQuotes } from 'saidby/extract';
 * import { addArticle } from 'saidby/io';
 * const bytes = readFileSync('article.txt');
 * addArticle('my-dataset', { bytes, drafts: extractQuotes(bytes.toString('utf8')) });
 */
export function addArticle(directory: string, article: ArticleDrafts, options: AddOptions = {}): AddSummary {
  return updateDataset(directory, (folder) => {
    const { dataset, archive, summary } = mergeArticle(folder, article, options);
    return { data: dataset, archives: archive === null ? [] : [archive], result: summary };
  });
}
