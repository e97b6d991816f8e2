import type { SaidbyIssue, SaidbyIssueCode } from '../../error/index.js';
import { encodingIssue, readLimits, sizeIssue, type Line } from '../lines/index.js';

interface Frame {
  readonly object: boolean;
  readonly keys: string[];
  keySet: Set<string> | undefined;
  key: string | undefined;
  index: number;
}

type Path = Array<string | number>;

function pathOf(frames: readonly Frame[]): Path {
  const path: Path = [];
  for (const frame of frames) {
    if (frame.object) {
      if (frame.key !== undefined) path.push(frame.key);
    } else path.push(frame.index);
  }
  return path;
}

function issue(code: SaidbyIssueCode, path: Path, message: string): SaidbyIssue {
  return { code, path, message };
}

function hexAt(text: string, at: number): number {
  const digits = text.slice(at, at + 4);
  return /^[0-9a-fA-F]{4}$/.test(digits) ? Number.parseInt(digits, 16) : -1;
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isNumberChar = (code: number) => (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2b || code === 0x2e || code === 0x65 || code === 0x45;

function hasDuplicate(frame: Frame, key: string): boolean {
  if (frame.keySet !== undefined) {
    if (frame.keySet.has(key)) return true;
    frame.keySet.add(key);
    return false;
  }
  if (frame.keys.includes(key)) return true;
  frame.keys.push(key);
  if (frame.keys.length > 16) frame.keySet = new Set(frame.keys);
  return false;
}

/**
 * Checks text that `JSON.parse` accepted for what `JSON.parse` would silently change or what cannot be held
 * safely: nesting deeper than `maxDepth` (found without recursion), a key repeated in one object, the key
 * `__proto__`, a lone surrogate from a `\u` escape, and a number that overflows or underflows a double.
 * Returns the first such issue, with the path where it is, or undefined. Time is linear in the text.
 *
 * @example
 * jsonTextIssue('{"a":1,"a":2}', 100)?.code; // 'duplicate_key'
 */
export function jsonTextIssue(text: string, maxDepth: number): SaidbyIssue | undefined {
  const frames: Frame[] = [];
  let expectKey = false;
  let nextEscape = text.indexOf('\\');
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === 0x7b || code === 0x5b) {
      if (frames.length >= maxDepth) {
        return issue('too_deep', pathOf(frames), `arrays and objects are nested more than ${maxDepth} deep (the limit, maxDepth)`);
      }
      frames.push({ object: code === 0x7b, keys: [], keySet: undefined, key: undefined, index: 0 });
      expectKey = code === 0x7b;
      at++;
    } else if (code === 0x7d || code === 0x5d) {
      frames.pop();
      expectKey = false;
      at++;
    } else if (code === 0x2c) {
      const top = frames[frames.length - 1]!;
      if (top.object) expectKey = true;
      else top.index++;
      at++;
    } else if (code === 0x22) {
      let close = text.indexOf('"', at + 1);
      let escaped = false;
      while (nextEscape !== -1 && nextEscape < close) {
        escaped = true;
        let after = nextEscape + 2;
        if (text.charCodeAt(nextEscape + 1) === 0x75) {
          const unit = hexAt(text, nextEscape + 2);
          after = nextEscape + 6;
          let lone = isLow(unit);
          if (isHigh(unit)) {
            const low = text.charCodeAt(after) === 0x5c && text.charCodeAt(after + 1) === 0x75 ? hexAt(text, after + 2) : -1;
            if (isLow(low)) after += 6;
            else lone = true;
          }
          if (lone) {
            const where = pathOf(frames);
            return issue(
              'lone_surrogate',
              where,
              `${expectKey ? 'a key' : 'the text'} holds \\u${unit.toString(16)}, half of a surrogate pair: not a character, so it is rejected rather than replaced`,
            );
          }
        }
        nextEscape = text.indexOf('\\', after);
        if (close < after) close = text.indexOf('"', after);
      }
      const top = frames[frames.length - 1];
      if (expectKey && top !== undefined) {
        const key = escaped ? (JSON.parse(text.slice(at, close + 1)) as string) : text.slice(at + 1, close);
        top.key = key;
        if (key === '__proto__') {
          return issue('forbidden_key', pathOf(frames), 'the key "__proto__" is not accepted: a JavaScript object cannot hold it as data, so it would be lost');
        }
        if (hasDuplicate(top, key)) {
          return issue('duplicate_key', pathOf(frames), `the key ${JSON.stringify(key)} appears twice in one object (a JSON reader would keep only one of its values)`);
        }
        expectKey = false;
      }
      at = close + 1;
    } else if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      let end = at + 1;
      while (end < length && isNumberChar(text.charCodeAt(end))) end++;
      if (end - at > 15 || /[eE]/.test(text.slice(at, end))) {
        const found = numberIssue(text.slice(at, end));
        if (found !== undefined) return { ...found, path: pathOf(frames) };
      }
      at = end;
    } else at++;
  }
  return undefined;
}

