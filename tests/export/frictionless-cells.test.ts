import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellProblem, type FieldDescriptor } from './read-back.js';

interface ObservedGroup {
  readonly fields: readonly string[];
  readonly descriptor: Omit<FieldDescriptor, 'name'>;
  readonly accepted: readonly string[];
  readonly rejected: ReadonlyArray<readonly [string, readonly string[]]>;
}

/** Cells as frictionless-py 5.19.0 itself judged them, recorded locally (its `source` says how): Python is not in CI. */
const observed = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'frictionless-5.19.0-cells.json'), 'utf8')) as {
  readonly missingValues: readonly string[];
  readonly groups: readonly ObservedGroup[];
};

/** Whether a cell is spelled as saidby writes a value of the field (JSON.stringify, String(number), YYYY-MM-DD) or is its empty cell. */
function writtenAsSaidbyWrites(descriptor: Omit<FieldDescriptor, 'name'>, cell: string): boolean {
  if ((descriptor.missingValues ?? observed.missingValues).includes(cell)) return true;
  if (descriptor.type === 'integer' || descriptor.type === 'number') return Number.isFinite(Number(cell)) && String(Number(cell)) === cell;
  if (descriptor.type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(cell);
  if (descriptor.type === 'array' || descriptor.type === 'object') {
    try {
      return JSON.stringify(JSON.parse(cell)) === cell;
    } catch {
      return false;
    }
  }
  return true;
}

const problemOf = (group: ObservedGroup, cell: string) => cellProblem({ name: group.fields[0]!, ...group.descriptor }, observed.missingValues, cell);

describe('the read-back cell check against frictionless-py 5.19.0', () => {
  it('has accepted cells for every field it was recorded on, and rejected ones of every type', () => {
    expect(observed.groups.length).toBeGreaterThanOrEqual(20);
    for (const group of observed.groups) expect(group.accepted.length, group.fields.join(', ')).toBeGreaterThan(0);
    for (const type of new Set(observed.groups.map((group) => group.descriptor.type))) {
      expect(observed.groups.filter((group) => group.descriptor.type === type).flatMap((group) => group.rejected).length, type).toBeGreaterThan(0);
    }
  });

  it.each(observed.groups.map((group) => [group.fields.join(', '), group] as const))('rejects every cell frictionless-py rejected: %s', (_, group) => {
    for (const [cell, errors] of group.rejected) expect(problemOf(group, cell), `${JSON.stringify(cell)} (frictionless-py: ${errors.join(', ')})`).toBeDefined();
  });

  it.each(observed.groups.map((group) => [group.fields.join(', '), group] as const))('accepts every cell frictionless-py accepted that is written as saidby writes: %s', (_, group) => {
    const written = group.accepted.filter((cell) => writtenAsSaidbyWrites(group.descriptor, cell));
    expect(written.length).toBeGreaterThan(0);
    for (const cell of written) expect(problemOf(group, cell), JSON.stringify(cell)).toBeUndefined();
  });
});
