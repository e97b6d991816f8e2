import { createHash } from 'node:crypto';
import type { SaidbyIssue } from '../error/index.js';
import { unknownDate } from '../schema/defaults.js';
import { slugOf } from '../text/index.js';
import type { Source, Speaker } from '../schema/records.js';
import { encodingIssue, readLines, type Input, type Line } from './input.js';
import { isBlank } from './ndjson.js';
import { RecordStream, type PendingRecord, type ReadOptions, type TableRecord } from './reader.js';

/** What an importer makes of one input line: the records it maps to, or why it cannot be mapped. */
export type LineMapping = { readonly records: PendingRecord[] } | { readonly issues: SaidbyIssue[] };

/**
 * Gives each distinct name one stable slug id; two names that fold to the same slug ("José", "Jose") get
 * distinct ids, the later one suffixed with a hash, so different spellings are never merged by accident.
 * Ids are remembered only once `commit` is called (after the line that introduced them was accepted).
 *
 * @example
 * const ids = new SlugRegistry(); ids.idOf('José'); // 'jose'
 */
export class SlugRegistry {
  private readonly names = new Map<string, string>();
  private readonly ids = new Map<string, string>();

  /** The id for `name`, and whether it is new (its record not yet emitted). */
  idOf(name: string): { id: string; isNew: boolean } {
    const known = this.ids.get(name);
    if (known !== undefined) return { id: known, isNew: false };
    const slug = slugOf(name);
    const holder = this.names.get(slug);
    const id = holder === undefined || holder === name ? slug : `${slug}-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
    return { id, isNew: true };
  }

  /** Remembers that `name` has the id `id`. */
  commit(name: string, id: string): void {
    this.ids.set(name, id);
    if (!this.names.has(id)) this.names.set(id, name);
  }
}

export { unknownDate, unknownOrigin } from '../schema/defaults.js';

/** A source that stands for a whole imported dataset (no single article, no archived text). */
export function datasetSource(fields: Pick<Source, 'id' | 'title' | 'outlet' | 'extensions'> & { evidence: string }): Source {
  return {
    id: fields.id,
    url: null,
    title: fields.title,
    outlet: fields.outlet,
    language: 'en',
    published: unknownDate(fields.evidence),
    archivePath: null,
    sha256: null,
    codePointLength: null,
    extensions: fields.extensions,
  };
}

/** A speaker known only by name from an imported dataset. */
export function namedSpeaker(id: string, name: string, fields: Partial<Pick<Speaker, 'role'>> & Pick<Speaker, 'extensions'>): Speaker {
  return { id, name, aliases: [], kind: 'person', role: fields.role ?? null, affiliation: null, country: null, wikidata: null, extensions: fields.extensions };
}

/** Keeps track of which dataset sources and speakers were already emitted, so each is emitted once. */
export interface ImportState {
  readonly speakers: SlugRegistry;
  readonly sources: Set<string>;
}

/**
 * Runs an importer over the lines of an input: each non-blank line is mapped to records, which are validated
 * together (all or none of a line's records are accepted); speakers and sources are marked as emitted only
 * when their line is accepted.
 *
 * @example
 * importLines(input, options, (line, state) => ({ records: [...] }));
 */
export function importLines(
  input: Input,
  options: ReadOptions,
  mapLine: (line: Line, state: ImportState) => LineMapping,
): RecordStream<TableRecord> {
  return new RecordStream(async function* (checker) {
    const state: ImportState = { speakers: new SlugRegistry(), sources: new Set() };
    let record = 0;
    for await (const lines of readLines(input)) {
      const batch: TableRecord[] = [];
      for (const line of lines) {
        if (isBlank(line.text)) {
          checker.blank();
          continue;
        }
        const position = { line: line.number, record: ++record };
        const mapped = line.invalidUtf8 ? { issues: [encodingIssue(line)] } : mapLine(line, state);
        const accepted = 'issues' in mapped ? checker.check(position, [], mapped.issues) : checker.check(position, mapped.records);
        for (const { table, value } of accepted ?? []) {
          if (table === 'speakers') state.speakers.commit((value as Speaker).name, (value as Speaker).id);
          if (table === 'sources') state.sources.add((value as Source).id);
          batch.push({ table, record: value } as TableRecord);
        }
        if (checker.stopped) break;
      }
      yield batch;
      if (checker.stopped) return;
    }
  }, options);
}
