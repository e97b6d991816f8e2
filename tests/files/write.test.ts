import { linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { SaidbyError } from '../../src/error/index.js';
import { checkOutput, openAtomicOutput, startFolderWrite, writeFileAtomic, writeFolderAtomic } from '../../src/files/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'saidby-files-write-'));
let serial = 0;
const fresh = () => {
  const folder = join(scratch, `case-${serial++}`);
  mkdirSync(folder);
  return folder;
};

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function refusalOf(run: () => Promise<unknown>): Promise<SaidbyError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(SaidbyError);
    return error as SaidbyError;
  }
  throw new Error('expected a refusal, but the write went through');
}

const leftovers = (folder: string) => readdirSync(folder, { recursive: true }).map(String).filter((name) => name.includes('.saidby-'));

describe('writeFileAtomic', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string({ maxLength: 50 }))], { numRuns: 40 })(
    'writes exactly the data, replacing an old file whole and leaving no temporary file',
    async (data, old) => {
      const folder = fresh();
      const path = join(folder, 'out.csv');
      if (old !== null) writeFileSync(path, old, { mode: 0o640 });
      await writeFileAtomic(path, data);
      expect(readFileSync(path, 'utf8')).toBe(data);
      if (old !== null) expect(statSync(path).mode & 0o777).toBe(0o640);
      expect(leftovers(folder)).toEqual([]);
    },
  );

  it('refuses an existing symbolic link at the output path and leaves its target untouched', async () => {
    const folder = fresh();
    writeFileSync(join(folder, 'victim'), 'precious');
    symlinkSync(join(folder, 'victim'), join(folder, 'out.html'));
    symlinkSync(join(folder, 'nowhere'), join(folder, 'dangling.html'));
    for (const name of ['out.html', 'dangling.html']) {
      const error = await refusalOf(() => writeFileAtomic(join(folder, name), 'new'));
      expect(error.issues[0]!.code).toBe('output_is_symlink');
      expect(lstatSync(join(folder, name)).isSymbolicLink()).toBe(true);
    }
    expect(readFileSync(join(folder, 'victim'), 'utf8')).toBe('precious');
    expect(readdirSync(folder).sort()).toEqual(['dangling.html', 'out.html', 'victim']);
  });

  it('refuses an output that is one of the inputs, by any name (hard link, ./, symlinked input)', async () => {
    const folder = fresh();
    const input = join(folder, 'in.ndjson');
    writeFileSync(input, '{"id":"x"}\n');
    linkSync(input, join(folder, 'hard.ndjson'));
    symlinkSync(input, join(folder, 'via-link.ndjson'));
    for (const [output, inputs] of [
      [input, [input]],
      [join(folder, '.', 'in.ndjson'), [input]],
      [join(folder, 'hard.ndjson'), [input]],
      [input, [join(folder, 'via-link.ndjson')]],
    ] as const) {
      const error = await refusalOf(() => writeFileAtomic(output, '', { inputs }));
      expect(error.issues[0]!.code).toBe('output_is_input');
    }
    expect(readFileSync(input, 'utf8')).toBe('{"id":"x"}\n');
    await expect(checkOutput(join(folder, 'other.csv'), { inputs: [input] })).resolves.toBeUndefined();
  });

  it('refuses a folder at the output path and a missing parent folder', async () => {
    const folder = fresh();
    mkdirSync(join(folder, 'dir'));
    expect((await refusalOf(() => writeFileAtomic(join(folder, 'dir'), 'x'))).message).toContain('is a folder');
    expect((await refusalOf(() => writeFileAtomic(join(folder, 'missing', 'x.csv'), 'x'))).issues[0]!.code).toBe('output_not_writable');
  });

  it('keeps the old file whole when the writer fails midway, and removes the temporary file', async () => {
    const folder = fresh();
    const path = join(folder, 'out.csv');
    writeFileSync(path, 'old complete file');
    const output = await openAtomicOutput(path);
    output.stream.write('half of the new');
    expect(readFileSync(path, 'utf8')).toBe('old complete file');
    await output.abort();
    expect(readFileSync(path, 'utf8')).toBe('old complete file');
    expect(leftovers(folder)).toEqual([]);
  });

  it('refuses to rename over a symbolic link that appeared while it was writing', async () => {
    const folder = fresh();
    writeFileSync(join(folder, 'victim'), 'precious');
    const output = await openAtomicOutput(join(folder, 'out.csv'));
    output.stream.write('data');
    symlinkSync(join(folder, 'victim'), join(folder, 'out.csv'));
    expect((await refusalOf(() => output.commit())).issues[0]!.code).toBe('output_is_symlink');
    expect(readFileSync(join(folder, 'victim'), 'utf8')).toBe('precious');
    expect(leftovers(folder)).toEqual([]);
  });
});

