/**
 * A set of ids in bounded memory per id: each id is kept as a 64-bit fingerprint (two independent 32-bit
 * hashes) with the line where it was first seen, about 20 bytes per id whatever the id length. Two distinct
 * ids share a fingerprint with probability about n²/2⁶⁵ (below 1e-7 for a million ids).
 *
 * @example
 * const ids = new IdSet();
 * ids.add('q1', 3); // undefined: new
 * ids.add('q1', 9); // 3: already seen at line 3
 */
export class IdSet {
  private slots: Uint32Array;
  private lines: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Uint32Array(size * 2);
    this.lines = new Uint32Array(size);
    this.mask = size - 1;
  }

  /** How many distinct ids the set holds. */
  get size(): number {
    return this.count;
  }

  /** Adds `id`; returns undefined when it is new, or the line given when it was first added. */
  add(id: string, line = 0): number | undefined {
    const [high, low] = fingerprint(id);
    const found = this.find(high, low);
    if (this.slots[found * 2] !== 0) return this.lines[found];
    this.slots[found * 2] = high;
    this.slots[found * 2 + 1] = low;
    this.lines[found] = line;
    if (++this.count * 10 > (this.mask + 1) * 6) this.grow();
    return undefined;
  }

  /** True when `id` was added. */
  has(id: string): boolean {
    const [high, low] = fingerprint(id);
    return this.slots[this.find(high, low) * 2] !== 0;
  }

  /** The line given when `id` was added (0 when none was given), or undefined when it was not. */
  lineOf(id: string): number | undefined {
    const [high, low] = fingerprint(id);
    const found = this.find(high, low);
    return this.slots[found * 2] === 0 ? undefined : this.lines[found];
  }

  private find(high: number, low: number): number {
    let index = low & this.mask;
    for (;;) {
      const slotHigh = this.slots[index * 2]!;
      if (slotHigh === 0 || (slotHigh === high && this.slots[index * 2 + 1] === low)) return index;
      index = (index + 1) & this.mask;
    }
  }

  private grow(): void {
    const { slots, lines } = this;
    const size = (this.mask + 1) * 2;
    this.slots = new Uint32Array(size * 2);
    this.lines = new Uint32Array(size);
    this.mask = size - 1;
    for (let index = 0; index < lines.length; index++) {
      const high = slots[index * 2]!;
      if (high === 0) continue;
      const low = slots[index * 2 + 1]!;
      const target = this.find(high, low);
      this.slots[target * 2] = high;
      this.slots[target * 2 + 1] = low;
      this.lines[target] = lines[index]!;
    }
  }
}

function fingerprint(id: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ id.length;
  for (let i = 0; i < id.length; i++) {
    const unit = id.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  b ^= b >>> 16;
  return [(a | 1) >>> 0, b >>> 0];
}
