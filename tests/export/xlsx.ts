import { inflateRawSync } from 'node:zlib';

/** One cell of a worksheet as the spreadsheet stored it: its formula if it has one, its type, its text. */
export interface SheetCell {
  readonly formula: string | undefined;
  readonly type: 'string' | 'number' | 'boolean' | 'error' | 'formulaString' | 'empty';
  readonly text: string;
}

/** The files of a .zip archive (stored or deflated entries), read from its central directory. */
export function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip central directory entry ${index} is damaged`);
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const raw = archive.subarray(data, data + size);
    if (method !== 0 && method !== 8) throw new Error(`zip entry ${name}: compression method ${method}`);
    files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + skip;
  }
  return files;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    const known = entities[name];
    if (known === undefined) throw new Error(`unknown XML entity ${whole}`);
    return known;
  });
}

/** Text of an OOXML string item: its <t> runs joined, `_xHHHH_` escapes (ECMA-376 ST_Xstring) decoded. */
function ooxmlString(item: string): string {
  const runs = [...item.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((run) => xmlText(run[1] ?? ''));
  return runs.join('').replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function columnIndex(reference: string): number {
  let index = 0;
  for (const letter of reference.match(/^[A-Z]+/)![0]) index = index * 26 + letter.charCodeAt(0) - 64;
  return index - 1;
}

const cellTypes = { s: 'string', inlineStr: 'string', n: 'number', b: 'boolean', e: 'error', str: 'formulaString' } as const;

/**
 * Rows of the first worksheet of an .xlsx file, each cell with its formula (`<f>`), type and text: the
 * shared or inline string, or the stored value of a number, boolean, error or formula.
 */
export function xlsxRows(file: Buffer): SheetCell[][] {
  const parts = unzip(file);
  const sheet = parts.get('xl/worksheets/sheet1.xml')?.toString('utf8');
  if (sheet === undefined) throw new Error('the .xlsx has no xl/worksheets/sheet1.xml');
  const shared = [...(parts.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((item) => ooxmlString(item[1]!));
  const rows: SheetCell[][] = [];
  for (const row of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(/\br="(\d+)"/.exec(row[1]!)![1]);
    const cells: SheetCell[] = [];
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1]!;
      const body = cell[2] ?? '';
      const kind = (/\bt="(\w+)"/.exec(attributes)?.[1] ?? 'n') as keyof typeof cellTypes;
      const formula = /<f(?:\s[^>]*)?>([^<]*)<\/f>|<f(?:\s[^>]*)?\/>/.exec(body);
      const value = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      const text = kind === 's' ? shared[Number(value)]! : kind === 'inlineStr' ? ooxmlString(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '') : xmlText(value ?? '');
      const type = value === undefined && kind !== 'inlineStr' && !formula ? 'empty' : cellTypes[kind];
      if (type === undefined) throw new Error(`cell type ${kind} unknown`);
      const column = columnIndex(/\br="([A-Z]+\d+)"/.exec(attributes)![1]!);
      while (cells.length < column) cells.push({ formula: undefined, type: 'empty', text: '' });
      cells.push({ formula: formula ? xmlText(formula[1] ?? '') : undefined, type, text });
    }
    while (rows.length < number - 1) rows.push([]);
    rows.push(cells);
  }
  return rows;
}
