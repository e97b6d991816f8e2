import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaidbyError } from '../error/index.js';
import { decodeUtf8, readInside, readInsideIfPresent } from '../files/index.js';
import type { Source } from '../schema/records.js';
import { tableNames, type TableName } from '../schema/vocabulary.js';

function moduleDirectory(): string {
  if (typeof __dirname === 'string') return __dirname;
  return dirname(fileURLToPath(import.meta.url));
}

let packageRoot: string | undefined;

/**
 * The folder of the installed saidby package (where package.json and dataset/ are).
 *
 * @example
 * join(packageDirectory(), 'dataset', 'quotes.json');
 */
export function packageDirectory(): string {
  if (packageRoot !== undefined) return packageRoot;
  let directory = moduleDirectory();
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'saidby') {
      packageRoot = directory;
      return directory;
    }
    const parent = dirname(directory);
    if (parent === directory) throw new Error('Cannot find the saidby package folder above ' + moduleDirectory());
    directory = parent;
  }
}

/**
 * The folder holding the bundled dataset: the three tables as JSON and the archived sources.
 *
 * @example
 * bundledDatasetDirectory(); // '/…/node_modules/saidby/dataset'
 */
export function bundledDatasetDirectory(): string {
  return join(packageDirectory(), 'dataset');
}

/**
 * Reads a source's archived file as bytes from `directory` (the bundled dataset by default); undefined when
 * the source has no archive or the file is missing. The file is read as `readInside` reads: an `archivePath`
 * that is absolute or climbs out with "..", a symbolic link anywhere below `directory`, a file that resolves
 * outside it and anything but a regular file (a folder, a FIFO) are a SaidbyError that names the path and
 * never quotes the refused file.
 *
 * @example
 * verifyDataset(dataset, { readArchive: (source) => readArchive(source) });
 */
export function readArchive(source: Pick<Source, 'archivePath'>, directory: string = bundledDatasetDirectory()): Uint8Array | undefined {
  if (source.archivePath === null) return undefined;
  return readInsideIfPresent(directory, source.archivePath, { issuePath: ['sources', 'archivePath'] });
}

/**
 * Reads a source's archived text (UTF-8) from `directory` (the bundled dataset by default), with the checks
 * of `readArchive`. Bytes that are not UTF-8 are a SaidbyError (code `invalid_utf8`), never replaced.
 *
 * @example
 * const text = readArchivedText(getSource('azatutyun-30929229')!);
 */
export function readArchivedText(source: Pick<Source, 'archivePath'>, directory?: string): string | undefined {
  const bytes = readArchive(source, directory);
  return bytes === undefined ? undefined : decodeUtf8(bytes, source.archivePath!, ['sources', 'archivePath']);
}

function jsonError(error: unknown, text: string): string {
  const message = (error as Error).message;
  if (text.trim() === '') return ': it is empty';
  if (message.startsWith('Unexpected end')) return ': it ends too early';
  const position = /position (\d+)/.exec(message);
  if (position === null) return '';
  const before = text.slice(0, Number(position[1]));
  return ` at line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
}

/**
 * Reads the three tables of a dataset folder (sources.json, speakers.json, quotes.json) as raw JSON, unvalidated,
 * with the checks of `readInside` (no symbolic links, regular files inside the folder only). A missing file,
 * bytes that are not UTF-8 or invalid JSON are a SaidbyError naming the file (and the line and column), never
 * quoting its content.
 *
 * @example
 * const data = parseDataset(readDatasetTables('./my-dataset'));
 */
export function readDatasetTables(directory: string): Record<TableName, unknown> {
  const tables: Partial<Record<TableName, unknown>> = {};
  for (const table of tableNames) {
    const name = `${table}.json`;
    const file = join(directory, name);
    const text = decodeUtf8(readInside(directory, name, { issuePath: [table] }), name, [table]);
    try {
      tables[table] = JSON.parse(text);
    } catch (error) {
      throw new SaidbyError([{ code: 'invalid_json', path: [table], message: `${file} is not valid JSON${jsonError(error, text)}` }]);
    }
  }
  return tables as Record<TableName, unknown>;
}
