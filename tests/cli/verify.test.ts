import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { copyDataset, saidby } from './run-cli.js';

const run = (...args: string[]) => saidby(tmpdir(), ...args);

describe('saidby verify', () => {
  it('passes on the bundled dataset', async () => {
    const result = await run('verify');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^ok: 1 source\(s\), 3 speaker\(s\), 17 quote\(s\), 1 archive\(s\) verified/);
    expect(result.stderr).toContain('no drafts: every quote is curated or imported');
    expect(result.stdout).toBe('');
  });

  it('passes on a copy of the dataset folder', async () => {
    expect((await run('verify', copyDataset())).code).toBe(0);
  });

  it('exits 1 and names the record and field of a corrupted span', async () => {
    const directory = copyDataset(({ quotes }) => {
      quotes[2].span.start += 2;
    });
    const result = await run('verify', directory);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('quotes azatutyun-30929229-q03 text');
    expect(result.stdout).toBe('');
  });

  it('exits 2 and names the flag on a usage error, and 0 with --help', async () => {
    const bad = await run('verify', '--strict-ish');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown flag --strict-ish');
    const help = await run('verify', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: saidby verify [DIR]');
    expect((await run('no-such-command')).code).toBe(2);
  });
});
