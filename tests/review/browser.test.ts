import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, draftFolder, sourceId } from './fixtures.js';
import { startCli, type RunningReview } from './cli.js';

const artifacts = join(import.meta.dirname, '..', 'artifacts');
const cli = join(resolve(__dirname, '../..'), 'dist/cli.js');
const points = Array.from(article);
const spanOf = (words: string) => {
  const unit = article.indexOf(words);
  expect(unit).toBeGreaterThanOrEqual(0);
  const start = Array.from(article.slice(0, unit)).length;
  return { start, end: start + Array.from(words).length };
};
const context = (span: { start: number; end: number }) => ({
  prefix: points.slice(Math.max(0, span.start - 32), span.start).join(''),
  suffix: points.slice(span.end, span.end + 32).join(''),
});
const readJson = (directory: string, name: string) => JSON.parse(readFileSync(join(directory, name), 'utf8'));

let browser: Browser;
let directory: string;
let review: RunningReview;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  directory = draftFolder();
  review = await startCli(directory, '--reviewer', 'Test Reviewer');
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  if (review?.child.exitCode === null) await review.stop();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

/** Selects `words` in the article (the `nth` place they occur) as a reader would with the mouse. */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((wanted) => {
    const root = document.querySelector('[data-source]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const whole = nodes.map((node) => node.data).join('');
    const at = whole.indexOf(wanted);
    if (at < 0) throw new Error(`not in the page: ${wanted}`);
    const locate = (offset: number, end: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset < seen + node.data.length || (end && offset === seen + node.data.length)) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error('offset past the text');
    };
    const range = document.createRange();
    range.setStart(...locate(at, false));
    range.setEnd(...locate(at + wanted.length, true));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

async function press(page: Page, key: string, status: RegExp): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForFunction((pattern) => new RegExp(pattern).test(document.getElementById('status')!.textContent ?? ''), status.source);
}

describe('saidby review in Chromium', () => {
  it('turns drafts into the reviewed records: move a span, new speaker, date, claim type, accept, reject, add, undo, reload', async () => {
    const drafts = readJson(directory, 'quotes.json');
    const speakersBefore = readJson(directory, 'speakers.json');
    expect(drafts.map((quote: { provenance: { method: string } }) => quote.provenance.method)).toEqual(Array(5).fill('extracted'));
    const [q1, q2, q3, q4, q5] = drafts.map((quote: { id: string }) => quote.id);
    const page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(review.url);
    await page.waitForSelector('body[data-ready]');
    expect(await page.locator('main mark.q[id]').count()).toBe(5);
    await page.screenshot({ path: join(artifacts, 'review-start.png') });

    for (let n = 0; n < 4; n++) await page.keyboard.press('j');
    await expect.poll(() => page.locator('#ed-title').textContent()).toContain(q4);
    const newWords = 'the crews could start in April';
    await selectWords(page, ` ${newWords}`);
    await press(page, 's', /New span staged/);
    const newSpan = spanOf(newWords);
    expect(await page.locator('#ed-span').textContent()).toContain(`${newSpan.start - 1}–${newSpan.end}`);

    await page.selectOption('#f-speaker', '__new');
    await page.fill('#f-sname', 'Dunmore Builders');
    await page.fill('#f-saliases', 'Dunmore\nDunmore Builders Ltd');
    await page.selectOption('#f-skind', 'organization');
    await page.fill('#f-dvalue', '2026-02-30');
    await page.selectOption('#f-dcert', 'inferred');
    await page.fill('#f-devid', 'Said at the council meeting; the dateline gives March 3, 2026.');
    await page.selectOption('#f-claim', 'prediction');
    const before = readFileSync(join(directory, 'quotes.json'));
    await press(page, 'Control+Enter', /^Not saved/);
    expect(await page.locator('#issues [data-issue="date.value"]').textContent()).toMatch(/real calendar date/);
    expect(await page.locator('#f-dvalue').getAttribute('aria-invalid')).toBe('true');
    expect(readFileSync(join(directory, 'quotes.json')).equals(before)).toBe(true);

    await page.fill('#f-dvalue', '2026-03-03');
    expect(await page.locator('#f-dvalue').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#f-dprec').inputValue()).toBe('day');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(artifacts, 'review-form.png') });
    await press(page, 'a', new RegExp(`^Accept \\(${q4}\\)`));
    await expect.poll(() => page.locator('#ed-title').textContent()).toContain(q5);
    await press(page, 'r', new RegExp(`^Reject \\(${q5}\\)`));

    const missed = 'a turning point for Portvale 🐚';
    const missedSpan = spanOf(missed);
    const added = `${sourceId}-q${missedSpan.start}-${missedSpan.end}`;
    await selectWords(page, `"${missed}"`);
    await press(page, 'q', new RegExp(`^Add \\(${added}\\)`));
    expect(await page.locator('#ed-text').textContent()).toBe(missed);

    await press(page, 'j', /./);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('#ed-title').textContent()).toContain(q3);
    await press(page, 'r', new RegExp(`^Reject \\(${q3}\\)`));
    expect(await page.locator('#undo').textContent()).toBe(`Undo reject of ${q3} (u)`);
    await press(page, 'u', /^Undid change 4/);

    await page.reload();
    await page.waitForSelector('body[data-ready]');
    expect(await page.locator('main mark.q[id]').count()).toBe(5);
    expect(await page.locator('main mark.q.draft[id]').count()).toBe(3);
    expect(await page.locator(`#hl-${q4}`).textContent()).toBe(newWords);
    expect(await page.locator(`#hl-${added}`).textContent()).toBe(missed);
    await page.locator(`#hl-${q4}`).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifacts, 'review.png') });
    expect(errors).toEqual([expect.stringContaining('status of 422')]);
    expect(requests.every((url) => url.startsWith(review.url))).toBe(true);
    await page.close();

    expect(await review.stop()).toBe(0);
    expect(review.stderr()).toContain('stopped after 5 change(s)');
    const verified = await promisify(execFile)(process.execPath, [cli, 'verify', directory]);
    expect(`${verified.stdout}${verified.stderr}`).toMatch(/^ok: /m);

    const [x01, x02, x03, x04] = drafts;
    void [q1, q2];
    expect(readJson(directory, 'quotes.json')).toEqual([
      x01,
      x02,
      x03,
      {
        ...x04,
        speakerId: 'dunmore-builders',
        text: newWords,
        span: newSpan,
        ...context(newSpan),
        date: { value: '2026-03-03', precision: 'day', certainty: 'inferred', earliest: null, latest: null, evidence: 'Said at the council meeting; the dateline gives March 3, 2026.' },
        claimType: 'prediction',
        provenance: { method: 'curated', agent: 'Test Reviewer', confidence: null, note: `Reviewed in saidby review from a draft by ${x04.provenance.agent}; ${x04.provenance.note}` },
      },
      {
        id: added,
        sourceId,
        speakerId: null,
        speakerMention: null,
        kind: 'direct',
        text: missed,
        span: missedSpan,
        ...context(missedSpan),
        quotedSegments: [],
        cue: null,
        date: { value: null, precision: null, certainty: 'unknown', earliest: null, latest: null, evidence: 'Not yet annotated by the reviewer.' },
        origin: { outlet: null, medium: null, certainty: 'unknown', evidence: 'Not yet annotated by the reviewer.' },
        claimType: null,
        checkworthiness: null,
        topics: [],
        mentions: [],
        review: null,
        provenance: { method: 'curated', agent: 'Test Reviewer', confidence: null, note: 'Added in saidby review: the extractor did not propose it.' },
        extensions: {},
      },
    ]);
    expect(readJson(directory, 'speakers.json')).toEqual([
      ...speakersBefore,
      { id: 'dunmore-builders', name: 'Dunmore Builders', aliases: ['Dunmore', 'Dunmore Builders Ltd'], kind: 'organization', role: null, affiliation: null, country: null, wikidata: null, extensions: {} },
    ]);
    const log = readFileSync(join(directory, 'review-log.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(log.map((entry) => [entry.seq, entry.action, entry.quote, entry.who])).toEqual([
      [1, 'accept', q4, 'Test Reviewer'],
      [2, 'reject', q5, 'Test Reviewer'],
      [3, 'add', added, 'Test Reviewer'],
      [4, 'reject', q3, 'Test Reviewer'],
      [5, 'undo', q3, 'Test Reviewer'],
    ]);
    expect(log[1].changes).toEqual([{ table: 'quotes', id: q5, index: 4, before: drafts[4], after: null }]);
  });
});
