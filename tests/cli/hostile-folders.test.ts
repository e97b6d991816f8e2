import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { SaidbyError } from '../../src/error/index.js';
import { readArchive, readArchivedText, readDatasetTables } from '../../src/io/files.js';
import { verifyDataset } from '../../src/schema/verify.js';
import { copyDataset, saidby } from './run-cli.js';

const root = resolve(__dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'saidby-hostile-'));
const archive = 'sources/azatutyun-30929229.txt';
const secret = 'SECRET-0123 root:x:0:0:root:/root:/bin/bash';
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A place outside the dataset folder holding a byte-for-byte copy of the bundled dataset (so that a link
 * into it would pass every check when followed) and a secret file.
 */
const elsewhere = join(scratch, 'elsewhere');
cpSync(join(root, 'dataset'), elsewhere, { recursive: true });
writeFileSync(join(elsewhere, 'secret.txt'), secret);

type Hostility = (folder: string) => void;

const linkTo = (target: string, at: string): Hostility => (folder) => {
  rmSync(join(folder, at), { recursive: true, force: true });
  symlinkSync(target, join(folder, at));
};
const withArchivePath = (path: string | ((folder: string) => string), prepare: Hostility = () => {}): Hostility => (folder) => {
  prepare(folder);
  const sources = JSON.parse(readFileSync(join(folder, 'sources.json'), 'utf8'));
  sources[0].archivePath = typeof path === 'string' ? path : path(folder);
  writeFileSync(join(folder, 'sources.json'), JSON.stringify(sources));
};

/** Every hostile shape, by where it sits in the folder; each would pass (or leak) if it were followed. */
const hostilities: Record<string, { make: Hostility; code: string }> = {
  'sources.json -> a copy outside': { make: linkTo(join(elsewhere, 'sources.json'), 'sources.json'), code: 'symlink_refused' },
  'speakers.json -> a copy outside': { make: linkTo(join(elsewhere, 'speakers.json'), 'speakers.json'), code: 'symlink_refused' },
  'quotes.json -> a secret file': { make: linkTo(join(elsewhere, 'secret.txt'), 'quotes.json'), code: 'symlink_refused' },
  'sources/ -> a copy outside': { make: linkTo(join(elsewhere, 'sources'), 'sources'), code: 'symlink_refused' },
  'the archive -> a copy outside': { make: linkTo(join(elsewhere, archive), archive), code: 'symlink_refused' },
  'the archive -> a relative link to the secret': { make: linkTo('../../elsewhere/secret.txt', archive), code: 'symlink_refused' },
  'the archive -> a link inside the folder': {
    make: (folder) => {
      renameSync(join(folder, archive), join(folder, 'real.txt'));
      symlinkSync('../real.txt', join(folder, archive));
    },
    code: 'symlink_refused',
  },
  'archivePath names a folder': { make: withArchivePath('sources'), code: 'not_a_file' },
  'archivePath names a FIFO': { make: withArchivePath('sources/pipe', (folder) => execFileSync('mkfifo', [join(folder, 'sources', 'pipe')])), code: 'not_a_file' },
  'archivePath climbs out with ..': { make: withArchivePath('../elsewhere/sources/azatutyun-30929229.txt'), code: 'outside_folder' },
  'archivePath climbs out and back in': { make: withArchivePath('sources/../sources/../../elsewhere/secret.txt'), code: 'outside_folder' },
  'archivePath is absolute': { make: withArchivePath(() => join(elsewhere, archive)), code: 'outside_folder' },
};

let serial = 0;
function hostileFolder(name: string): string {
  const folder = copyDataset(() => {}, join(scratch, `case-${serial++}`));
  hostilities[name]!.make(folder);
  return folder;
}

function problemsOf(folder: string): { codes: string[]; text: string } {
  try {
    const report = verifyDataset(readDatasetTables(folder), { readArchive: (source) => readArchive(source, folder) });
    return { codes: report.issues.map((issue) => issue.code), text: report.issues.map((issue) => issue.message).join('\n') };
  } catch (error) {
    if (!(error instanceof SaidbyError)) throw error;
    return { codes: error.issues.map((issue) => issue.code), text: error.message };
  }
}

describe('a hostile dataset folder', () => {
  test.prop([fc.constantFrom(...Object.keys(hostilities))], { numRuns: 60 })('is refused by the readers with the code of its hostility, quoting nothing of what it points to', (name) => {
    const { codes, text } = problemsOf(hostileFolder(name));
    expect(codes).toContain(hostilities[name]!.code);
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('root:x');
  });

  it('is refused by readArchivedText too (the report reader), not read as "not valid UTF-8"', () => {
    const folder = hostileFolder('archivePath names a folder');
    expect(() => readArchivedText({ archivePath: 'sources' }, folder)).toThrow(/"sources" is a folder, not a regular file/);
  });

  for (const name of Object.keys(hostilities)) {
    it(`${name}: verify and report --data exit 1 naming it, write no page and show none of it`, async () => {
      const folder = hostileFolder(name);
      const verify = await saidby(scratch, 'verify', folder);
      expect(verify.code).toBe(1);
      expect(verify.stdout).toBe('');
      expect(verify.stderr).toMatch(/symbolic link|not a regular file|climbs out|absolute path/);
      const page = join(scratch, `page-${serial++}.html`);
      const report = await saidby(scratch, 'report', '--data', folder, '--out', page);
      expect(report.code).toBe(1);
      expect(existsSync(page)).toBe(false);
      for (const output of [verify.stderr, report.stderr]) {
        expect(output).not.toContain('SECRET');
        expect(output).not.toMatch(/EISDIR|at .*\.js:\d+/);
      }
    });
  }
});

