import { describe, expect, it } from 'vitest';
import { SaidbyError, formatIssues } from '../../src/error/index.js';

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
