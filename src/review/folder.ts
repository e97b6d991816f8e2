import { closeSync, constants, fsyncSync, openSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { SaidbyError } from '../error/index.js';
import { readInside, readInsideIfPresent } from '../files/index.js';
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

/** Reads the folder's tables and review log as they are on disk now. */
export function readFolder(directory: string): FolderState {
  const hash = createHash('sha256');
  const raw: Partial<Record<TableName, unknown>> = {};
  for (const table of tableNames) {
    const bytes = Buffer.from(readInside(directory, `${table}.json`, { issuePath: [table] }));
    hash.update(bytes).update('\0');
    try {
      raw[table] = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new SaidbyError([{ code: 'invalid_json', path: [table], message: `${table}.json is not valid JSON: ${(error as Error).message}` }]);
    }
  }
  const logBytes = readInsideIfPresent(directory, logFileName, { issuePath: [logFileName] });
  const logText = logBytes === undefined ? '' : Buffer.from(logBytes).toString('utf8');
  hash.update(logText);
  return { tables: raw as unknown as Tables, revision: hash.digest('hex').slice(0, 32), logText };
}

/** The archived text of every source that has one, by source id. */
export function readTexts(directory: string, sources: readonly Source[]): Map<string, CodePointIndex> {
  const texts = new Map<string, CodePointIndex>();
  for (const source of sources) {
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