describe('writeFolderAtomic and startFolderWrite', () => {
  it('writes every file, creating sub-folders', async () => {
    const folder = join(fresh(), 'dataset');
    await writeFolderAtomic(folder, [
      ['sources/a.txt', 'article'],
      ['sources.json', '[]'],
      ['quotes.json', '[]'],
    ]);
    expect(readFileSync(join(folder, 'sources', 'a.txt'), 'utf8')).toBe('article');
    expect(readFileSync(join(folder, 'quotes.json'), 'utf8')).toBe('[]');
    expect(leftovers(folder)).toEqual([]);
  });

  test.prop([fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })], { numRuns: 16 })(
    'a failure while staging any file leaves every old file as it was',
    async (failAt, count) => {
      const folder = fresh();
      const names = ['sources/a.txt', 'sources.json', 'speakers.json', 'quotes.json'];
      mkdirSync(join(folder, 'sources'));
      for (const name of names) writeFileSync(join(folder, name), `old ${name}`);
      const write = await startFolderWrite(folder);
      const staged = names.slice(0, Math.min(failAt, count) + 1);
      for (const name of staged.slice(0, -1)) await write.write(name, `new ${name}`);
      const last = await write.open(staged.at(-1)!);
      last.destroy(new Error('disk full'));
      await expect(write.commit()).rejects.toThrow();
      for (const name of names) expect(readFileSync(join(folder, name), 'utf8')).toBe(`old ${name}`);
      expect(leftovers(folder)).toEqual([]);
    },
  );

  test.prop([fc.constantFrom('sources', 'sources/a.txt', 'quotes.json'), fc.boolean()], { numRuns: 12 })(
    'refuses a symbolic link at a file or sub-folder inside the folder and writes nothing through it',
    async (linked, dangling) => {
      const folder = fresh();
      const elsewhere = join(fresh(), 'elsewhere');
      if (!dangling) mkdirSync(elsewhere);
      if (linked === 'sources/a.txt') mkdirSync(join(folder, 'sources'));
      symlinkSync(elsewhere, join(folder, linked));
      const error = await refusalOf(() => writeFolderAtomic(folder, [['sources/a.txt', 'x'], ['quotes.json', '[]']]));
      expect(['symlink_refused', 'output_is_symlink']).toContain(error.issues[0]!.code);
      if (!dangling) expect(readdirSync(elsewhere)).toEqual([]);
    },
  );

  it('refuses names that leave the folder and a name staged twice', async () => {
    const folder = fresh();
    for (const name of ['../x.json', '/tmp/x.json', 'a/../../x.json', '']) {
      expect((await refusalOf(() => writeFolderAtomic(folder, [[name, 'x']]))).issues[0]!.code).toBe('outside_folder');
    }
    expect((await refusalOf(() => writeFolderAtomic(folder, [['a.json', 'x'], ['./a.json', 'y']]))).message).toContain('staged twice');
    expect(readdirSync(folder)).toEqual([]);
  });
});
