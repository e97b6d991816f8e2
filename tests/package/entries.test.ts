import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/index.js';

const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');

function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^import\s*["']([^"']+)["']/gm)].map(
    (match) => match[1] ?? match[2] ?? match[3]!,
  );
}

function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else seen.add(specifier);
    }
  }
  return seen;
}

describe('built package', () => {
  it('the ESM main entry imports neither zod nor any other package', () => {
    const graph = [...importGraph(join(dist, 'index.js'))];
    expect(graph.filter((item) => !item.startsWith('/'))).toEqual([]);
  });

  it('the ESM schema entry does load zod (the walk above can see imports)', () => {
    expect([...importGraph(join(dist, 'schema.js'))]).toContain('zod');
  });

  it('the CJS main entry loads no zod when required', () => {
    const loaded = execFileSync(process.execPath, ['-e', `require(${JSON.stringify(join(dist, 'index.cjs'))}); console.log(JSON.stringify(Object.keys(require.cache)))`], { encoding: 'utf8' });
    const modules: string[] = JSON.parse(loaded);
    expect(modules.some((file) => file.includes(`${'node_modules'}/zod`))).toBe(false);
    expect(modules.length).toBe(1);
  });

  it('embeds exactly the dataset tables in both builds', async () => {
    const esm = await import(join(dist, 'index.js'));
    expect(JSON.parse(JSON.stringify(esm.dataset))).toEqual(JSON.parse(JSON.stringify(dataset)));
    const cjs = JSON.parse(execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(require(${JSON.stringify(join(dist, 'index.cjs'))}).quotes))`], { encoding: 'utf8' }));
    expect(cjs).toEqual(JSON.parse(JSON.stringify(dataset.quotes)));
  });

  it('npm pack ships only the build, the dataset and the docs', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    const files: string[] = pack.files.map((file: { path: string }) => file.path);
    const outside = files.filter((file) => !/^(dist\/|dataset\/|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/.test(file));
    expect(outside).toEqual([]);
    expect(files).toContain('dataset/sources/azatutyun-30929229.txt');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/cli.js');
  });
});
