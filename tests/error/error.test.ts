import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SaidbyError, formatIssues, issueCodes, issueCodesMarkdown } from '../../src/error/index.js';

describe('SaidbyError', () => {
  it('carries issues for programs and a readable message for people', () => {
    const error = new SaidbyError([
      { code: 'invalid_value', path: ['quotes', 3, 'kind'], record: 'q-3', line: 5, message: 'Unknown kind "qoute"' },
    ]);
    expect(error.issues[0]?.path).toEqual(['quotes', 3, 'kind']);
    expect(error.message).toBe('✖ Unknown kind "qoute"\n  → at line 5, record q-3, quotes[3].kind');
    expect(error.name).toBe('SaidbyError');
  });

  it('recognises an error built by another copy of the class (CJS and ESM builds, several entries)', () => {
    const foreign = Object.defineProperty(new Error('x'), Symbol.for('saidby.error'), { value: true });
    expect(foreign instanceof SaidbyError).toBe(true);
    expect(new Error('x') instanceof SaidbyError).toBe(false);
    expect((null as unknown) instanceof SaidbyError).toBe(false);
  });

  it('formats an issue without a path on one line', () => {
    expect(formatIssues([{ code: 'custom', path: [], message: 'empty file' }])).toBe('✖ empty file');
  });
});

describe('issue codes', () => {
  it('are listed in the README from issueCodes itself', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
    const block = /<!-- issue-codes:start -->\n([\s\S]*?)\n<!-- issue-codes:end -->/.exec(readme)?.[1];
    expect(block, 'README issue codes: replace the block with issueCodesMarkdown()').toBe(issueCodesMarkdown());
  });

  it('cover every code the sources use', () => {
    const used = new Set<string>();
    const walk = (directory: string): void => {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts')) for (const match of readFileSync(path, 'utf8').matchAll(/\bcode: '([a-z0-9_]+)'/g)) used.add(match[1]!);
      }
    };
    walk(resolve(__dirname, '../../src'));
    expect(used.size).toBeGreaterThan(10);
    for (const code of used) expect(Object.keys(issueCodes), code).toContain(code);
  });
});
