export interface Range<T> {
  readonly start: number;
  readonly end: number;
  readonly rank: number;
  readonly data: T;
}

export type Token<T> =
  | { readonly type: 'text'; readonly start: number; readonly end: number }
  | { readonly type: 'open'; readonly range: Range<T>; readonly first: boolean }
  | { readonly type: 'close'; readonly range: Range<T> };

/**
 * Splits [0, length) at every range boundary and returns a properly nested stream of open/text/close tokens.
 * A range that contains another opens first; ranges that cross are closed and reopened, so a range may come in
 * several pieces (`first` is true for the opening of its first piece only). Offsets are whatever unit the
 * ranges use (code points in saidby); ranges outside [0, length] or empty are ignored.
 *
 * @example
 * layoutRanges(10, [{ start: 0, end: 6, rank: 0, data: 'a' }, { start: 4, end: 10, rank: 0, data: 'b' }]);
 * // open a, text 0..4, open b, text 4..6, close b, close a, open b (first: false), text 6..10, close b
 */
export function layoutRanges<T>(length: number, ranges: ReadonlyArray<Range<T>>): Token<T>[] {
  const order = new Map<Range<T>, number>();
  const valid = ranges.filter((range) => range.start >= 0 && range.end <= length && range.start < range.end);
  valid.forEach((range, index) => order.set(range, index));
  const compare = (a: Range<T>, b: Range<T>) =>
    a.start - b.start || b.end - a.end || a.rank - b.rank || order.get(a)! - order.get(b)!;
  const boundaries = [...new Set([0, length, ...valid.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b);
  const startingAt = new Map<number, Range<T>[]>();
  for (const range of valid) startingAt.set(range.start, [...(startingAt.get(range.start) ?? []), range]);

  const tokens: Token<T>[] = [];
  const opened = new Set<Range<T>>();
  let active: Range<T>[] = [];
  let stack: Range<T>[] = [];
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const start = boundaries[index]!;
    const end = boundaries[index + 1]!;
    active = [...active.filter((range) => range.end > start), ...(startingAt.get(start) ?? [])].sort(compare);
    let shared = 0;
    while (shared < stack.length && shared < active.length && stack[shared] === active[shared]) shared++;
    for (let depth = stack.length - 1; depth >= shared; depth--) tokens.push({ type: 'close', range: stack[depth]! });
    for (const range of active.slice(shared)) {
      tokens.push({ type: 'open', range, first: !opened.has(range) });
      opened.add(range);
    }
    stack = active;
    tokens.push({ type: 'text', start, end });
  }
  for (let depth = stack.length - 1; depth >= 0; depth--) tokens.push({ type: 'close', range: stack[depth]! });
  return tokens;
}