/**
 * The issue for number text that a double cannot hold: it overflows to Infinity or underflows to 0
 * (`1e-400`); undefined for any other text, numbers or not.
 *
 * @example
 * numberIssue('1e-400')?.code; // 'number_out_of_range'
 */
export function numberIssue(token: string): SaidbyIssue | undefined {
  const value = Number(token);
  if (Number.isNaN(value)) return undefined;
  const mantissa = token.split(/[eE]/)[0]!;
  if (Number.isFinite(value) && !(value === 0 && /[1-9]/.test(mantissa))) return undefined;
  const shown = token.length > 40 ? `${token.slice(0, 40)}…` : token;
  return issue('number_out_of_range', [], `the number ${shown} is outside the range of a double and would read as ${value}`);
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count++;
  return count;
}

const bare = {};

/** True when something has given every object an enumerable inherited key, which `for … in` would count. */
function prototypeTampered(): boolean {
  for (const _key in bare) return true;
  return false;
}

/**
 * True when `value`, which `JSON.parse` made of `text`, certainly lost nothing `jsonTextIssue` looks for, found
 * from the value in one walk instead of a scan of every character. With no `\u` escape in the text, a colon
 * is either inside a string or ends a key, so the text's colons equal the keys plus the colons of every key and
 * string exactly when no repeated key was dropped. False means only that the full scan must decide: a `\u`
 * escape, a zero or non-finite number (an underflow or overflow reads as one), a `__proto__` key, nesting
 * past `maxDepth`, or an `Object.prototype` someone gave an enumerable key.
 */
function keptEverything(text: string, value: unknown, maxDepth: number): boolean {
  if (text.includes('\\u') || prototypeTampered()) return false;
  let colons = 0;
  const containers: unknown[] = [value];
  const depths: number[] = [0];
  while (containers.length > 0) {
    const item = containers.pop();
    const depth = depths.pop()!;
    if (typeof item === 'string') colons += countOf(item, ':');
    else if (typeof item === 'number') {
      if (item === 0 || !Number.isFinite(item)) return false;
    } else if (typeof item === 'object' && item !== null) {
      if (depth >= maxDepth) return false;
      if (Array.isArray(item)) {
        for (const element of item) {
          containers.push(element);
          depths.push(depth + 1);
        }
      } else {
        if (Object.hasOwn(item, '__proto__')) return false;
        for (const key in item) {
          colons += 1 + countOf(key, ':');
          containers.push((item as Record<string, unknown>)[key]);
          depths.push(depth + 1);
        }
      }
    }
  }
  return colons === countOf(text, ':');
}

/**
 * Parses JSON text strictly: what `JSON.parse` accepts, minus what `jsonTextIssue` finds. Returns the value,
 * or the issues saying why there is none.
 *
 * @example
 * parseJsonText('{"n": 1e-400}'); // { issues: [{ code: 'number_out_of_range', path: ['n'], … }] }
 */
export function parseJsonText(text: string, options: { readonly maxDepth?: number } = {}): { value: unknown } | { issues: SaidbyIssue[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { issues: [issue('invalid_json', [], `not valid JSON: ${(error as Error).message}`)] };
  }
  const maxDepth = options.maxDepth ?? readLimits.maxDepth;
  const found = keptEverything(text, value, maxDepth) ? undefined : jsonTextIssue(text, maxDepth);
  return found === undefined ? { value } : { issues: [found] };
}

/**
 * Parses one line of JSON lines strictly (see `parseJsonText`); a line that is too large, not UTF-8, or that
 * the input ends in the middle of (`truncated_line`) is an issue with the line number.
 *
 * @example
 * parseJsonLine(line, { maxDepth: 100, maxRecordBytes: 1 << 26 }); // { value } or { issues }
 */
export function parseJsonLine(line: Line, limits: { readonly maxDepth?: number; readonly maxRecordBytes?: number } = {}): { value: unknown } | { issues: SaidbyIssue[] } {
  if (line.tooLarge) return { issues: [sizeIssue(line.number, line.bytes, limits.maxRecordBytes ?? readLimits.maxRecordBytes)] };
  if (line.invalidUtf8) return { issues: [encodingIssue(line)] };
  const parsed = parseJsonText(line.text, limits);
  if ('value' in parsed || line.terminated || parsed.issues[0]!.code !== 'invalid_json') return parsed;
  return {
    issues: [
      issue('truncated_line', [], `truncated: the input ends in the middle of this line (no final line break; ${parsed.issues[0]!.message})`),
    ],
  };
}
