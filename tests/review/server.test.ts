import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SaidbyError } from '../../src/error/index.js';
import { startReview, type ReviewServer } from '../../src/review/index.js';
import { article, draftFolder, draftId, sourceId } from './fixtures.js';
import { startCli } from './cli.js';

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A raw HTTP request, so that Host, Origin and the path go out exactly as written (no client normalisation). */
function raw(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers }, agent: false },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const folderBytes = (directory: string) => {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const name of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, name.name);
      hash.update(path);
      if (name.isDirectory()) walk(path);
      else hash.update(readFileSync(path));
    }
  };
  walk(directory);
  return hash.digest('hex');
};

const open: ReviewServer[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function serveFolder(directory = draftFolder()) {
  folders.push(directory);
  const review = await startReview(directory, { reviewer: 'Tester', now: () => new Date('2026-03-04T10:00:00Z') });
  open.push(review);
  const url = new URL(review.url);
  const token = url.pathname.split('/')[1]!;
  const origin = url.origin;
  const post = async (change: unknown, headers: Record<string, string> = {}) => {
    const state = JSON.parse((await raw(review.port, `/${token}/api/state`)).body);
    const reply = await raw(review.port, `/${token}/api/change`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ revision: state.revision, change }),
    });
    let json: any = null;
    try {
      json = JSON.parse(reply.body);
    } catch {
      json = null;
    }
    return { ...reply, json };
  };
  return { directory, review, token, origin, port: review.port, post };
}

