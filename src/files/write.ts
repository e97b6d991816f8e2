import { randomBytes } from 'node:crypto';
import { createWriteStream, type Stats, type WriteStream } from 'node:fs';
import { chmod, lstat, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { SaidbyError } from '../error/index.js';
import { partsInside } from './read.js';
import { kindOf, refusal } from './refusal.js';

export interface WriteOutputOptions {
  /** Files this run reads: an output that is one of them (same device and inode) is refused. */
  readonly inputs?: ReadonlyArray<string>;
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

function unwritable(path: string, error: unknown): SaidbyError {
  if (error instanceof SaidbyError) return error;
  const reason = error instanceof Error ? error.message.replace(/^[A-Z]+: /, '').split(',')[0] : String(error);
  return refusal('output_not_writable', [path], `cannot use "${path}": ${reason}`);
}

/**
 * Checks that `path` may be written as an output: not a symbolic link, not a folder, FIFO or device, and not
 * one of `inputs` (compared by device and inode, so another name for the same file is caught too). Throws a
 * SaidbyError naming the path; returns the mode of the file it will replace, if any.
 *
 * @example
 * await checkOutput('out.csv', { inputs: ['in.ndjson'] });
 */
export async function checkOutput(path: string, options: WriteOutputOptions = {}): Promise<number | undefined> {
  const target = await lstatOrUndefined(path);
  if (target === undefined) return undefined;
  if (target.isSymbolicLink()) throw refusal('output_is_symlink', [path], `${path} is a symbolic link; saidby replaces output files but never writes through a link`);
  if (!target.isFile()) throw refusal('output_not_writable', [path], `${path} is ${kindOf(target)}, not a file saidby may replace`);
  for (const input of options.inputs ?? []) {
    const source = await statOrUndefined(input);
    if (source !== undefined && source.dev === target.dev && source.ino === target.ino) {
      throw refusal('output_is_input', [path], `${path} is the input ${input}: writing it would destroy what is being read`);
    }
  }
  return target.mode & 0o7777;
}

function writeAll(stream: Writable, data: string | Uint8Array): Promise<void> {
  return new Promise<void>((done, fail) => stream.write(data, (error) => (error ? fail(error) : done())));
}

function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.saidby-${randomBytes(6).toString('hex')}.tmp`);
}

/** An output being written to a temporary file beside its target; `commit` renames it into place. */
export interface AtomicOutput {
  /** The final path. */
  readonly path: string;
  /** The temporary file the data goes to until `commit`. */
  readonly temporaryPath: string;
  /** Write the data here; writers may end it. Use `commit` or `abort` afterwards. */
  readonly stream: Writable;
  /** Waits for the stream to finish, flushes it to disk and renames it over `path`. */
  commit(): Promise<void>;
  /** Destroys the stream and removes the temporary file; `path` is left as it was. */
  abort(): Promise<void>;
}

interface Staged {
  readonly path: string;
  readonly temporaryPath: string;
  readonly stream: WriteStream;
}

async function stage(path: string, options: WriteOutputOptions): Promise<Staged> {
  const mode = await checkOutput(path, options);
  const temporaryPath = temporaryName(path);
  const stream = createWriteStream(temporaryPath, { flags: 'wx', mode: mode ?? 0o666 });
  try {
    await new Promise<void>((done, fail) => {
      stream.once('open', () => done());
      stream.once('error', fail);
    });
    if (mode !== undefined) await chmod(temporaryPath, mode);
  } catch (error) {
    stream.destroy();
    throw unwritable(path, error);
  }
  stream.on('error', () => {});
  return { path, temporaryPath, stream };
}

async function finishStaged(staged: Staged): Promise<void> {
  const { stream } = staged;
  if (stream.errored) throw stream.errored;
  if (!stream.closed) {
    const closed = new Promise<void>((done, fail) => {
      stream.once('close', () => (stream.errored ? fail(stream.errored) : done()));
      stream.once('error', fail);
    });
    if (!stream.writableEnded) stream.end();
    await closed;
  }
  if (stream.errored) throw stream.errored;
  const handle = await open(staged.temporaryPath, 'r+');
  await handle.sync().finally(() => handle.close());
}

async function discard(staged: Staged): Promise<void> {
  staged.stream.destroy();
  await unlink(staged.temporaryPath).catch(() => {});
}

async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Some file systems cannot sync a folder; the renames are done all the same.
  }
}

/**
 * Opens an output file for streaming with the checks of `checkOutput`. Data goes to a temporary file beside
 * `path`; `commit()` flushes it and renames it into place, so a crash or an error leaves the old file whole
 * and a reader never sees half a file. Call `abort()` on failure.
 *
 * @example
 * const output = await openAtomicOutput('quotes.csv');
 * try { await writeCsv('quotes', quotes, output.stream); await output.commit(); }
 * catch (error) { await output.abort(); throw error; }
 */
export async function openAtomicOutput(path: string, options: WriteOutputOptions = {}): Promise<AtomicOutput> {
  const target = resolve(path);
  const staged = await stage(target, options);
  let settled = false;
  return {
    path: target,
    temporaryPath: staged.temporaryPath,
    stream: staged.stream,
    async commit() {
      if (settled) return;
      settled = true;
      try {
        await finishStaged(staged);
        await checkOutput(target, options);
        await rename(staged.temporaryPath, target);
      } catch (error) {
        await discard(staged);
        throw unwritable(target, error);
      }
      await syncFolder(dirname(target));
    },
    async abort() {
      if (settled) return;
      settled = true;
      await discard(staged);
    },
  };
}

/**
 * Writes `data` to `path` atomically (temporary file beside it, flushed, renamed into place), refusing a
 * symbolic link at `path`, a path that is not a regular file, and a path that is one of `inputs`.
 *
 * @example
 * await writeFileAtomic('report.html', html, { inputs: ['dataset/quotes.json'] });
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOutputOptions = {}): Promise<void> {
  const output = await openAtomicOutput(path, options);
  try {
    await writeAll(output.stream, data);
    await output.commit();
  } catch (error) {
    await output.abort();
    throw unwritable(resolve(path), error);
  }
}

async function folderInside(root: string, parts: readonly string[], shown: string): Promise<string> {
  let folder = root;
  for (const part of parts) {
    folder = join(folder, part);
    const stats = await lstatOrUndefined(folder);
    if (stats === undefined) {
      await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw unwritable(folder, error);
      });
      continue;
    }
    if (stats.isSymbolicLink()) throw refusal('symlink_refused', [shown], `${shown}: ${folder} is a symbolic link; saidby writes inside a folder without following links`);
    if (!stats.isDirectory()) throw refusal('output_not_writable', [shown], `${shown}: ${folder} is ${kindOf(stats)}, not a folder`);
  }
  return folder;
}

/**
 * A set of files written into one folder together: each is staged in a temporary file beside its target
 * (`open`, `write`), and `commit` renames them all into place in the order they were staged, after every one
 * was written and flushed. An error or crash before `commit` leaves the folder as it was; `abort` removes the
 * staged files. Names are relative to the folder; ".." , absolute names and symbolic links at any step
 * below the folder are refused.
 */
export interface FolderWrite {
  readonly directory: string;
  /** Stages `name` and returns a stream for its content (end it, or leave it to `commit`). */
  open(name: string): Promise<Writable>;
  /** Stages `name` with `data`. */
  write(name: string, data: string | Uint8Array): Promise<void>;
  /** Where the staged content of `name` is until `commit` (to hash or re-read what was written). */
  stagedPath(name: string): string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Starts writing a group of files into `directory` (created if missing). See `FolderWrite`.
 *
 * @example
 * const folder = await startFolderWrite('my-dataset');
 * try {
 *   await folder.write('sources/article.txt', bytes);
 *   await folder.write('sources.json', sourcesJson);
 *   await folder.write('quotes.json', quotesJson);
 *   await folder.commit();
 * } catch (error) { await folder.abort(); throw error; }
 */
export async function startFolderWrite(directory: string, options: WriteOutputOptions = {}): Promise<FolderWrite> {
  const root = resolve(directory);
  try {
    await mkdir(root, { recursive: true });
  } catch (error) {
    throw unwritable(root, error);
  }
  const rootStats = await stat(root);
  if (!rootStats.isDirectory()) throw refusal('output_not_writable', [root], `${root} is ${kindOf(rootStats)}, not a folder`);
  const staged = new Map<string, Staged>();
  let settled = false;
  const key = (name: string) => partsInside(name, [name]).join('/');
  const abort = async () => {
    if (settled) return;
    settled = true;
    await Promise.all([...staged.values()].map(discard));
  };
  const folder: FolderWrite = {
    directory: root,
    async open(name) {
      if (settled) throw new Error('this folder write is already committed or aborted');
      const parts = partsInside(name, [name]);
      const normal = parts.join('/');
      if (staged.has(normal)) throw refusal('output_not_writable', [name], `${JSON.stringify(name)} is staged twice in one folder write`);
      const parent = await folderInside(root, parts.slice(0, -1), JSON.stringify(name));
      const entry = await stage(join(parent, parts[parts.length - 1]!), options);
      staged.set(normal, entry);
      return entry.stream;
    },
    async write(name, data) {
      await writeAll(await folder.open(name), data);
    },
    stagedPath(name) {
      const entry = staged.get(key(name));
      if (entry === undefined) throw new Error(`${name} is not staged`);
      return entry.temporaryPath;
    },
    async commit() {
      if (settled) return;
      try {
        for (const entry of staged.values()) await finishStaged(entry);
        for (const entry of staged.values()) await checkOutput(entry.path, options);
      } catch (error) {
        await abort();
        throw unwritable(root, error);
      }
      settled = true;
      const folders = new Set<string>();
      for (const entry of staged.values()) {
        await rename(entry.temporaryPath, entry.path);
        folders.add(dirname(entry.path));
      }
      for (const path of folders) await syncFolder(path);
    },
    abort,
  };
  return folder;
}

/**
 * Writes several files into `directory` as one `FolderWrite`: all are staged and flushed before the first is
 * renamed into place, in the order given (put the files others refer to first).
 *
 * @example
 * await writeFolderAtomic('my-dataset', [['sources/a.txt', bytes], ['sources.json', json]]);
 */
export async function writeFolderAtomic(directory: string, files: Iterable<readonly [string, string | Uint8Array]>, options: WriteOutputOptions = {}): Promise<void> {
  const folder = await startFolderWrite(directory, options);
  try {
    for (const [name, data] of files) await folder.write(name, data);
    await folder.commit();
  } catch (error) {
    await folder.abort();
    throw error;
  }
}