describe('report --data verifies the folder first', () => {
  const cases: Record<string, (tables: Record<'sources' | 'speakers' | 'quotes', any[]>) => void> = {
    'a span moved by two code points': ({ quotes }) => {
      quotes[2].span.start += 2;
    },
    'a wrong sha256': ({ sources }) => {
      sources[0].sha256 = '0'.repeat(64);
    },
    'a prefix that is not the text before the span': ({ quotes }) => {
      quotes[0].prefix = 'invented context';
    },
    'a quote of an unknown speaker': ({ quotes }) => {
      quotes[0].speakerId = 'nobody';
    },
  };
  for (const [name, edit] of Object.entries(cases)) {
    it(`${name}: exits 1 with the problem as verify reports it, and writes no page`, async () => {
      const folder = copyDataset(edit, join(scratch, `case-${serial++}`));
      const page = join(scratch, `page-${serial++}.html`);
      const [report, verify] = await Promise.all([saidby(scratch, 'report', '--data', folder, '--out', page), saidby(scratch, 'verify', folder)]);
      expect(verify.code).toBe(1);
      expect(report.code).toBe(1);
      expect(existsSync(page)).toBe(false);
      const firstProblem = verify.stderr.split('\n')[0]!.replace(/^✖ /, '');
      expect(firstProblem.length).toBeGreaterThan(10);
      expect(report.stderr).toContain(firstProblem);
    });
  }

  it('an archive changed after its hash was taken is caught, even though its text still parses', async () => {
    const folder = copyDataset(() => {}, join(scratch, `case-${serial++}`));
    writeFileSync(join(folder, archive), `${readFileSync(join(folder, archive), 'utf8')} `);
    const report = await saidby(scratch, 'report', '--data', folder, '--out', join(scratch, 'changed.html'));
    expect(report.code).toBe(1);
    expect(report.stderr).toContain('sources azatutyun-30929229 sha256: archive hashes to');
  });
});

describe('output paths', () => {
  for (const [command, output] of [
    ['report', (out: string) => ['report', '--out', out]],
    ['export', (out: string) => ['export', '--out', out]],
  ] as const) {
    it(`${command} refuses an existing symbolic link at its output and leaves the link's target untouched (exit 2)`, async () => {
      const folder = join(scratch, `out-${serial++}`);
      mkdirSync(folder);
      const victim = join(folder, 'victim.txt');
      writeFileSync(victim, 'precious');
      const target = command === 'report' ? join(folder, 'page.html') : join(folder, 'package');
      if (command === 'export') {
        mkdirSync(target);
        symlinkSync(victim, join(target, 'quotes.csv'));
      } else symlinkSync(victim, target);
      const result = await saidby(folder, ...output(target));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('is a symbolic link');
      expect(readFileSync(victim, 'utf8')).toBe('precious');
      if (command === 'export') expect(existsSync(join(target, 'sources.csv'))).toBe(false);
    });
  }

  it('convert refuses an existing symbolic link at its output (exit 2), and leaves no temporary file when it succeeds', async () => {
    const folder = join(scratch, `out-${serial++}`);
    mkdirSync(folder);
    writeFileSync(join(folder, 'victim.txt'), 'precious');
    const speakers = JSON.parse(readFileSync(join(root, 'dataset', 'speakers.json'), 'utf8')) as unknown[];
    writeFileSync(join(folder, 'speakers.ndjson'), speakers.map((speaker) => JSON.stringify(speaker)).join('\n'));
    for (const to of ['csv', 'ndjson', 'jsonld']) {
      symlinkSync(join(folder, 'victim.txt'), join(folder, `out.${to}`));
      const refused = await saidby(folder, 'convert', 'speakers.ndjson', `out.${to}`, '--from', 'ndjson', '--to', to);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('is a symbolic link');
      expect(readFileSync(join(folder, 'victim.txt'), 'utf8')).toBe('precious');
      rmSync(join(folder, `out.${to}`));
      const written = await saidby(folder, 'convert', 'speakers.ndjson', `out.${to}`, '--from', 'ndjson', '--to', to);
      expect(written.code).toBe(0);
      expect(readFileSync(join(folder, `out.${to}`), 'utf8').length).toBeGreaterThan(0);
    }
    expect(readdirSync(folder).filter((name) => name.includes('.saidby-'))).toEqual([]);
  });

  it('report refuses to write its page over one of the dataset files it reads', async () => {
    const folder = copyDataset(() => {}, join(scratch, `case-${serial++}`));
    const before = readFileSync(join(folder, 'quotes.json'));
    const result = await saidby(folder, 'report', '--data', '.', '--out', 'quotes.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is the input');
    expect(readFileSync(join(folder, 'quotes.json'))).toEqual(before);
  });
});
