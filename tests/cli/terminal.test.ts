import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { visible } from '../../src/cli/terminal.js';
import { columnNamesOf } from '../../src/schema/columns.js';
import { saidby } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'saidby-terminal-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const sequences = ['\u001b[31m', '\u001b[2J', '\u001b]0;pwned\u0007', '\u001b]8;;https://evil.example\u001b\\', '\u009b2J', '\u0008\u0008', '\r', '\u0007', '\u202e', '\u2066', '\u001bc', '\u000b'];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...sequences), fc.stringMatching(/^[a-z ]{1,6}$/)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((text) => unsafe.test(text));

describe('visible', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 40 })], { numRuns: 2000 })('leaves no control character or bidi override but the line feed', (text) => {
    const shown = visible(text);
    expect(unsafe.test(shown)).toBe(false);
    expect(shown.split('\n').length).toBe(text.split('\n').length);
    if (!unsafe.test(text)) expect(shown).toBe(text);
  });

  it('shows what was there', () => {
    expect(visible('a\u001b[31mb\u009b\u202ec')).toBe('a\\x1B[31mb\\x9B\\u{202E}c');
  });
});

describe('validate and extract --format table never print terminal sequences from the input', () => {
  test.prop([fc.array(hostile, { minLength: 1, maxLength: 5 })], { numRuns: 4 })('validate: rejections on stderr show them escaped; --json on stdout keeps them exactly', async (texts) => {
    const file = join(scratch, `speakers-${Math.random().toString(36).slice(2)}.ndjson`);
    const lines = texts.map((text, index) => JSON.stringify({ id: `s${index}`, name: text, [text]: 1 }));
    const csvFile = file.replace(/\.ndjson$/, '.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const rows = texts.map((text, index) => [`s${index}`, cell(text), '', cell(text), cell(text), '', '', '', '{}'].join(','));
    writeFileSync(csvFile, `${columnNamesOf('speakers').join(',')}\r\n${rows.join('\r\n')}\r\n`);
    for (const path of [file, csvFile]) {
      const human = await saidby(scratch, 'validate', path);
      expect(human.code).toBe(1);
      expect(human.stderr).toContain('rejected');
      expect(unsafe.test(human.stderr.replaceAll('\n', ''))).toBe(false);
      expect(unsafe.test(human.stdout.replaceAll('\n', ''))).toBe(false);
    }
    const machine = await saidby(scratch, 'validate', '--json', file);
    const messages = machine.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .flatMap((entry) => entry.issues ?? [])
      .map((issue: { message: string }) => issue.message)
      .join('\n');
    for (const text of texts) expect(messages).toContain(text);
  });

  it('extract --format table shows escapes in a quote; --format ndjson keeps the exact text', async () => {
    const article = join(scratch, 'article.txt');
    const quote = 'We will \u001b[31mwin\u001b]0;pwned\u0007 this \u202eyear';
    writeFileSync(article, `Headline\n\n"${quote}," Mayor Ann Lee said on Monday.\n`);
    const table = await saidby(scratch, 'extract', article, '--format', 'table');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('\\x1B[31mwin');
    expect(unsafe.test(table.stdout.replaceAll('\n', ''))).toBe(false);
    const ndjson = await saidby(scratch, 'extract', article, '--format', 'ndjson');
    const texts = ndjson.stdout.trim().split('\n').map((line) => JSON.parse(line).text);
    expect(texts).toContain(`${quote},`);
  });
});
