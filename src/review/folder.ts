import { closeSync, constants, fsyncSync, lstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { SaidbyError } from '../error/index.js';
import { readArchivedText } from '../io/files.js';
import type { Quote, Source, Speaker } from '../schema/records.js';
import { tableNames, type TableName } from '../schema/vocabulary.js';
import { CodePointIndex } from '../text/index.js';

export interface Tables {
  sources: Source[];
  speakers: Speaker[];
  quotes: Quote[];
}

export interface FolderState {
  readonly tables: Tables;
  /** sha256 over the bytes of the three tables and the review log: changes whenever anyone changes the folder. */
  readonly revision: string;
  readonly logText: string;
}

export const logFileName = 'review-log.ndjson';

function refuseLink(path: string): void {
  let isLink = false;
  try {
    isLink = lstatSync(path).isSymbolicLink();
  } catch {
    return;
  }
  if (isLink) throw new SaidbyError([{ code: 'symlink_refused', path: [basename(path)], message: `${path} is a symbolic link; review reads and writes only regular files` }]);
}

function readTableBytes(directory: string, table: TableName): Buffer {
  const file = join(directory, `${table}.json`);
  refuseLink(file);
  try {
    return readFileSync(file);
  } catch {
    throw new SaidbyError([{ code: 'missing_file', path: [table], message: `${file} cannot be read` }]);
  }
}

/** Reads the folder's tables and review log as they are on disk now. */
export function readFolder(directory: string): FolderState {
  const hash = createHash('sha256');
  const raw: Partial<Record<TableName, unknown>> = {};
  for (const table of tableNames) {
    const bytes = readTableBytes(directory, table);
    hash.update(bytes).update('\0');
    try {
      raw[table] = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new SaidbyError([{ code: 'invalid_json', path: [table], message: `${table}.json is not valid JSON: ${(error as Error).message}` }]);
    }
  }
  const logPath = join(directory, logFileName);
  refuseLink(logPath);
  let logText = '';
  try {
    logText = readFileSync(logPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  hash.update(logText);
  return { tables: raw as unknown as Tables, revision: hash.digest('hex').slice(0, 32), logText };
}

/** The archived text of every source that has one, by source id. */
export function readTexts(directory: string, sources: readonly Source[]): Map<string, CodePointIndex> {
  const texts = new Map<string, CodePointIndex>();
  for (const source of sources) {
    if (source.archivePath !== null) refuseLink(join(directory, source.archivePath));
    const text = readArchivedText(source, directory);
    if (text !== undefined) texts.set(source.id, new CodePointIndex(text));
  }
  return texts;
}

/** Appends one line to the review log, refusing to follow a symbolic link. */
export function appendLogLine(directory: string, line: string): void {
  const descriptor = openSync(join(directory, logFileName), constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0), 0o644);
  try {
    writeSync(descriptor, `${line}\n`);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
