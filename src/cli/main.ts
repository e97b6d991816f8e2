import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { SaidbyError } from '../error/index.js';
import { UsageError, exitCodes, write, type Command, type CommandIo, type OptionSpec } from './command.js';
import { commands } from './commands/index.js';
import { nearest } from './suggest.js';

const pathErrors = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS']);

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `saidby: attributed quotations traceable to archived news articles

Usage: saidby COMMAND [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Run "saidby help COMMAND" (or "saidby COMMAND --help") for a command's options.
Data goes to stdout; progress, summaries and errors to stderr. "-" is standard input or output where a
file is expected.
Exit status: 0 success, 1 data error, 2 usage error (also a missing input file or folder).
`;
}

function helpOf(command: Command): string {
  return `Usage: ${command.usage}\n\n  -h, --help  show this help\n`;
}

function flagList(options: OptionSpec): string {
  return Object.entries(options)
    .map(([name, option]) => `--${name}${option.type === 'string' ? ' VALUE' : ''}`)
    .join(' ');
}

/** Refuses an unknown flag before parsing, naming the nearest valid one and listing them all. */
function checkFlags(command: Command, args: readonly string[], options: OptionSpec): void {
  const shorts = new Set(Object.values(options).map((option) => option.short).filter((short) => short !== undefined));
  const unknown = (flag: string, suggestion: string | undefined) =>
    new UsageError(
      `${command.name}: unknown flag ${flag}${suggestion === undefined ? '' : `; did you mean ${suggestion}?`}\n` +
        `flags of "saidby ${command.name}": ${flagList(options)}\n(run "saidby help ${command.name}" for what they do)`,
    );
  for (let at = 0; at < args.length; at++) {
    const arg = args[at]!;
    if (arg === '--') return;
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0]!;
      const option = options[name];
      if (option === undefined) {
        const suggestion = nearest(name, Object.keys(options));
        throw unknown(`--${name}`, suggestion === undefined ? undefined : `--${suggestion}`);
      }
      if (option.type === 'string' && !arg.includes('=')) at++;
    } else if (arg.startsWith('-') && arg !== '-') {
      const letter = arg[1]!;
      if (!shorts.has(letter)) throw unknown(`-${letter}`, undefined);
      const option = Object.values(options).find((candidate) => candidate.short === letter)!;
      if (option.type === 'string' && arg.length === 2) at++;
    }
  }
}

const closedPipe = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

async function runCommand(command: Command, args: string[], io: CommandIo): Promise<number> {
  const options: OptionSpec = { ...command.options, help: { type: 'boolean', short: 'h' } };
  checkFlags(command, args, options);
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command.name}: ${(error as Error).message}`);
  }
  if (parsed.values.help) {
    await write(io.stdout, helpOf(command));
    return exitCodes.ok;
  }
  const [min, max] = command.positionals ?? [0, 0];
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    const extra = parsed.positionals.length > max ? `unexpected argument "${parsed.positionals[max]}"` : 'missing argument';
    throw new UsageError(`${command.name}: ${extra}\nUsage: ${command.usage.split('\n')[0]}`);
  }
  return command.run(parsed.values as never, parsed.positionals, io);
}

function commandNamed(name: string): Command {
  const command = commands.find((candidate) => candidate.name === name);
  if (command !== undefined) return command;
  const names = commands.map((candidate) => candidate.name);
  const suggestion = nearest(name, names);
  throw new UsageError(`unknown command "${name}"${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}\ncommands: ${names.join(', ')}`);
}

/**
 * Runs the saidby command line with `args` (without "node saidby") and returns the exit status.
 *
 * @example
 * const status = await main(['quotes', '--speaker', 'lavrov'], process);
 */
export async function main(args: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      if (name !== undefined && rest.length > 0) {
        if (rest.length > 1) throw new UsageError(`help: one command at a time ("saidby help ${rest[0]}")`);
        await write(io.stdout, helpOf(commandNamed(rest[0]!)));
        return exitCodes.ok;
      }
      await write(name === undefined ? io.stderr : io.stdout, overview());
      return name === undefined ? exitCodes.usageError : exitCodes.ok;
    }
    if (name === '--version' || name === '-v') {
      await write(io.stdout, `${version}\n`);
      return exitCodes.ok;
    }
    return await runCommand(commandNamed(name), rest, io);
  } catch (error) {
    if (closedPipe.has((error as NodeJS.ErrnoException).code ?? '')) return exitCodes.ok;
    if (error instanceof UsageError) {
      await write(io.stderr, `saidby: ${error.message}\n`);
      return exitCodes.usageError;
    }
    if (error instanceof SaidbyError) {
      await write(io.stderr, `${error.message}\n`);
      return exitCodes.dataError;
    }
    const { code, path } = error as NodeJS.ErrnoException;
    if (typeof path === 'string' && code !== undefined && pathErrors.has(code)) {
      await write(io.stderr, `saidby: cannot use "${path}": ${(error as Error).message.replace(/^\w+: /, '').split(',')[0]}\n`);
      return exitCodes.usageError;
    }
    throw error;
  }
}
