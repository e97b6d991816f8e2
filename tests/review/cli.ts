import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const cli = join(resolve(__dirname, '../..'), 'dist/cli.js');

export interface RunningReview {
  readonly child: ChildProcess;
  readonly url: string;
  readonly stderr: () => string;
  /** Sends SIGINT and resolves with the exit status once the process has ended. */
  stop(): Promise<number | null>;
}

/** Starts the built `saidby review DIR --no-open` and resolves with the address it prints. */
export function startCli(directory: string, ...args: string[]): Promise<RunningReview> {
  const child = spawn(process.execPath, [cli, 'review', directory, '--no-open', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk) => (err += chunk));
  const ended = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((resolveUrl, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0]!;
      if (out.includes('\n')) {
        resolveUrl({
          child,
          url: line,
          stderr: () => err,
          stop: () => {
            child.kill('SIGINT');
            return ended;
          },
        });
      }
    });
    void ended.then((code) => reject(new Error(`saidby review ended with ${code} before printing an address: ${err}`)));
  });
}
