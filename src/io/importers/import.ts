import { createHash } from 'node:crypto';
import type { SaidbyIssue } from '../../error/index.js';
import { unknownDate } from '../../schema/defaults.js';
import { slugOf } from '../../text/index.js';
import type { Source, Speaker } from '../../schema/records.js';
import { isBlank } from '../formats/index.js';
import { encodingIssue, readLines, sizeIssue, type Input, type Line } from '../lines/index.js';
import { readRecords, type Decoded, type DecodeLimits, type Decoder, type PendingRecord, type ReadOptions, type RecordStream, type TableRecord } from '../read/index.js';

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

export { unknownDate, unknownOrigin } from '../../schema/defaults.js';

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
 * Runs an importer over the lines of an input through the reading driver: each non-blank line is mapped to
 * records, which are validated together (all or none of a line's records are accepted); speakers and sources
 * are marked as emitted only when their line is accepted, before the next line is mapped.
 *
 * @example
 * importLines(input, options, (line, state) => ({ records: [...] }));
 */
export function importLines(input: Input, options: ReadOptions, mapLine: (line: Line, state: ImportState, limits: DecodeLimits) => LineMapping): RecordStream<TableRecord> {
  const state: ImportState = { speakers: new SlugRegistry(), sources: new Set() };
  const decode: Decoder = async function* (source, limits) {
    let record = 0;
    for await (const lines of readLines(source, { chunkSize: limits.chunkSize, maxLineBytes: limits.maxRecordBytes })) {
      yield (function* (): Generator<Decoded> {
        for (const line of lines) {
          if (!line.tooLarge && isBlank(line.text)) {
            yield { blank: true };
            continue;
          }
          const position = { line: line.number, record: ++record };
          const mapped: LineMapping = line.tooLarge
            ? { issues: [sizeIssue(line.number, line.bytes, limits.maxRecordBytes)] }
            : line.invalidUtf8
              ? { issues: [encodingIssue(line)] }
              : mapLine(line, state, limits);
          yield 'issues' in mapped ? { position, issues: mapped.issues } : { position, records: mapped.records };
        }
      })();
    }
  };
  return readRecords(input, decode, options, (accepted) =>
    accepted.map(({ table, value }) => {
      if (table === 'speakers') state.speakers.commit((value as Speaker).name, (value as Speaker).id);
      if (table === 'sources') state.sources.add((value as Source).id);
      return { table, record: value } as TableRecord;
    }),
  );
}
