import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.js');

/** Runs the built saidby binary in `cwd` and returns its exit code and output. */
export async function saidby(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** Copies the bundled dataset folder to `target` (a new temporary folder by default), letting `edit` change its tables first. */
export function copyDataset(edit: (tables: Record<'sources' | 'speakers' | 'quotes', any[]>) => void = () => {}, target = mkdtempSync(join(tmpdir(), 'saidby-dataset-'))): string {
  cpSync(join(root, 'dataset'), target, { recursive: true });
  const names = ['sources', 'speakers', 'quotes'] as const;
  const tables = Object.fromEntries(names.map((name) => [name, JSON.parse(readFileSync(join(target, `${name}.json`), 'utf8'))])) as Record<(typeof names)[number], any[]>;
  edit(tables);
  for (const name of names) writeFileSync(join(target, `${name}.json`), JSON.stringify(tables[name]));
  return target;
}
