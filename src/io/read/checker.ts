import type { SaidbyIssue } from '../../error/index.js';
import type { Quote, Source, Speaker } from '../../schema/records.js';
import { checkRecord } from '../../schema/verify.js';
import { tableNames, type TableName } from '../../schema/vocabulary.js';
import { IdSet } from './idset.js';

/** The record type of a table. */
export type RecordOf<T extends TableName> = T extends 'sources' ? Source : T extends 'speakers' ? Speaker : Quote;

/** A record together with the table it belongs to, as importers yield them. */
export type TableRecord = { [T in TableName]: { readonly table: T; readonly record: RecordOf<T> } }[TableName];

/** One input record (a line, a CSV row) that was rejected, with every problem found in it. */
export interface Rejection {
  /** 1-based line where the input record starts. */
  readonly line: number;
  /** Line where it ends (a CSV row with line breaks in quoted cells spans several). */
  readonly endLine: number;
  /** 1-based number of the input record, blank lines not counted. */
  readonly record: number;
  readonly table?: TableName;
  /** The record id, when the input got as far as having one. */
  readonly id?: string;
  readonly issues: ReadonlyArray<SaidbyIssue>;
}

/** Ids of the other tables, for checking a quote's `sourceId` and `speakerId` while streaming. */
export interface KnownIds {
  readonly sources?: Iterable<string>;
  readonly speakers?: Iterable<string>;
}

export interface ReadOptions {
  /** Stop at the first rejected record: iteration throws a SaidbyError with its issues. Default false: report and continue. */
  readonly stopOnError?: boolean;
  /** Called for every rejected record, in input order. */
  readonly onRejected?: (rejection: Rejection) => void;
  /** Ids of the other tables: quotes naming an id outside them (and outside the stream) are rejected. */
  readonly references?: KnownIds;
  /** How many rejections `rejections` keeps in memory (all are counted and passed to onRejected). Default 1000. */
  readonly keepRejections?: number;
  /** A further check of each valid record (e.g. that it can be written to CSV); issues returned reject it. */
  readonly check?: (table: TableName, record: Source | Speaker | Quote) => ReadonlyArray<SaidbyIssue>;
  /** Longest line or record read, in bytes; a longer one is rejected with its line (`record_too_large`). Default 64 MiB. */
  readonly maxRecordBytes?: number;
  /** Deepest nesting of arrays and objects in a JSON record or cell; deeper is rejected (`too_deep`), without recursion. Default 100. */
  readonly maxDepth?: number;
  /** Bytes read from a file at a time; default 64 KiB (small values are for tests aimed at chunk boundaries). */
  readonly chunkSize?: number;
}

/** How many input records were read, accepted and rejected so far. */
export interface ReadCounts {
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
}

/** What a read did. read = accepted + rejected always holds. */
export interface ReadSummary {
  /** Input records read (non-blank lines, CSV rows without the header). */
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Blank lines skipped; they hold no record. */
  readonly blankLines: number;
  /** Records yielded per table (an importer yields several records per input line). */
  readonly records: Readonly<Record<TableName, number>>;
  /** Whether quote `sourceId` / `speakerId` were checked against known ids. */
  readonly referencesChecked: { readonly sourceId: boolean; readonly speakerId: boolean };
  readonly stopped: boolean;
  /** True when nothing was rejected and the input was read to its end. */
  readonly ok: boolean;
  /** The summary in one line for people. */
  readonly text: string;
}

/** One record of one table, before validation, with where it came from. */
export interface PendingRecord {
  readonly table: TableName;
  readonly value: unknown;
}

/** Where an input record stands in the input. */
export interface Position {
  readonly line: number;
  readonly endLine?: number;
  readonly record: number;
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

function withIds(iterable: Iterable<string> | undefined): IdSet | undefined {
  if (iterable === undefined) return undefined;
  const ids = new IdSet();
  for (const id of iterable) ids.add(id);
  return ids;
}

const number = new Intl.NumberFormat('en');

/**
 * Validates input records one at a time in bounded memory: every record against its table schema, ids unique
 * per table (kept as fingerprints), and quote references against the ids seen so far in the stream plus the
 * known ids given. Counts every input record as accepted or rejected; readers and importers drive it.
 *
 * @example
 * const checker = new RecordChecker({ references: { speakers: ['sergei-lavrov'] } });
 * checker.check({ line: 1, record: 1 }, [{ table: 'speakers', value: speaker }]);
 */
export class RecordChecker {
  read = 0;
  accepted = 0;
  rejected = 0;
  blankLines = 0;
  stopped = false;
  readonly records: Record<TableName, number> = { sources: 0, speakers: 0, quotes: 0 };
  readonly rejections: Rejection[] = [];
  private readonly options: ReadOptions;
  private readonly seen: Record<TableName, IdSet> = { sources: new IdSet(), speakers: new IdSet(), quotes: new IdSet() };
  private readonly known: { sources?: IdSet; speakers?: IdSet };

  constructor(options: ReadOptions = {}) {
    this.options = options;
    this.known = { sources: withIds(options.references?.sources), speakers: withIds(options.references?.speakers) };
  }

  /** Counts a blank line. */
  blank(): void {
    this.blankLines++;
  }

