import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseLog, type LogEntry } from './changes.js';
import { loadDataset } from '../folder/index.js';
import { logFileName, readFolder, readTexts } from './folder.js';
import { serve } from './server.js';

export { snapSpan } from './changes.js';
export type { LogEntry as ReviewLogEntry, ReviewChange } from './changes.js';

export interface ReviewOptions {
  /** Who reviews: written to the review log and to `provenance.agent` of accepted quotes. Default: the OS user name. */
  readonly reviewer?: string;
  /** Port to listen on; default 0, a random free port. */
  readonly port?: number;
  /** The clock used for log entries (tests pass a fixed one). */
  readonly now?: () => Date;
  /** Called after each change has been written to the folder and the log. */
  readonly onChange?: (entry: LogEntry) => void;
}

export interface ReviewServer {
  /** The address to open: http://127.0.0.1:PORT/TOKEN/ — every request must carry the token. */
  readonly url: string;
  readonly port: number;
  /** Stops the server; nothing is written to the folder after the returned promise settles. */
  close(): Promise<void>;
}

function defaultReviewer(): string {
  try {
    return userInfo().username || 'reviewer';
  } catch {
    return 'reviewer';
  }
}

/**
 * Starts a local review server for a dataset folder: a page that shows each archived article with its
 * drafts highlighted and a form to accept, reject or edit them (span, speaker, date, origin, claim type,
 * check-worthiness, topics), add missed quotes, and undo. Every change is verified as `saidby verify` would
 * before it is written (atomically), and appended to `review-log.ndjson` in the folder. The server listens
 * on 127.0.0.1 only and refuses requests without its token, with a foreign Host or Origin, or for any other path.
 * A folder that does not verify is refused with a SaidbyError.
 *
 * @example
 * // What `saidby review ./my-dataset` runs; no package entry exports it yet.
 * const review = await startReview('./my-dataset', { reviewer: 'Ana' });
 * console.log(review.url); // open it in a browser
 * process.once('SIGINT', () => void review.close());
 */
export async function startReview(directory: string, options: ReviewOptions = {}): Promise<ReviewServer> {
  const folder = resolve(directory);
  const state = readFolder(folder);
  parseLog(state.logText, logFileName);
  loadDataset(folder);
  const reviewer = options.reviewer?.trim() || defaultReviewer();
  const server = await serve(
    { directory: folder, texts: readTexts(folder, state.tables.sources), reviewer, now: options.now ?? (() => new Date()), ...(options.onChange ? { onChange: options.onChange } : {}) },
    options.port ?? 0,
  );
  return server;
}