describe('the review server refuses what does not come from its own page', () => {
  it('listens on 127.0.0.1 behind a random token', async () => {
    const { review, token } = await serveFolder();
    const other = await serveFolder();
    expect(review.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{32}\/$/);
    expect(other.token).not.toBe(token);
    expect(other.port).not.toBe(review.port);
  });

  it('serves the page and the state with the token, and refuses every request without it', async () => {
    const { port, token } = await serveFolder();
    expect((await raw(port, `/${token}/`)).status).toBe(200);
    expect((await raw(port, `/${token}/api/state`)).status).toBe(200);
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const path of ['/', '/api/state', `/${wrong}/`, `/${wrong}/api/state`, `/${token.slice(0, 10)}/api/state`, `/api/state?token=${token}`, `/${token}x/api/state`]) {
      const reply = await raw(port, path);
      expect(reply.status, path).toBe(403);
      expect(reply.body).not.toContain('Harbour');
    }
  });

  it('refuses a wrong Host (DNS rebinding), a foreign Origin and cross-site fetches', async () => {
    const { port, token, directory, post } = await serveFolder();
    const before = folderBytes(directory);
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `127.0.0.2:${port}`, `[::1]:${port}`]) {
      expect((await raw(port, `/${token}/api/state`, { headers: { host } })).status, host).toBe(403);
    }
    expect((await raw(port, `/${token}/api/state`, { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await raw(port, `/${token}/api/state`, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const reject = { action: 'reject', quote: draftId(directory, 'The water') };
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port + 1}`, 'null', `https://127.0.0.1:${port}`]) {
      expect((await post(reject, { origin })).status, origin).toBe(403);
    }
    expect((await post(reject, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await post(reject, { 'content-type': 'text/plain' })).status).toBe(415);
    const noOrigin = await raw(port, `/${token}/api/change`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ change: reject }) });
    expect(noOrigin.status).toBe(403);
    expect(folderBytes(directory)).toBe(before);
  });

  it('serves no file at all: ../ paths, encoded ones and the folder files themselves are refused', async () => {
    const { port, token } = await serveFolder();
    const paths = [
      `/${token}/../quotes.json`,
      `/${token}/../../../../etc/passwd`,
      `/${token}/%2e%2e/quotes.json`,
      `/${token}/..%2f..%2fetc%2fpasswd`,
      `/${token}/quotes.json`,
      `/${token}/sources/${sourceId}.txt`,
      `/${token}/api/../quotes.json`,
      `/${token}/api/state/../../sources.json`,
      `/../${token}/`,
      `/${token}/review-log.ndjson`,
      `/${token}//etc/passwd`,
    ];
    for (const path of paths) {
      const reply = await raw(port, path);
      expect([403, 404], path).toContain(reply.status);
      expect(reply.body, path).not.toContain('Brightwater');
      expect(reply.body, path).not.toContain('root:');
    }
  });

  it('sends the page with a strict CSP whose hashes match its only script and style', async () => {
    const { port, token } = await serveFolder();
    const reply = await raw(port, `/${token}/`);
    const policy = String(reply.headers['content-security-policy']);
    const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
    const scripts = [...reply.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    const styles = [...reply.body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(policy).toBe(
      `default-src 'none'; script-src ${hash(scripts[0]!)}; style-src ${hash(styles[0]!)}; connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.body).not.toMatch(/ on[a-z]+=/);
  });
});

describe('every change is verified before it is written', () => {
  it('refuses invalid edits with the field named and leaves the folder byte for byte as it was', async () => {
    const { directory, post } = await serveFolder();
    const before = folderBytes(directory);
    const quote = draftId(directory, 'the wall would cost');
    const blank = Array.from(article.slice(0, article.indexOf('\n\n'))).length;
    const date = { value: '2026-03-03', precision: 'day', certainty: 'exact', earliest: null, latest: null, evidence: 'Dateline.' };
    const cases: Array<[unknown, string]> = [
      [{ action: 'save', quote, edit: { date: { ...date, value: '2026-02-29' } } }, 'date.value'],
      [{ action: 'save', quote, edit: { date: { ...date, precision: 'month' } } }, 'date.precision'],
      [{ action: 'save', quote, edit: { date: { ...date, certainty: 'unknown' } } }, 'date.value'],
      [{ action: 'save', quote, edit: { origin: { outlet: 'Courier', medium: null, certainty: 'unknown', evidence: 'x' } } }, 'origin.certainty'],
      [{ action: 'save', quote, edit: { claimType: 'gossip' } }, 'claimType'],
      [{ action: 'save', quote, edit: { topics: ['Not A Slug'] } }, 'topics.0'],
      [{ action: 'save', quote, edit: { span: { start: 10, end: 99999 } } }, 'span.end'],
      [{ action: 'save', quote, edit: { speakerId: 'nobody' } }, 'speakerId'],
      [{ action: 'save', quote, edit: { kind: 'direct' } }, 'span.start'],
      [{ action: 'save', quote, edit: { kind: 'mixed' } }, 'quotedSegments'],
      [{ action: 'save', quote, speaker: { id: 'elena-brightwater', name: 'Elena Brightwater', aliases: [], kind: 'person', role: null, affiliation: null, country: 'am', wikidata: null } }, 'speaker.country'],
      [{ action: 'save', quote, speaker: { create: true, id: 'tomas-reed', name: 'T. Reed', aliases: [], kind: 'person', role: null, affiliation: null, country: null, wikidata: null } }, 'speaker.id'],
      [{ action: 'save', quote, edit: { provenance: { method: 'curated' } } }, ''],
      [{ action: 'add', source: sourceId, span: { start: blank, end: blank + 2 } }, 'span'],
      [{ action: 'add', source: 'elsewhere', span: { start: 0, end: 4 } }, 'source'],
    ];
    for (const [change, field] of cases) {
      const reply = await post(change);
      expect([404, 422], JSON.stringify(change)).toContain(reply.status);
      expect(reply.json.issues.map((issue: { field: string }) => issue.field), JSON.stringify(change)).toContain(field);
      expect(reply.json.message).toMatch(/^Not saved: /);
    }
    expect(folderBytes(directory)).toBe(before);
  });

  it('refuses a change made from a stale page, writing nothing', async () => {
    const { directory, port, token, origin } = await serveFolder();
    const before = folderBytes(directory);
    const reply = await raw(port, `/${token}/api/change`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ revision: 'stale', change: { action: 'reject', quote: draftId(directory, 'The water') } }),
    });
    expect(reply.status).toBe(409);
    expect(JSON.parse(reply.body).state.quotes).toHaveLength(5);
    expect(folderBytes(directory)).toBe(before);
  });

  it('undoes changes in reverse order across a restart, back to the original bytes', async () => {
    const first = await serveFolder();
    const original = readFileSync(join(first.directory, 'quotes.json'));
    const originalSpeakers = readFileSync(join(first.directory, 'speakers.json'));
    const speaker = { create: true, name: 'Dunmore Builders', aliases: ['Dunmore'], kind: 'organization', role: null, affiliation: null, country: null, wikidata: null };
    const water = draftId(first.directory, 'The water');
    expect((await first.post({ action: 'save', quote: draftId(first.directory, 'the crews'), speaker, curate: true })).status).toBe(200);
    expect((await first.post({ action: 'reject', quote: water })).status).toBe(200);
    await first.review.close();
    open.splice(open.indexOf(first.review), 1);
    folders.splice(folders.indexOf(first.directory), 1);

    const second = await serveFolder(first.directory);
    const state = JSON.parse((await raw(second.port, `/${second.token}/api/state`)).body);
    expect(state.undo).toMatchObject({ seq: 2, action: 'reject', quote: water });
    expect((await second.post({ action: 'undo' })).json.message).toMatch(/^Undid change 2/);
    expect((await second.post({ action: 'undo' })).json.message).toMatch(/^Undid change 1/);
    expect(readFileSync(join(second.directory, 'quotes.json')).equals(original)).toBe(true);
    expect(readFileSync(join(second.directory, 'speakers.json')).equals(originalSpeakers)).toBe(true);
    const nothing = await second.post({ action: 'undo' });
    expect(nothing.status).toBe(409);
    const log = readFileSync(join(second.directory, 'review-log.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(log.map((entry) => [entry.action, entry.undoes ?? null, entry.who, entry.at])).toEqual([
      ['accept', null, 'Tester', '2026-03-04T10:00:00.000Z'],
      ['reject', null, 'Tester', '2026-03-04T10:00:00.000Z'],
      ['undo', 2, 'Tester', '2026-03-04T10:00:00.000Z'],
      ['undo', 1, 'Tester', '2026-03-04T10:00:00.000Z'],
    ]);
  });

  it('refuses an undo when the record was changed by hand since, and says so', async () => {
    const { directory, post } = await serveFolder();
    const cost = draftId(directory, 'the wall would cost');
    expect((await post({ action: 'save', quote: cost, edit: { claimType: 'quantity' } })).status).toBe(200);
    const quotes = JSON.parse(readFileSync(join(directory, 'quotes.json'), 'utf8'));
    quotes[1].topics = ['sea-wall'];
    writeFileSync(join(directory, 'quotes.json'), JSON.stringify(quotes, null, 2));
    const before = folderBytes(directory);
    const reply = await post({ action: 'undo' });
    expect(reply.status).toBe(409);
    expect(reply.json.message).toContain(`quotes ${cost} is no longer as this change left it`);
    expect(folderBytes(directory)).toBe(before);
  });
});

describe('the folder it opens', () => {
  it('must verify, and its review log must be one entry a line', async () => {
    const broken = draftFolder(article);
    folders.push(broken);
    const quotes = JSON.parse(readFileSync(join(broken, 'quotes.json'), 'utf8'));
    quotes[0].text = 'Not what the archive says';
    writeFileSync(join(broken, 'quotes.json'), JSON.stringify(quotes));
    await expect(startReview(broken)).rejects.toThrow(/quotes\.json: quotes .* text: archive has/);

    const logged = draftFolder(article);
    folders.push(logged);
    appendFileSync(join(logged, 'review-log.ndjson'), '{"seq":1}\nnot json\n');
    const error = await startReview(logged).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SaidbyError);
    expect((error as SaidbyError).issues[0]).toMatchObject({ line: 1 });
  });

  it('refuses symbolic links for its tables and its log', async () => {
    const linked = draftFolder(article);
    folders.push(linked);
    const elsewhere = draftFolder(article);
    folders.push(elsewhere);
    unlinkSync(join(linked, 'quotes.json'));
    symlinkSync(join(elsewhere, 'quotes.json'), join(linked, 'quotes.json'));
    await expect(startReview(linked)).rejects.toThrow(/symbolic link/);

    const log = draftFolder(article);
    folders.push(log);
    symlinkSync(join(elsewhere, 'review-log.ndjson'), join(log, 'review-log.ndjson'));
    await expect(startReview(log)).rejects.toThrow(/symbolic link/);
  });

  it('refuses a table that is not a regular file instead of waiting on it', async () => {
    const piped = draftFolder(article);
    folders.push(piped);
    unlinkSync(join(piped, 'speakers.json'));
    execFileSync('mkfifo', [join(piped, 'speakers.json')]);
    const error = await startReview(piped).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SaidbyError);
    expect((error as SaidbyError).issues[0]).toMatchObject({ code: 'not_a_file', path: ['speakers'] });
  });
});

describe('saidby review on the command line', () => {
  it('prints the address, stops on Ctrl-C with status 0 and writes nothing after', async () => {
    const directory = draftFolder();
    folders.push(directory);
    const review = await startCli(directory, '--reviewer', 'Tester');
    const url = new URL(review.url);
    expect(url.hostname).toBe('127.0.0.1');
    const token = url.pathname.split('/')[1]!;
    const state = JSON.parse((await raw(Number(url.port), `/${token}/api/state`)).body);
    const cost = draftId(directory, 'the wall would cost');
    const reply = await raw(Number(url.port), `/${token}/api/change`, {
      method: 'POST',
      headers: { origin: url.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ revision: state.revision, change: { action: 'reject', quote: cost } }),
    });
    expect(reply.status).toBe(200);
    expect(await review.stop()).toBe(0);
    expect(review.stderr()).toContain('stopped after 1 change(s)');
    const after = folderBytes(directory);
    await expect(raw(Number(url.port), `/${token}/api/state`)).rejects.toThrow(/ECONNREFUSED/);
    expect(folderBytes(directory)).toBe(after);
    expect(JSON.parse(readFileSync(join(directory, 'quotes.json'), 'utf8')).map((quote: { id: string }) => quote.id)).not.toContain(cost);
  });
});
