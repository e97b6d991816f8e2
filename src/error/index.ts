import type { SaidbyIssueCode } from './codes.js';

export { issueCodes, issueCodesMarkdown } from './codes.js';
export type { SaidbyIssueCode } from './codes.js';

export type IssuePath = ReadonlyArray<PropertyKey>;

/** One problem found in input, shaped like a zod issue so programs can treat both alike. */
export interface SaidbyIssue {
  readonly code: SaidbyIssueCode;
  readonly path: IssuePath;
  readonly message: string;
  readonly allowed?: ReadonlyArray<string>;
  readonly record?: string | number;
  readonly line?: number;
}

const brand = Symbol.for('saidby.error');

function formatPath(path: IssuePath): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/**
 * Renders issues the way `z.prettifyError` does: one `✖ message` line per issue, then `→ at path`.
 *
 * @example
 * formatIssues([{ code: 'invalid_value', path: ['kind'], message: 'Unknown kind "qoute"' }]);
 * // '✖ Unknown kind "qoute"\n  → at kind'
 */
export function formatIssues(issues: ReadonlyArray<SaidbyIssue>): string {
  return issues
    .map((issue) => {
      const where = [
        issue.line === undefined ? '' : `line ${issue.line}`,
        issue.record === undefined ? '' : `record ${String(issue.record)}`,
        issue.path.length === 0 ? '' : formatPath(issue.path),
      ].filter(Boolean);
      return where.length === 0 ? `✖ ${issue.message}` : `✖ ${issue.message}\n  → at ${where.join(', ')}`;
    })
    .join('\n');
}

/**
 * The one error type saidby throws. `issues` is for programs, `message` for people.
 * `instanceof` works across the ESM and CJS builds and across entry points.
 *
 * @example
 * try { findQuotes({ kind: 'qoute' as never }); }
 * catch (error) { if (error instanceof SaidbyError) console.error(error.issues[0].path); }
 */
export class SaidbyError extends Error {
  readonly issues: ReadonlyArray<SaidbyIssue>;

  constructor(issues: ReadonlyArray<SaidbyIssue>, message: string = formatIssues(issues)) {
    super(message);
    this.name = 'SaidbyError';
    this.issues = issues;
    Object.defineProperty(this, brand, { value: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
  }
}
