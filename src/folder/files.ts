import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { SaidbyError } from '../error/index.js';

function refuseSymlink(path: string): void {
  try {
    if (lstatSync(path).isSymbolicLink()) {
      throw new SaidbyError([{ code: 'symlink_refused', path: [basename(path)], message: `${path} is a symbolic link; saidby does not write through links` }]);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function syncDirectory(directory: string): void {
  let handle: number | undefined;
  try {
    handle = openSync(directory, 'r');
    fsyncSync(handle);
  } catch {
    // Some file systems cannot sync a directory; the rename itself is still atomic.
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}

function refuseLinkedFolders(root: string, path: string): void {
  const parts = relative(root, dirname(path)).split(sep).filter((part) => part !== '');
  if (parts[0] === '..' || isAbsolute(relative(root, path))) {
    throw new SaidbyError([{ code: 'outside_folder', path: [path], message: `${path} is outside the dataset folder ${root}` }]);
  }
  let folder = root;
  for (const part of parts) {
    folder = join(folder, part);
    refuseSymlink(folder);
    if (existsSync(folder) && !lstatSync(folder).isDirectory()) {
      throw new SaidbyError([{ code: 'output_not_writable', path: [part], message: `${folder} is not a folder` }]);
    }
  }
}

/**
 * Replaces the file at `path` inside the folder `root` with `data` in one step: written to a temporary file beside
 * it, synced, then renamed over it, so a crash leaves either the old file or the new one, never a part. Refuses a
 * symlink at the path or at any folder between `root` and it.
 */
export function replaceFile(root: string, path: string, data: string | Uint8Array): void {
  refuseLinkedFolders(root, path);
  refuseSymlink(path);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = openSync(temporary, 'wx', 0o644);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(handle, bytes, written, bytes.length - written);
    fsyncSync(handle);
  } catch (error) {
    closeSync(handle);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(handle);
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncDirectory(dirname(path));
}

const lockName = '.saidby-lock';

function holderAlive(lock: string): boolean {
  const pid = Number(readFileSync(lock, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `work` while holding the folder's write lock (a `.saidby-lock` file with the writer's process id), so
 * two writers never interleave. A lock left by a process that no longer runs is taken over.
 */
export function withFolderLock<T>(directory: string, work: () => T): T {
  const lock = join(directory, lockName);
  let handle: number | undefined;
  for (let attempt = 0; handle === undefined; attempt++) {
    try {
      handle = openSync(lock, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0 || holderAlive(lock)) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        throw new SaidbyError([
          { code: 'folder_locked', path: [lockName], message: `another saidby process is writing ${directory} (its lock is ${lock})` },
        ]);
      }
      unlinkSync(lock);
    }
  }
  try {
    writeSync(handle, `${process.pid}\n`);
    closeSync(handle);
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}
