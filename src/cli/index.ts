#!/usr/bin/env node
import { main } from './main.js';
import { quietWhenClosed } from './pipes.js';

const { stdout, stderr } = quietWhenClosed(process.stdout, process.stderr, () => process.exit(0));

main(process.argv.slice(2), { stdout, stderr, stdin: process.stdin, cwd: process.cwd() }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    stderr.write(`saidby: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
