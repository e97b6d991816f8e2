import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { firstArticle, secondArticle } from './articles.js';

const crash = vi.hoisted(() => ({ after: Infinity, writes: 0 }));

vi.mock('../../src/folder/files.js', async (original) => {
  const actual = await original<typeof import('../../src/folder/files.js')>();
  return {
    ...actual,
    replaceFile(root: string, path: string, data: string | Uint8Array) {
      if (crash.writes++ >= crash.after) throw new Error(`simulated crash before writing ${path}`);
      actual.replaceFile(root, path, data);
    },
  };
});

const { addArticle, loadDataset } = await import('../../src/io/index.js');

const add = (folder: string, text: string, replaceDrafts = false) =>
  addArticle(folder, { bytes: Buffer.from(text, 'utf8'), drafts: extractQuotes(text) }, { replaceDrafts });

const tableBytes = (folder: string) => ['sources', 'speakers', 'quotes'].map((table) => readFileSync(join(folder, `${table}.json`), 'utf8'));

describe('a crash while a folder is written', () => {
  it('leaves, after every number of completed file writes, a folder that verifies and still holds the old quotes (quotes.json is written last)', () => {
    crash.after = Infinity;
    const reference = join(mkdtempSync(join(tmpdir(), 'saidby-crash-')), 'data');
    add(reference, firstArticle);
    const old = loadDataset(reference);
    crash.writes = 0;
    add(reference, secondArticle);
    const total = crash.writes;
    const finished = loadDataset(reference);
    expect(total).toBeGreaterThanOrEqual(4);
    for (let after = 0; after < total; after++) {
      crash.after = Infinity;
      const folder = join(mkdtempSync(join(tmpdir(), 'saidby-crash-')), 'data');
      add(folder, firstArticle);
      const before = tableBytes(folder);
      crash.writes = 0;
      crash.after = after;
      expect(() => add(folder, secondArticle)).toThrow(/simulated crash/);
      crash.after = Infinity;
      const left = loadDataset(folder);
      expect(left.quotes).toEqual(old.quotes);
      if (after === 0) expect(tableBytes(folder)).toEqual(before);
      expect(left.sources.length).toBeGreaterThanOrEqual(old.sources.length);
      rmSync(join(folder, '..'), { recursive: true, force: true });
    }
    rmSync(join(reference, '..'), { recursive: true, force: true });
  });
});
