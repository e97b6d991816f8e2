import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { startReview } from '../../review/index.js';
import { UsageError, exitCodes, write, type Command } from '../command.js';

function openBrowser(url: string): void {
  const [program, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(program, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // Printing the address is enough when no browser can be started.
  }
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'review extracted drafts in the browser and write curated records to a dataset folder',
  usage: `saidby review DIR [--reviewer NAME] [--port N] [--no-open]

Serves a review page for the dataset folder DIR on 127.0.0.1 and prints its address (it holds a random
token; keep it private). The page shows each archived article with its quotes highlighted and a form for
the selected one: accept, reject or edit a draft (span by selecting text, speaker, date, origin, claim
type, check-worthiness, topics), add a quote the extractor missed, undo. Every change is verified as
"saidby verify DIR" would before it is written, atomically, and appended to DIR/review-log.ndjson.
Ctrl-C stops the server.

  --reviewer NAME  who reviews, for the log and provenance.agent (default: your user name)
  --port N         port to listen on (default: a random free port)
  --no-open        do not try to open a browser; just print the address`,
  options: { reviewer: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } },
  positionals: [1, 1],
  async run(values, positionals, io) {
    const directory = resolve(io.cwd, positionals[0]!);
    if (!existsSync(directory) || !statSync(directory).isDirectory()) throw new UsageError(`cannot review "${positionals[0]}": no such folder`);
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: "${String(values.port)}" is not a port number`);
    let changes = 0;
    const review = await startReview(directory, {
      ...(typeof values.reviewer === 'string' ? { reviewer: values.reviewer } : {}),
      port,
      onChange: () => changes++,
    });
    await write(io.stdout, `${review.url}\n`);
    await write(io.stderr, `saidby review: serving ${directory} at the address above; Ctrl-C stops it\n`);
    if (values['no-open'] !== true) openBrowser(review.url);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void review.close().then(done);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await write(io.stderr, `saidby review: stopped after ${changes} change(s); nothing more is written\n`);
    return exitCodes.ok;
  },
};
