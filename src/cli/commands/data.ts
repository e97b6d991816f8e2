import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataset as bundled, type FrozenDataset } from '../../dataset/index.js';
import { loadDataset } from '../../folder/index.js';
import { bundledDatasetDirectory } from '../../io/files.js';
import { UsageError, type CommandIo, type OptionSpec, type ParsedValues } from '../command.js';

export const dataFlag: OptionSpec = { data: { type: 'string', short: 'd' } };

export const dataHelp = `  --data DIR             a dataset folder (sources.json, speakers.json, quotes.json and the archived
                         articles, as "saidby extract --out DIR" makes it), read and verified first
                         (default: the bundled dataset)`;

/** A dataset folder named on the command line: a usage error (exit 2) when it does not exist. */
export function existingFolder(io: CommandIo, folder: string, flag = '--data'): string {
  if (folder === '') throw new UsageError(`${flag}: expected a folder`);
  const directory = resolve(io.cwd, folder);
  if (!existsSync(directory)) throw new UsageError(`cannot read "${folder}": no such folder`);
  if (!statSync(directory).isDirectory()) throw new UsageError(`cannot read "${folder}": not a folder`);
  return directory;
}

/** The dataset a command works on: the folder of --data, loaded and verified, or the bundled one. */
export function datasetFrom(values: ParsedValues, io: CommandIo): { data: FrozenDataset; directory: string; bundled: boolean } {
  if (typeof values.data !== 'string') return { data: bundled, directory: bundledDatasetDirectory(), bundled: true };
  const directory = existingFolder(io, values.data);
  return { data: loadDataset(directory), directory, bundled: false };
}
