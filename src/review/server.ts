import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SaidbyError, type SaidbyIssue } from '../error/index.js';
import type { CodePointIndex } from '../text/index.js';
import { parseLog, planChange, RefusedChange, sameRecords, type LogEntry } from './changes.js';
import { updateDataset } from '../folder/index.js';
import { appendLogLine, logFileName, readFolder, type Tables } from './folder.js';
import { reviewPage, reviewPolicy } from './page.js';
import { viewState } from './view.js';

export interface ReviewSession {
  readonly directory: string;
  readonly texts: ReadonlyMap<string, CodePointIndex>;
  readonly reviewer: string;
  readonly now: () => Date;
  readonly onChange?: (entry: LogEntry) => void;
}

const maxBody = 1 << 20;

const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(response: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...baseHeaders, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra });
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, value: unknown) => send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
const refuse = (response: ServerResponse, status: number, message: string) => send(response, status, 'text/plain; charset=utf-8', `${message}\n`);

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        resolve(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function fieldOf(issue: SaidbyIssue, tables: Tables, quoteId: string | null): SaidbyIssue & { field: string } {
  const [table, index, ...rest] = issue.path;
  if (table === 'quotes' && typeof index === 'number' && tables.quotes[index]?.id === quoteId) return { ...issue, field: rest.join('.') };
  if (table === 'speakers' && typeof index === 'number') return { ...issue, field: ['speaker', ...rest].join('.') };
  const path = issue.path[0] === 'edit' ? issue.path.slice(1) : issue.path;
  return { ...issue, field: path.map(String).join('.') };
}

/** Handles one change request: re-reads the folder, plans, verifies, writes atomically and logs. */
function change(session: ReviewSession, payload: unknown): { status: number; body: Record<string, unknown> } {
  const folder = readFolder(session.directory);
  const log = parseLog(folder.logText, logFileName);
  const view = (state = folder) => viewState(state.tables, session.texts, parseLog(state.logText, logFileName), state.revision, session.reviewer);
  const { revision, change: requested } = (payload ?? {}) as { revision?: unknown; change?: unknown };
  if (revision !== folder.revision) {
    return { status: 409, body: { message: 'The folder changed since this page loaded it; the page now shows it as it is. Nothing was saved.', state: view() } };
  }
  let planned;
  try {
    planned = planChange({ tables: folder.tables, texts: session.texts, log, who: session.reviewer, now: session.now }, requested);
  } catch (error) {
    if (!(error instanceof RefusedChange)) throw error;
    const quote = (requested as { quote?: unknown } | null)?.quote;
    const issues = error.issues.map((issue) => fieldOf(issue, folder.tables, typeof quote === 'string' ? quote : null));
    return { status: error.status, body: { message: `Not saved: ${issues.map((issue) => `${issue.field || 'change'}: ${issue.message}`).join('; ')}`, issues } };
  }
  if (planned === null) return { status: 200, body: { message: 'Nothing changed.', state: view() } };
  const next = planned.tables;
  try {
    updateDataset(session.directory, (data) => {
      if (!sameRecords(data, folder.tables)) throw new RefusedChange([{ code: 'changed_since', path: [], message: 'the folder changed while saving' }], 409);
      return { data: next };
    });
  } catch (error) {
    if (error instanceof RefusedChange) return { status: 409, body: { message: 'The folder changed while saving; nothing was saved. Reload the page.', state: view(readFolder(session.directory)) } };
    if (!(error instanceof SaidbyError)) throw error;
    const mapped = error.issues.map((issue) => fieldOf(issue, next, planned.entry.quote));
    return { status: 422, body: { message: `Not saved: ${mapped.map((issue) => `${issue.field || 'folder'}: ${issue.message}`).join('; ')}`, issues: mapped } };
  }
  appendLogLine(session.directory, JSON.stringify(planned.entry));
  session.onChange?.(planned.entry);
  const { entry } = planned;
  const described = entry.action === 'undo' ? `Undid change ${entry.undoes}` : `${entry.action[0]!.toUpperCase()}${entry.action.slice(1)}`;
  return {
    status: 200,
    body: { message: `${described}${entry.quote === null ? '' : ` (${entry.quote})`}: written to the folder and the review log.`, quote: entry.quote, seq: entry.seq, state: view(readFolder(session.directory)) },
  };
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves the review page and its API on 127.0.0.1 at a random port, behind a random token in the path. */
export async function serve(session: ReviewSession, port = 0): Promise<RunningServer> {
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let stopped = false;
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  const tokenMatches = (segment: string) => {
    const given = Buffer.from(segment);
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  };

  const server = createServer((request, response) => {
    void (async () => {
      if (stopped) return refuse(response, 503, 'stopped');
      const host = request.headers.host;
      if (host === undefined || !allowedHosts.has(host.toLowerCase())) return refuse(response, 403, 'wrong Host header');
      const origin = request.headers.origin;
      if (origin !== undefined && !allowedOrigins.has(origin.toLowerCase())) return refuse(response, 403, 'cross-origin request refused');
      const site = request.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') return refuse(response, 403, 'cross-site request refused');
      const target = request.url ?? '';
      const path = target.split('?')[0]!;
      const [, first = '', ...rest] = path.split('/');
      if (!tokenMatches(first)) return refuse(response, 403, 'missing or wrong token');
      const route = rest.join('/');
      const method = request.method ?? 'GET';
      if (route === '' && path.endsWith('/')) {
        if (method !== 'GET') return refuse(response, 405, 'method not allowed');
        return send(response, 200, 'text/html; charset=utf-8', reviewPage, { 'Content-Security-Policy': reviewPolicy });
      }
      if (route === 'api/state') {
        if (method !== 'GET') return refuse(response, 405, 'method not allowed');
        const folder = readFolder(session.directory);
        return sendJson(response, 200, viewState(folder.tables, session.texts, parseLog(folder.logText, logFileName), folder.revision, session.reviewer));
      }
      if (route === 'api/change') {
        if (method !== 'POST') return refuse(response, 405, 'method not allowed');
        if (origin === undefined) return refuse(response, 403, 'a change must come from the review page (no Origin header)');
        if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) return refuse(response, 415, 'expected application/json');
        const text = await readBody(request);
        if (stopped) return refuse(response, 503, 'stopped');
        if (text === null) return refuse(response, 413, 'request too large');
        let payload: unknown;
        try {
          payload = JSON.parse(text);
        } catch {
          return sendJson(response, 400, { message: 'The request is not valid JSON.' });
        }
        const result = change(session, payload);
        return sendJson(response, result.status, result.body);
      }
      return refuse(response, 404, 'not found');
    })().catch((error: unknown) => {
      const message = error instanceof SaidbyError ? error.message : `unexpected error: ${(error as Error).message}`;
      if (!response.headersSent) sendJson(response, error instanceof SaidbyError ? 422 : 500, { message });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${actual}`, `localhost:${actual}`]);
  allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));
  return {
    url: `http://127.0.0.1:${actual}/${token}/`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        stopped = true;
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