  /**
   * Checks the records made from one input record. Returns them validated when all pass (their ids are then
   * remembered), or undefined when the input record is rejected (`issues` given, or any record fails).
   */
  check(position: Position, pending: ReadonlyArray<PendingRecord>, issues: ReadonlyArray<SaidbyIssue> = []): PendingRecord[] | undefined {
    this.read++;
    const found: SaidbyIssue[] = issues.map((issue) => ({ ...issue, line: position.line }));
    const valid: PendingRecord[] = [];
    const pendingIds = new Map<TableName, Set<string>>();
    if (found.length === 0) {
      for (const { table, value } of pending) {
        const checked = checkRecord(table, value);
        if ('issues' in checked) {
          for (const issue of checked.issues) found.push({ ...issue, path: [table, ...issue.path], line: position.line });
          continue;
        }
        const record = checked.record as Source | Speaker | Quote;
        for (const issue of this.options.check?.(table, record) ?? []) {
          found.push({ ...issue, path: [table, ...issue.path], record: record.id, line: position.line });
        }
        this.checkId(table, record.id, position, pendingIds, found);
        if (table === 'quotes') this.checkReferences(record as Quote, position, pendingIds, found);
        valid.push({ table, value: record });
      }
    }
    if (found.length > 0) {
      const main = pending[pending.length - 1];
      const id = idOf(main?.value);
      this.reject({
        line: position.line,
        endLine: position.endLine ?? position.line,
        record: position.record,
        ...(main ? { table: main.table } : {}),
        ...(id === undefined ? {} : { id }),
        issues: found,
      });
      return undefined;
    }
    for (const { table, value } of valid) {
      this.seen[table].add((value as { id: string }).id, position.line);
      this.records[table]++;
    }
    this.accepted++;
    return valid;
  }

  /** The counts so far, cheaply (for progress). */
  counts(): ReadCounts {
    return { read: this.read, accepted: this.accepted, rejected: this.rejected };
  }

  /** The summary so far. */
  summary(): ReadSummary {
    const checked = (table: 'sources' | 'speakers') => this.known[table] !== undefined || this.records[table] > 0;
    const referencesChecked = { sourceId: checked('sources'), speakerId: checked('speakers') };
    const tables = tableNames.filter((table) => this.records[table] > 0).map((table) => `${number.format(this.records[table])} ${table}`);
    const unchecked = [
      ...(referencesChecked.sourceId || this.records.quotes === 0 ? [] : ['sourceId']),
      ...(referencesChecked.speakerId || this.records.quotes === 0 ? [] : ['speakerId']),
    ];
    const text = [
      `read ${number.format(this.read)} = ${number.format(this.accepted)} accepted + ${number.format(this.rejected)} rejected`,
      tables.length > 0 ? ` (${tables.join(', ')})` : '',
      this.blankLines > 0 ? `; ${number.format(this.blankLines)} blank line(s) skipped` : '',
      unchecked.length > 0 ? `; ${unchecked.join(' and ')} not checked (no other tables given)` : '',
      this.stopped ? '; stopped at the first rejected record' : '',
    ].join('');
    return {
      read: this.read,
      accepted: this.accepted,
      rejected: this.rejected,
      blankLines: this.blankLines,
      records: { ...this.records },
      referencesChecked,
      stopped: this.stopped,
      ok: this.rejected === 0 && !this.stopped,
      text,
    };
  }

  private checkId(table: TableName, id: string, position: Position, pendingIds: Map<TableName, Set<string>>, found: SaidbyIssue[]): void {
    const ids = pendingIds.get(table);
    const firstLine = this.seen[table].lineOf(id) ?? (ids?.has(id) ? position.line : undefined);
    if (firstLine !== undefined) {
      found.push({
        code: 'duplicate_id',
        path: [table, 'id'],
        record: id,
        line: position.line,
        message: `${table} ${id}: id already used${firstLine > 0 ? ` at line ${firstLine}` : ''}`,
      });
    }
    if (ids === undefined) pendingIds.set(table, new Set([id]));
    else ids.add(id);
  }

  private checkReferences(quote: Quote, position: Position, pendingIds: Map<TableName, Set<string>>, found: SaidbyIssue[]): void {
    const refer = (field: 'sourceId' | 'speakerId', table: 'sources' | 'speakers', id: string | null) => {
      if (id === null) return;
      const known = this.known[table];
      if (known === undefined && this.records[table] === 0 && !pendingIds.get(table)?.size) return;
      if (this.seen[table].has(id) || known?.has(id) || pendingIds.get(table)?.has(id)) return;
      found.push({
        code: 'unknown_reference',
        path: ['quotes', field],
        record: quote.id,
        line: position.line,
        message: `quotes ${quote.id} ${field}: no ${table === 'sources' ? 'source' : 'speaker'} "${id}"`,
      });
    };
    refer('sourceId', 'sources', quote.sourceId);
    refer('speakerId', 'speakers', quote.speakerId);
  }

  private reject(rejection: Rejection): void {
    this.rejected++;
    if (this.rejections.length < (this.options.keepRejections ?? 1000)) this.rejections.push(rejection);
    this.options.onRejected?.(rejection);
    if (this.options.stopOnError) this.stopped = true;
  }
}

/**
 * Which table a record (or a CSV header) belongs to, from its keys; undefined when it cannot tell.
 *
 * @example
 * tableOfKeys(['id', 'sourceId', 'text']); // 'quotes'
 */
export function tableOfKeys(keys: Iterable<string>): TableName | undefined {
  const set = new Set(keys);
  if (set.has('sourceId')) return 'quotes';
  if (set.has('aliases')) return 'speakers';
  if (set.has('outlet') && set.has('title')) return 'sources';
  return undefined;
}
