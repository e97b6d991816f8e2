import { Writable } from 'node:stream';
import type { CommandIo } from './command.js';

type Out = NodeJS.WriteStream | (NodeJS.WritableStream & { isTTY?: boolean; columns?: number });

/**
 * Makes closed pipes quiet, as "saidby quotes | head -1" expects: when the reader of stdout goes away,
 * `onStdoutClosed` runs (the CLI exits 0: nobody wants the rest); when the reader of stderr goes away,
 * messages are dropped and the command carries on, so its data output is still complete.
 *
 * @example
 * const { stdout, stderr } = quietWhenClosed(process.stdout, process.stderr, () => process.exit(0));
 */
export function quietWhenClosed(stdout: Out, stderr: Out, onStdoutClosed: () => void): Pick<CommandIo, 'stdout' | 'stderr'> {
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') onStdoutClosed();
    else throw error;
  });
  let stderrOpen = true;
  stderr.on('error', () => {
    stderrOpen = false;
  });
  const messages = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      if (!stderrOpen) return done();
      try {
        stderr.write(chunk, () => done());
      } catch {
        stderrOpen = false;
        done();
      }
    },
  });
  return { stdout, stderr: Object.assign(messages, { isTTY: stderr.isTTY === true }) };
}
