import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { SaidbyError } from '../error/index.js';
import { UsageError, exitCodes, write, type Command, type CommandIo } from './command.js';
import { commands } from './commands/index.js';

const pathErrors = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS']);

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `saidby: attributed quotations traceable to archived news articles

Usage: saidby COMMAND [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Run "saidby COMMAND --help" for a command's options.
Exit status: 0 success, 1 data error, 2 usage error.
`;
}

function helpOf(command: Command): string {
  return `Usage: ${command.usage}\n\n  -h, --help  show this help\n`;
}

async function runCommand(command: Command, args: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
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
      await write(name === undefined ? io.stderr : io.stdout, overview());
      return name === undefined ? exitCodes.usageError : exitCodes.ok;
    }
    if (name === '--version' || name === '-v') {
      await write(io.stdout, `${version}\n`);
      return exitCodes.ok;
    }
    const command = commands.find((candidate) => candidate.name === name);
    if (!command) throw new UsageError(`unknown command "${name}"; commands: ${commands.map((c) => c.name).join(', ')}`);
    return await runCommand(command, rest, io);
  } catch (error) {
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
