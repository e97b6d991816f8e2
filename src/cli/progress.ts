import type { CommandIo } from './command.js';

const number = new Intl.NumberFormat('en');

export interface Progress {
  /** Shows the counts (asked for at most every 200 ms), on stderr, only when stderr is a terminal. */
  update(counts: () => { read: number; accepted: number; rejected: number }): void;
  /** Clears the progress line so that other output starts on a clean line. */
  clear(): void;
}

/**
 * A one-line progress indicator on stderr ("quotes.ndjson: 120,000 read · 119,998 accepted · 2 rejected ·
 * 85,000 records/s") that does nothing unless stderr is a TTY.
 *
 * @example
 * const progress = progressOn(io, 'quotes.ndjson');
 * progress.update(() => stream.summary()); progress.clear();
 */
export function progressOn(io: CommandIo, label: string): Progress {
  if (!io.stderr.isTTY) return { update() {}, clear() {} };
  const started = performance.now();
  let shown = -Infinity;
  let visible = false;
  return {
    update(counts) {
      const now = performance.now();
      if (now - shown < 200) return;
      shown = now;
      const { read, accepted, rejected } = counts();
      const rate = read / Math.max((now - started) / 1000, 0.001);
      io.stderr.write(
        `\r\x1b[K${label}: ${number.format(read)} read · ${number.format(accepted)} accepted · ${number.format(rejected)} rejected · ${number.format(Math.round(rate))} records/s`,
      );
      visible = true;
    },
    clear() {
      if (visible) io.stderr.write('\r\x1b[K');
      visible = false;
    },
  };
}
