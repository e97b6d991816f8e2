import type { Stats } from 'node:fs';
import { SaidbyError, type IssuePath } from '../error/index.js';

/** The codes of the issues the files module raises. */
export const fileIssueCodes = [
  'outside_folder',
  'symlink_refused',
  'not_a_file',
  'missing_file',
  'unreadable_file',
  'file_too_large',
  'output_is_symlink',
  'output_is_input',
  'output_not_writable',
] as const;
export type FileIssueCode = (typeof fileIssueCodes)[number];

export function refusal(code: FileIssueCode, path: IssuePath, message: string): SaidbyError {
  return new SaidbyError([{ code, path, message }]);
}

export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}
