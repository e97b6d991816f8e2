import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';
import { SaidbyError, type IssuePath } from '../error/index.js';
import { kindOf, refusal } from './refusal.js';

export interface ReadInsideOptions {
  /** Where the issue of a refusal points (e.g. ['sources', 3, 'archivePath']); default [relativePath]. */
  readonly issuePath?: IssuePath;
  /** Refuse files larger than this many bytes; default 1 GiB. */
  readonly maxBytes?: number;
}

export const defaultMaxBytes = 1024 ** 3;

const openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The parts of a relative path inside a folder, or a SaidbyError when it is absolute, empty or climbs with "..". */
export function partsInside(relativePath: string, issuePath: IssuePath): string[] {
  const shown = JSON.stringify(relativePath);
  if (relativePath.includes('\0')) throw refusal('outside_folder', issuePath, `${shown} contains a NUL character`);
  if (isAbsolute(relativePath) || relativePath.startsWith('/') || /^[A-Za-z]:/.test(relativePath)) {
    throw refusal('outside_folder', issuePath, `${shown} is an absolute path; a dataset folder names its files relative to itself`);
  }
  const parts = relativePath.split(/[\\/]/).filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) throw refusal('outside_folder', issuePath, `${shown} climbs out with ".."; a dataset folder names its files below itself`);
  if (parts.length === 0) throw refusal('outside_folder', issuePath, `${shown} names the folder itself, not a file in it`);
  return parts;
}

function realFolder(folder: string, issuePath: IssuePath): string {
  let real: string;
  try {
    real = realpathSync.native(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw refusal('missing_file', issuePath, code === 'ENOENT' ? `the folder ${folder} does not exist` : `cannot open the folder ${folder} (${code})`);
  }
  if (!statSync(real).isDirectory()) throw refusal('not_a_file', issuePath, `${folder} is not a folder`);
  return real;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}

function pathOfDescriptor(fd: number, fallback: string): string {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return realpathSync.native(fallback);
  }
}

/**
 * Opens `relativePath` inside `folder` for reading and returns its descriptor, or undefined when there is no
 * such file. Refuses (SaidbyError) an absolute path or "..", a symbolic link at any step below `folder`, a
 * file whose real path after opening is not the one asked for, anything but a regular file, and files above
 * `maxBytes`. `folder` itself may be reached through links: it is what the caller chose.
 */
function openInside(folder: string, relativePath: string, options: ReadInsideOptions): { fd: number; size: number } | undefined {
  const issuePath = options.issuePath ?? [relativePath];
  const shown = JSON.stringify(relativePath);
  const parts = partsInside(relativePath, issuePath);
  const root = realFolder(folder, issuePath);
  let path = root;
  for (const [index, part] of parts.entries()) {
    path = join(path, part);
    const stats = lstatOrUndefined(path);
    if (stats === undefined) return undefined;
    const step = JSON.stringify(parts.slice(0, index + 1).join('/'));
    if (stats.isSymbolicLink()) throw refusal('symlink_refused', issuePath, `${shown}: ${step} is a symbolic link; files in a dataset folder are read without following links`);
    const last = index === parts.length - 1;
    if (!last && !stats.isDirectory()) return undefined;
    if (last && !stats.isFile()) throw refusal('not_a_file', issuePath, `${shown} is ${kindOf(stats)}, not a regular file`);
  }
  let fd: number;
  try {
    fd = openSync(path, openFlags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw refusal('symlink_refused', issuePath, `${shown} is a symbolic link; files in a dataset folder are read without following links`);
    throw refusal('unreadable_file', issuePath, `${shown} cannot be opened (${code})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw refusal('not_a_file', issuePath, `${shown} is ${kindOf(stats)}, not a regular file`);
    const opened = pathOfDescriptor(fd, path);
    if (opened !== path && !opened.startsWith(root + sep)) throw refusal('outside_folder', issuePath, `${shown} resolves outside the folder`);
    if (opened !== path) throw refusal('symlink_refused', issuePath, `${shown} changed while it was opened (a link appeared on the way)`);
    const limit = options.maxBytes ?? defaultMaxBytes;
    if (stats.size > limit) throw refusal('file_too_large', issuePath, `${shown} has ${stats.size} bytes, more than the limit of ${limit}`);
    return { fd, size: stats.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

function readAll(fd: number, size: number, limit: number, shown: string, issuePath: IssuePath): Uint8Array {
  let buffer = Buffer.allocUnsafe(Math.max(size, 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) throw refusal('file_too_large', issuePath, `${shown} grew past the limit of ${limit} bytes while it was read`);
      const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  if (length > limit) throw refusal('file_too_large', issuePath, `${shown} grew past the limit of ${limit} bytes while it was read`);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

/**
 * Reads a file inside a dataset folder as bytes, or undefined when it does not exist. `relativePath` is
 * relative to `folder` ("sources/a.txt"); absolute paths and ".." are refused, and so is a symbolic link at any
 * step below `folder`, a file that resolves outside it after opening, and anything that is not a regular
 * file (a folder, a FIFO, a device). A refusal is a SaidbyError that never quotes the file's content.
 *
 * @example
 * readInsideIfPresent('./my-dataset', 'sources/article.txt'); // Uint8Array, or undefined when missing
 */
export function readInsideIfPresent(folder: string, relativePath: string, options: ReadInsideOptions = {}): Uint8Array | undefined {
  const opened = openInside(folder, relativePath, options);
  if (opened === undefined) return undefined;
  try {
    return readAll(opened.fd, opened.size, options.maxBytes ?? defaultMaxBytes, JSON.stringify(relativePath), options.issuePath ?? [relativePath]);
  } finally {
    closeSync(opened.fd);
  }
}

/**
 * Like `readInsideIfPresent`, but a missing file is a SaidbyError (code `missing_file`) too.
 *
 * @example
 * const bytes = readInside('./my-dataset', 'quotes.json');
 */
export function readInside(folder: string, relativePath: string, options: ReadInsideOptions = {}): Uint8Array {
  const bytes = readInsideIfPresent(folder, relativePath, options);
  if (bytes === undefined) throw refusal('missing_file', options.issuePath ?? [relativePath], `${join(folder, relativePath)} does not exist`);
  return bytes;
}

/**
 * Reads a UTF-8 text file inside a dataset folder with the checks of `readInside`. Bytes that are not UTF-8
 * are a SaidbyError (code `invalid_utf8`), never replaced; a byte order mark is kept as U+FEFF.
 *
 * @example
 * const text = readTextInside('./my-dataset', 'sources/article.txt');
 */
export function readTextInside(folder: string, relativePath: string, options: ReadInsideOptions = {}): string {
  return decodeUtf8(readInside(folder, relativePath, options), relativePath, options.issuePath ?? [relativePath]);
}

export function decodeUtf8(bytes: Uint8Array, relativePath: string, issuePath: IssuePath): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SaidbyError([{ code: 'invalid_utf8', path: issuePath, message: `${JSON.stringify(relativePath)} is not valid UTF-8` }]);
  }
}
