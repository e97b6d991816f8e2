import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { readArchivedText } from '../../src/io/files.js';
import { renderReport } from '../../src/report/index.js';
import { hostileDataset, mixedDataset, payload } from './fixtures.js';

const artifacts = join(import.meta.dirname, '..', 'artifacts');
let browser: Browser;
let directory: string;
const files: Record<string, string> = {};

interface Visit {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly url: string;
  readonly requests: string[];
  readonly errors: string[];
  readonly dialogs: string[];
}

async function visit(name: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const url = pathToFileURL(files[name]!).href;
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, url, requests, errors, dialogs };
}

const visibleHighlights = (page: Page) =>
  page.$$eval('main mark.q[id]', (marks) =>
    marks.filter((mark) => !mark.classList.contains('off') && getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)').map((mark) => mark.textContent),
  );

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  directory = mkdtempSync(join(tmpdir(), 'saidby-report-'));
  mkdirSync(artifacts, { recursive: true });
  const write = (name: string, html: string) => {
    files[name] = join(directory, `${name}.html`);
    writeFileSync(files[name], html);
  };
  write('bundled', renderReport(dataset, { texts: (source) => readArchivedText(source) }));
  const mixed = mixedDataset();
  write('mixed', renderReport(mixed.dataset, { texts: mixed.texts }));
  const hostile = hostileDataset();
  write('hostile', renderReport(hostile.dataset, { texts: hostile.texts, title: payload }));
});

afterAll(async () => {
  await browser?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('the review page in Chromium', () => {
  it('highlights every bundled quote, loads nothing but itself and logs no errors', async () => {
    const { page, context, url, requests, errors } = await visit('bundled');
    expect(await page.locator('main mark.q[id]').count()).toBe(dataset.quotes.length);
    expect(await visibleHighlights(page)).toEqual(dataset.quotes.map((quote) => quote.text));
    expect(await page.locator('#quote-list > li.row:visible').count()).toBe(dataset.quotes.length);
    expect(await page.locator('#filters').isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, 'report.png') });
    await page.screenshot({ path: join(artifacts, 'report-full.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await context.close();
  });

  it('keeps only the chosen speaker highlighted and listed after a filter click', async () => {
    const { page, context, errors } = await visit('bundled');
    await page.locator('#filters fieldset', { hasText: 'Speaker' }).getByText('Kremlin').click();
    const kremlin = dataset.quotes.filter((quote) => quote.speakerId === 'kremlin').map((quote) => quote.text);
    expect(kremlin.length).toBeGreaterThan(0);
    expect(await visibleHighlights(page)).toEqual(kremlin);
    const names = await page.locator('#quote-list > li.row:visible h3 a').allTextContents();
    expect(names.map((name) => name.split(',')[0])).toEqual(kremlin.map(() => 'Kremlin'));
    expect(await page.locator('#quote-list > li.row:visible').count()).toBe(kremlin.length);
    expect(await page.locator('#shown-count').textContent()).toBe(`${kremlin.length} of ${dataset.quotes.length} quotes shown`);
    await page.locator('#filters fieldset', { hasText: 'Kind' }).getByText('mixed').click();
    const kremlinMixed = dataset.quotes.filter((quote) => quote.speakerId === 'kremlin' && quote.kind === 'mixed').map((quote) => quote.text);
    expect(await visibleHighlights(page)).toEqual(kremlinMixed);
    await page.locator('#filters fieldset', { hasText: 'Speaker' }).getByText('All').click();
    await page.locator('#filters fieldset', { hasText: 'Kind' }).getByText('All').click();
    expect(await visibleHighlights(page)).toHaveLength(dataset.quotes.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('focuses the highlight of a clicked row, and selects the row of a clicked highlight', async () => {
    const { page, context, errors } = await visit('bundled');
    const target = dataset.quotes[10]!;
    await page.locator('#quote-list > li.row').nth(10).locator('.qt').click();
    const focused = await page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent }));
    expect(focused).toEqual({ id: 'hl-10', text: target.text });
    expect(await page.locator('#row-10').getAttribute('aria-current')).toBe('true');

    await page.locator('#hl-2').click();
    expect(await page.locator('#row-2').getAttribute('aria-current')).toBe('true');
    expect(await page.locator('#row-10').getAttribute('aria-current')).toBeNull();
    expect(await page.locator('[aria-current="true"]').count()).toBe(1);

    await page.locator('#hl-5').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe('row-5');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hl-5');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows crossing, nested and emoji-laden spans and lists what it cannot place', async () => {
    const { dataset: data } = mixedDataset();
    const { page, context, url, requests, errors } = await visit('mixed');
    expect(await page.locator('main section.source').count()).toBe(3);
    expect(await page.locator('main mark.q[id]').count()).toBe(5);
    const textOfQuote = (key: string) =>
      page.$$eval(`main mark.q[data-q="${key}"]`, (pieces) =>
        pieces.filter((piece) => !piece.parentElement?.closest(`mark.q[data-q="${piece.getAttribute('data-q')}"]`)).map((piece) => piece.textContent).join(''),
      );
    const placed = { 0: 'a-q1', 1: 'a-q2', 3: 'b-q1', 4: 'b-q2', 5: 'b-q3' };
    for (const [key, id] of Object.entries(placed)) {
      expect(await textOfQuote(key)).toBe(data.quotes.find((quote) => quote.id === id)!.text);
    }
    expect(await page.locator('main mark.q.cont').count()).toBeGreaterThan(0);
    expect(await page.locator('#row-2 .warn').textContent()).toContain('no position in the archived text');
    expect(await page.locator('#row-6 .warn').textContent()).toContain('no archived text was given');
    expect(await page.locator('main mark.seg').textContent()).toBe('will work in 2025');
    await page.screenshot({ path: join(artifacts, 'report-mixed.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await context.close();
  });

  it('runs none of a hostile dataset and shows its payloads as text', async () => {
    const { page, context, url, requests, errors, dialogs } = await visit('hostile');
    await page.locator('main mark.q[id]').first().click();
    await page.locator('main .who').first().hover();
    await page.locator('#quote-list > li.row').first().click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('main mark.q[id]').first().textContent()).toBe(payload);
    expect(await page.locator('h1').textContent()).toBe(payload);
    expect(await page.locator('#rh-0').textContent()).toContain(payload);
    expect(await page.locator('main .cue').first().getAttribute('title')).toBe('Cue of Q1');
    expect(await page.locator('#row-0 dl').textContent()).toContain(`said${payload}`);
    expect(await page.locator('main a[href^="javascript"]').count()).toBe(0);
    await page.screenshot({ path: join(artifacts, 'report-hostile.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await context.close();
  });

  it('reads without JavaScript: highlights and list are in the HTML, the filters stay hidden', async () => {
    const { page, context } = await visit('bundled', { javaScriptEnabled: false });
    expect(await page.locator('main mark.q[id]').count()).toBe(dataset.quotes.length);
    expect(await page.locator('#quote-list > li.row:visible').count()).toBe(dataset.quotes.length);
    expect(await page.locator('#filters').isVisible()).toBe(false);
    await page.locator('#row-4 a.goto').click();
    expect(await page.evaluate(() => location.hash)).toBe('#hl-4');
    await context.close();
  });
});
