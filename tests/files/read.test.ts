import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { SaidbyError } from '../../src/error/index.js';
import { readInside, readInsideIfPresent, readTextInside } from '../../src/files/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'saidby-files-read-'));
const secret = 'SECRET-CONTENT-0123456789 root:x:0:0';
const outside = join(scratch, 'outside');
mkdirSync(outside);
writeFileSync(join(outside, 'passwd'), secret);
let serial = 0;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function refusalOf(run: () => unknown): SaidbyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SaidbyError);
    return error as SaidbyError;
  }
  throw new Error('expected a refusal, but the file was read');
}

/** A new dataset folder holding `parts.join('/')` as a regular file with `content`. */
function folderWith(parts: readonly string[], content: string): string {
  const folder = join(scratch, `dataset-${serial++}`);
  mkdirSync(join(folder, ...parts.slice(0, -1)), { recursive: true });
  writeFileSync(join(folder, ...parts), content);
  return folder;
}

const segment = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,7}$/).filter((name) => name !== '..' && !name.endsWith('.'));
const nestedPath = fc.uniqueArray(segment, { minLength: 1, maxLength: 4 });

describe('readInside', () => {
  test.prop([nestedPath, fc.string({ unit: 'binary', maxLength: 200 })], { numRuns: 60 })('reads a regular file below the folder exactly', (parts, content) => {
    const folder = folderWith(parts, content);
    expect(Buffer.from(readInside(folder, parts.join('/'))).toString()).toBe(content);
    expect(readTextInside(folder, parts.join('/'))).toBe(content);
  });

  test.prop([nestedPath, fc.nat(), fc.boolean()], { numRuns: 80 })(
    'refuses a symbolic link at every position of the path, pointing out of the folder or inside it, and never shows the target',
    (parts, at, inward) => {
      const folder = folderWith(parts, 'inside');
      const position = at % parts.length;
      const linked = join(folder, ...parts.slice(0, position + 1));
      rmSync(linked, { recursive: true, force: true });
      const last = position === parts.length - 1;
      const away = mkdtempSync(join(scratch, 'outside-'));
      writeFileSync(join(away, 'passwd'), secret);
      const target = inward ? join(folder, '.real') : last ? join(away, 'passwd') : away;
      if (inward) {
        if (last) writeFileSync(target, secret);
        else mkdirSync(join(target, ...parts.slice(position + 1, -1)), { recursive: true });
        if (!last) writeFileSync(join(target, ...parts.slice(position + 1)), secret);
      } else if (!last) {
        mkdirSync(join(away, ...parts.slice(position + 1, -1)), { recursive: true });
        writeFileSync(join(away, ...parts.slice(position + 1)), secret);
      }
      symlinkSync(target, linked);
      const error = refusalOf(() => readInsideIfPresent(folder, parts.join('/')));
      expect(error.issues[0]!.code).toBe('symlink_refused');
      expect(error.message).toContain(JSON.stringify(parts.slice(0, position + 1).join('/')));
      expect(error.message).not.toContain('SECRET');
    },
  );

  test.prop([nestedPath, fc.nat(), fc.constantFrom('..', '../..', '../outside')], { numRuns: 60 })('refuses ".." anywhere in the path', (parts, at, climb) => {
    const folder = folderWith(parts, 'inside');
    const position = at % (parts.length + 1);
    const path = [...parts.slice(0, position), climb, ...parts.slice(position)].join('/');
    const error = refusalOf(() => readInsideIfPresent(folder, path));
    expect(error.issues[0]!.code).toBe('outside_folder');
  });

  it('refuses absolute paths, the folder itself and NUL characters', () => {
    const folder = folderWith(['a.txt'], 'inside');
    for (const path of [join(outside, 'passwd'), '/etc/passwd', '', '.', './', 'a.txt\0.png', 'C:\\Windows\\win.ini']) {
      const error = refusalOf(() => readInsideIfPresent(folder, path));
      expect(error.issues[0]!.code).toBe('outside_folder');
      expect(error.message).not.toContain('SECRET');
    }
    expect(readTextInside(folder, './a.txt')).toBe('inside');
  });

  it('refuses a folder, a FIFO and a device with a clear error instead of EISDIR or blocking', () => {
    const folder = folderWith(['sources', 'a.txt'], 'inside');
    mkdirSync(join(folder, 'sources', 'dir'));
    execFileSync('mkfifo', [join(folder, 'sources', 'pipe')]);
    symlinkSync('/dev/zero', join(folder, 'zero'));
    expect(refusalOf(() => readInside(folder, 'sources')).message).toMatch(/"sources" is a folder, not a regular file/);
    expect(refusalOf(() => readInside(folder, 'sources/dir')).issues[0]!.code).toBe('not_a_file');
    expect(refusalOf(() => readInside(folder, 'sources/pipe')).message).toMatch(/named pipe \(FIFO\), not a regular file/);
    expect(refusalOf(() => readInside(folder, 'zero')).issues[0]!.code).toBe('symlink_refused');
  });

  it('tells a missing file from a refused one, and names where the issue belongs', () => {
    const folder = folderWith(['a.txt'], 'inside');
    expect(readInsideIfPresent(folder, 'b.txt')).toBeUndefined();
    expect(readInsideIfPresent(folder, 'a.txt/below')).toBeUndefined();
    const missing = refusalOf(() => readInside(folder, 'b.txt', { issuePath: ['sources', 2, 'archivePath'] }));
    expect(missing.issues[0]).toMatchObject({ code: 'missing_file', path: ['sources', 2, 'archivePath'] });
    expect(refusalOf(() => readInside(join(scratch, 'no-such-folder'), 'a.txt')).issues[0]!.code).toBe('missing_file');
  });

  it('allows the folder itself to be reached through a link (the caller chose it)', () => {
    const folder = folderWith(['a.txt'], 'inside');
    const alias = join(scratch, `alias-${serial++}`);
    symlinkSync(folder, alias);
    expect(readTextInside(alias, 'a.txt')).toBe('inside');
  });

  it('refuses a file above maxBytes and text that is not UTF-8, without quoting it', () => {
    const folder = folderWith(['big.txt'], secret);
    expect(refusalOf(() => readInside(folder, 'big.txt', { maxBytes: 10 })).issues[0]!.code).toBe('file_too_large');
    writeFileSync(join(folder, 'latin1.txt'), Buffer.from([0x53, 0x45, 0x43, 0xff, 0x52]));
    const error = refusalOf(() => readTextInside(folder, 'latin1.txt'));
    expect(error.issues[0]!.code).toBe('invalid_utf8');
    expect(error.message).not.toContain('SEC');
  });
});
