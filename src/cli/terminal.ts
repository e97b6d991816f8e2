const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

function shown(character: string): string {
  const code = character.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
}

/**
 * Text for a person's terminal: control characters (ESC sequences, BEL, CR, backspace, C1 controls such as
 * the 8-bit CSI) and bidirectional overrides are written visibly as `\x1B`, `\u{202E}`, …, so input cannot
 * move the cursor, recolour, retitle or reorder what is printed. Line feeds are kept. Data written in machine
 * formats (CSV, NDJSON, JSON) does not go through this: it stays exact.
 */
export function visible(text: string): string {
  return text.replace(unsafe, shown);
}
