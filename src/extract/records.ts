import { createHash } from 'node:crypto';
import { quoteContext, unannotated, unknownDate, unknownOrigin } from '../schema/defaults.js';
import type { Quote, Source, Speaker } from '../schema/records.js';
import { CodePointIndex, slugOf } from '../text/index.js';
import type { ExtractOptions, ExtractResult } from './index.js';
import type { Drafts } from './pipeline.js';
import type { Entity } from './speakers.js';
import { extractorVersion } from './version.js';
import { confidences } from './confidence.js';

const unknownEvidence = 'Not determined by the extractor.';

function hostOf(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function speakerRecords(entities: readonly Entity[]): Map<Entity, Speaker> {
  const records = new Map<Entity, Speaker>();
  const taken = new Set<string>();
  for (const entity of entities) {
    let id = slugOf(entity.name);
    for (let n = 2; taken.has(id); n++) id = `${slugOf(entity.name)}-${n}`;
    taken.add(id);
    records.set(entity, {
      id,
      name: entity.name,
      aliases: [...entity.printed].filter((printed) => printed !== entity.name),
      kind: entity.kind,
      role: entity.role,
      affiliation: null,
      country: null,
      wikidata: null,
      extensions: {},
    });
  }
  return records;
}

export function buildRecords(text: string, found: Drafts, options: ExtractOptions): ExtractResult {
  const index = new CodePointIndex(text);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const sourceId = options.sourceId ?? `article-${sha256.slice(0, 12)}`;
  const archivePath = options.archivePath === undefined ? `sources/${sourceId}.txt` : options.archivePath;
  const title = (options.title ?? found.title ?? '').trim();
  const titlePoints = Array.from(title);
  const source: Source = {
    id: sourceId,
    url: options.sourceUrl ?? null,
    title: title.length > 0 ? (titlePoints.length > 300 ? `${titlePoints.slice(0, 299).join('')}…` : title) : 'Untitled article',
    outlet: options.outlet ?? hostOf(options.sourceUrl) ?? 'Unknown outlet',
    language: options.language ?? 'en',
    published: unknownDate(unknownEvidence),
    archivePath,
    sha256: archivePath === null ? null : sha256,
    codePointLength: archivePath === null ? null : index.length,
    extensions: {},
  };
  const used = found.entities.filter((entity) => found.drafts.some((draft) => draft.entity === entity));
  const speakers = speakerRecords(used);
  const point = (unit: number) => index.toCodePoint(unit);
  const anchor = (range: readonly [number, number]) => {
    const start = point(range[0]);
    const end = point(range[1]);
    return { text: index.slice(start, end), span: { start, end } };
  };
  const width = Math.max(2, String(found.drafts.length).length);
  const quotes: Quote[] = found.drafts.map((draft, i) => {
    const { unit, entity } = draft;
    const start = point(unit.start);
    const end = point(unit.end);
    const confidence = Math.round(unit.confidence * (entity === null ? confidences.noSpeaker : 1) * 100) / 100;
    return {
      id: `${sourceId}-x${String(i + 1).padStart(width, '0')}`,
      sourceId,
      speakerId: entity === null ? null : speakers.get(entity)!.id,
      speakerMention: draft.mention === null ? null : anchor(draft.mention),
      kind: unit.kind,
      text: index.slice(start, end),
      span: { start, end },
      ...quoteContext(index, { start, end }),
      quotedSegments: unit.segments.map((segment) => anchor(segment)),
      cue: draft.cue === null ? null : anchor(draft.cue),
      date: unknownDate(unknownEvidence),
      origin: unknownOrigin(unknownEvidence),
      ...unannotated(),
      provenance: {
        method: 'extracted',
        agent: `saidby-extract ${extractorVersion}`,
        confidence,
        note: `Rule: ${unit.rule}. Speaker: ${draft.how}.`,
      },
      extensions: {},
    };
  });
  return { sources: [source], speakers: [...speakers.values()], quotes };
}
