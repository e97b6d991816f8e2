import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SaidbyError } from '../../src/error/index.js';
import { extractQuotes } from '../../src/extract/index.js';
import { addArticle, draftCounts, loadDataset } from '../../src/io/index.js';
import { foldText } from '../../src/text/index.js';
import { firstArticle, secondArticle } from './articles.js';

const folders: string[] = [];
function newFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'saidby-folder-')), 'data');
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(join(folder, '..'), { recursive: true, force: true });
});

const add = (folder: string, text: string, replaceDrafts = false) =>
  addArticle(folder, { bytes: Buffer.from(text, 'utf8'), drafts: extractQuotes(text) }, { replaceDrafts });

/** Every file of a folder and its bytes, to show that a refused write changed nothing. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(join(folder, relative))) {
      const path = join(relative, name);
      if (statSync(join(folder, path)).isDirectory()) walk(path);
      else files[path] = readFileSync(join(folder, path)).toString('base64');
    }
  };
  walk('');
  return files;
}

const tables = (folder: string) =>
  Object.fromEntries(['sources', 'speakers', 'quotes'].map((table) => [table, JSON.parse(readFileSync(join(folder, `${table}.json`), 'utf8'))])) as Record<'sources' | 'speakers' | 'quotes', any[]>;

describe('a dataset folder built from articles', () => {
  it('creates the folder with the article archived byte for byte, its sha256 and code-point length', () => {
    const folder = newFolder();
    const summary = add(folder, firstArticle);
    const { sources, speakers, quotes } = loadDataset(folder);
    expect(sources).toHaveLength(1);
    const archived = readFileSync(join(folder, sources[0]!.archivePath!));
    expect(archived.equals(Buffer.from(firstArticle, 'utf8'))).toBe(true);
    expect(sources[0]!.sha256).toBe(createHash('sha256').update(archived).digest('hex'));
    expect(sources[0]!.codePointLength).toBe([...firstArticle].length);
    expect(sources[0]!.codePointLength).toBeLessThan(firstArticle.length);
    expect(quotes.map((quote) => quote.id)).toEqual(summary.added);
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expect(speakers.map((speaker) => speaker.name)).toEqual(['Clara Ruiz']);
    expect(draftCounts({ quotes }).drafts).toBe(quotes.length);
  });

  it('adds a second article: one source more, speakers merged by name and alias with the new alias added, no id reused', () => {
    const folder = newFolder();
    add(folder, firstArticle);
    const before = loadDataset(folder);
    const summary = add(folder, secondArticle);
    const after = loadDataset(folder);
    expect(after.sources).toHaveLength(2);
    expect(summary.newSource).toBe(true);
    const ruiz = after.speakers.filter((speaker) => [speaker.name, ...speaker.aliases].some((name) => foldText(name).includes('ruiz')));
    expect(ruiz).toHaveLength(1);
    expect(ruiz[0]!.id).toBe('clara-ruiz');
    expect(ruiz[0]!.aliases).toContain('Clara M. Ruiz');
    expect(after.speakers.map((speaker) => speaker.name).sort()).toEqual(['Clara Ruiz', 'Ines Holm']);
    const folded = after.speakers.flatMap((speaker) => [speaker.name, ...speaker.aliases].map(foldText));
    expect(new Set(folded).size).toBe(folded.length);
    const ids = after.quotes.map((quote) => quote.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const old of before.quotes) expect(after.quotes.find((quote) => quote.id === old.id)).toEqual(old);
    const second = after.quotes.filter((quote) => quote.sourceId === summary.sourceId);
    expect(second.map((quote) => quote.id)).toEqual(summary.added);
    expect(second.filter((quote) => /Ruiz/.test(quote.speakerMention?.text ?? '')).every((quote) => quote.speakerId === 'clara-ruiz')).toBe(true);
  });

  it('refuses an article already in the folder, writing nothing', () => {
    const folder = newFolder();
    add(folder, firstArticle);
    const files = snapshot(folder);
    expect(() => add(folder, firstArticle)).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'article_in_folder' })] }));
    expect(snapshot(folder)).toEqual(files);
  });

  it('refuses another article under a source id the folder uses, writing nothing', () => {
    const folder = newFolder();
    const bytes = (text: string) => Buffer.from(text, 'utf8');
    addArticle(folder, { bytes: bytes(firstArticle), drafts: extractQuotes(firstArticle, { sourceId: 'sea-wall' }) });
    const files = snapshot(folder);
    expect(() => addArticle(folder, { bytes: bytes(secondArticle), drafts: extractQuotes(secondArticle, { sourceId: 'sea-wall' }) })).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'source_id_taken' })] }),
    );
    expect(snapshot(folder)).toEqual(files);
  });

  it('replaces drafts on request, leaving a curated quote exactly as the reviewer left it and reusing no id for other words', () => {
    const folder = newFolder();
    const first = add(folder, firstArticle);
    add(folder, secondArticle);
    const edited = tables(folder);
    const curated = edited.quotes.find((quote) => quote.id === first.added[0])!;
    Object.assign(curated, {
      claimType: 'prediction',
      checkworthiness: 'unimportant-factual',
      date: { value: '2026-11', precision: 'month', certainty: 'inferred', earliest: null, latest: null, evidence: 'The vote was on a Tuesday in the week of publication.' },
      provenance: { method: 'curated', agent: 'a reviewer', confidence: null, note: null },
    });
    writeFileSync(join(folder, 'quotes.json'), JSON.stringify(edited.quotes, null, 2));
    const before = loadDataset(folder);
    const summary = add(folder, firstArticle, true);
    const after = loadDataset(folder);
    expect(after.quotes.find((quote) => quote.id === curated.id)).toEqual(curated);
    expect(summary.skipped).toBe(1);
    expect([...summary.removed].sort()).toEqual(first.added.slice(1).sort());
    expect(after.quotes.filter((quote) => quote.span !== null && quote.sourceId === first.sourceId && quote.span.start < curated.span.end && curated.span.start < quote.span.end)).toHaveLength(1);
    const textOf = new Map(before.quotes.map((quote) => [quote.id, `${quote.sourceId} ${quote.span?.start}-${quote.span?.end} ${quote.text}`]));
    for (const quote of after.quotes) {
      const was = textOf.get(quote.id);
      if (was !== undefined) expect(`${quote.sourceId} ${quote.span?.start}-${quote.span?.end} ${quote.text}`).toBe(was);
    }
    expect(after.quotes.filter((quote) => quote.sourceId !== first.sourceId)).toEqual(before.quotes.filter((quote) => quote.sourceId !== first.sourceId));
    expect(draftCounts(after).drafts).toBe(after.quotes.length - 1);
  });

  it('refuses to write into a folder that does not verify, or a folder of other files', () => {
    const folder = newFolder();
    add(folder, firstArticle);
    const broken = tables(folder);
    broken.quotes[0].text = 'words nobody said';
    writeFileSync(join(folder, 'quotes.json'), JSON.stringify(broken.quotes));
    const files = snapshot(folder);
    expect(() => add(folder, secondArticle)).toThrowError(SaidbyError);
    expect(snapshot(folder)).toEqual(files);
    const other = mkdtempSync(join(tmpdir(), 'saidby-other-'));
    folders.push(join(other, 'x'));
    writeFileSync(join(other, 'notes.txt'), 'mine');
    expect(() => add(other, firstArticle)).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'not_a_dataset_folder' })] }));
    expect(readdirSync(other)).toEqual(['notes.txt']);
  });
});

describe('a folder with links in it', () => {
  it('is not written through: a symlinked sources/ folder or table file is refused and nothing lands at the link target', () => {
    const folder = newFolder();
    mkdirSync(folder, { recursive: true });
    for (const table of ['sources', 'speakers', 'quotes']) writeFileSync(join(folder, `${table}.json`), '[]\n');
    const elsewhere = mkdtempSync(join(tmpdir(), 'saidby-elsewhere-'));
    symlinkSync(elsewhere, join(folder, 'sources'));
    expect(() => add(folder, firstArticle)).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'symlink_refused' })] }));
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readFileSync(join(folder, 'quotes.json'), 'utf8')).toBe('[]\n');

    const second = newFolder();
    add(second, firstArticle);
    const outside = join(elsewhere, 'quotes.json');
    writeFileSync(outside, readFileSync(join(second, 'quotes.json')));
    rmSync(join(second, 'quotes.json'));
    symlinkSync(outside, join(second, 'quotes.json'));
    const before = readFileSync(outside, 'utf8');
    expect(() => add(second, secondArticle)).toThrowError(SaidbyError);
    expect(readFileSync(outside, 'utf8')).toBe(before);
    rmSync(elsewhere, { recursive: true, force: true });
  });
});

describe('loadDataset', () => {
  it('returns the frozen shape of the bundled data', () => {
    const folder = newFolder();
    add(folder, firstArticle);
    const data = loadDataset(folder);
    expect(Object.keys(data)).toEqual(['sources', 'speakers', 'quotes']);
    expect(Object.isFrozen(data.quotes)).toBe(true);
    expect(Object.isFrozen(data.quotes[0]!.span)).toBe(true);
  });

  it('names the file, the record and the field of a problem', () => {
    const folder = newFolder();
    add(folder, firstArticle);
    const broken = tables(folder);
    broken.quotes[1].kind = 'quoted';
    writeFileSync(join(folder, 'quotes.json'), JSON.stringify(broken.quotes));
    let error: unknown;
    try {
      loadDataset(folder);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SaidbyError);
    const issue = (error as SaidbyError).issues[0]!;
    expect(issue).toMatchObject({ record: broken.quotes[1].id, path: ['quotes', 1, 'kind'] });
    expect((error as SaidbyError).message).toContain('quotes.json');
    expect((error as SaidbyError).message).toContain(broken.quotes[1].id);
  });

  it('throws a SaidbyError for a missing folder and for a missing table', () => {
    expect(() => loadDataset(join(tmpdir(), 'no-such-saidby-folder'))).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'missing_folder' })] }));
    const folder = newFolder();
    add(folder, firstArticle);
    rmSync(join(folder, 'speakers.json'));
    expect(() => loadDataset(folder)).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'missing_file' })] }));
  });
});
