import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaidbyError } from '../error/index.js';
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
 * Reads a source's archived file as bytes from `directory` (the bundled dataset by default);
 * undefined when the source has no archive or the file is missing. An `archivePath` that leads out of
 * `directory` (absolute, or through "..") is a SaidbyError: a dataset cannot make saidby read other files.
 *
 * @example
 * verifyDataset(dataset, { readArchive: (source) => readArchive(source) });
 */
export function readArchive(source: Pick<Source, 'archivePath'>, directory: string = bundledDatasetDirectory()): Uint8Array | undefined {
  if (source.archivePath === null) return undefined;
  const path = resolve(directory, source.archivePath);
  const inside = relative(resolve(directory), path);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new SaidbyError([
      { code: 'archive_outside_folder', path: ['sources', 'archivePath'], message: `archivePath ${JSON.stringify(source.archivePath)} leads out of the dataset folder ${directory}` },
    ]);
  }
  return existsSync(path) ? readFileSync(path) : undefined;
}

/**
 * Reads a source's archived text (UTF-8) from `directory` (the bundled dataset by default).
 *
 * @example
 * const text = readArchivedText(getSource('azatutyun-30929229')!);
 */
export function readArchivedText(source: Pick<Source, 'archivePath'>, directory?: string): string | undefined {
  const bytes = readArchive(source, directory);
  return bytes === undefined ? undefined : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/**
 * Reads the three tables of a dataset folder (sources.json, speakers.json, quotes.json) as raw JSON, unvalidated.
 * A missing file or invalid JSON is a SaidbyError naming the file.
 *
 * @example
 * const data = parseDataset(readDatasetTables('./my-dataset'));
 */
export function readDatasetTables(directory: string): Record<TableName, unknown> {
  const tables: Partial<Record<TableName, unknown>> = {};
  for (const table of tableNames) {
    const file = join(directory, `${table}.json`);
    if (!existsSync(file)) throw new SaidbyError([{ code: 'missing_file', path: [table], message: `${file} does not exist` }]);
    try {
      tables[table] = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new SaidbyError([{ code: 'invalid_json', path: [table], message: `${file} is not valid JSON: ${(error as Error).message}` }]);
    }
  }
  return tables as Record<TableName, unknown>;
}
