import { describe, expect, it } from 'vitest';
import { assertVerified, verifyDataset } from '../../src/schema/index.js';
import { SaidbyError } from '../../src/error/index.js';
import type { Dataset } from '../../src/schema/records.js';
import { cloneDataset, readBundledArchive } from './helpers.js';

const options = { readArchive: readBundledArchive };

function issuesAfter(corrupt: (data: Dataset) => void) {
  const data = cloneDataset();
  corrupt(data);
  const report = verifyDataset(data, options);
  expect(report.ok).toBe(false);
  return report.issues;
}

const byId = (data: Dataset, id: string) => data.quotes.find((quote) => quote.id === id)!;

describe('verifyDataset', () => {
  it('passes on the bundled dataset and checks the archive', () => {
    const report = verifyDataset(cloneDataset(), options);
    expect(report.issues).toEqual([]);
    expect(report.counts).toEqual({ sources: 1, speakers: 3, quotes: 17, archives: 1 });
  });

  it('fails on a span shifted by one code point, naming table, record and field', () => {
    const issues = issuesAfter((data) => {
      const quote = byId(data, 'azatutyun-30929229-q03');
      quote.span = { start: quote.span!.start + 1, end: quote.span!.end + 1 };
    });
    expect(issues.map((issue) => [issue.record, issue.path.at(-1), issue.code])).toContainEqual([
      'azatutyun-30929229-q03',
      'text',
      'text_mismatch',
    ]);
    expect(issues[0]?.message).toMatch(/^quotes azatutyun-30929229-q03 /);
  });

  it('fails on a wrong hash', () => {
    const issues = issuesAfter((data) => {
      data.sources[0]!.sha256 = '0'.repeat(64);
    });
    expect(issues).toEqual([expect.objectContaining({ code: 'hash_mismatch', record: 'azatutyun-30929229', path: ['sources', 0, 'sha256'] })]);
  });

  it('fails on an archive that differs from the recorded one', () => {
    const report = verifyDataset(cloneDataset(), { readArchive: (source) => `${String(readBundledArchive(source))} ` });
    expect(report.issues.map((issue) => issue.code)).toEqual(['hash_mismatch']);
  });

  it('fails on a missing archive file', () => {
    const report = verifyDataset(cloneDataset(), { readArchive: () => undefined });
    expect(report.issues.map((issue) => issue.code)).toEqual(['archive_missing']);
  });

  it('fails on a wrong code point length', () => {
    const issues = issuesAfter((data) => {
      data.sources[0]!.codePointLength! += 1;
    });
    expect(issues.map((issue) => issue.code)).toEqual(['length_mismatch']);
  });

  it('fails on a dangling speakerId and sourceId', () => {
    const issues = issuesAfter((data) => {
      data.quotes[0]!.speakerId = 'sergey-lavroff';
      data.quotes[1]!.sourceId = 'nowhere';
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unknown_reference', path: ['quotes', 0, 'speakerId'] }),
        expect.objectContaining({ code: 'unknown_reference', path: ['quotes', 1, 'sourceId'] }),
      ]),
    );
  });

  it('fails on duplicate ids', () => {
    const issues = issuesAfter((data) => {
      data.quotes[2]!.id = data.quotes[1]!.id;
    });
    expect(issues).toEqual([expect.objectContaining({ code: 'duplicate_id', path: ['quotes', 2, 'id'] })]);
  });

  it('fails on a wrong prefix or suffix', () => {
    const issues = issuesAfter((data) => {
      data.quotes[0]!.prefix = 'x';
      data.quotes[0]!.suffix = data.quotes[0]!.suffix.slice(1);
    });
    expect(issues.map((issue) => issue.code)).toEqual(['prefix_mismatch', 'suffix_mismatch']);
  });

  it('fails on a cue or speaker mention that is not at its span', () => {
    const issues = issuesAfter((data) => {
      data.quotes[0]!.cue = { text: 'said', span: data.quotes[0]!.cue!.span };
      data.quotes[1]!.speakerMention = { text: 'Putin', span: data.quotes[1]!.speakerMention!.span };
    });
    expect(issues.map((issue) => issue.path.slice(2).join('.'))).toEqual(['cue.text', 'speakerMention.text']);
  });

  it('fails on a direct quote that is not bounded by quotation marks', () => {
    const issues = issuesAfter((data) => {
      const quote = byId(data, 'azatutyun-30929229-q02');
      quote.kind = 'direct';
    });
    expect(issues.map((issue) => [issue.code, issue.path.slice(2).join('.')])).toEqual([
      ['not_quoted', 'span.start'],
      ['not_quoted', 'span.end'],
    ]);
  });

  it('fails on a quoted segment that is not inside quotation marks', () => {
    const issues = issuesAfter((data) => {
      const quote = byId(data, 'azatutyun-30929229-q04');
      const text = 'although';
      quote.quotedSegments = [{ text, span: { start: quote.span!.start, end: quote.span!.start + text.length } }];
    });
    expect(issues.map((issue) => issue.code)).toEqual(['not_quoted']);
  });

  it('fails on a span past the end of the archive', () => {
    const issues = issuesAfter((data) => {
      const quote = data.quotes[16]!;
      quote.span = { start: 5000, end: 5010 };
    });
    expect(issues.map((issue) => issue.code)).toContain('span_out_of_range');
  });

  it('reports schema problems instead of throwing, and assertVerified throws them', () => {
    const data = cloneDataset() as unknown as { speakers: Array<Record<string, unknown>> };
    data.speakers[0]!.kind = 'robot';
    const report = verifyDataset(data, options);
    expect(report.issues[0]).toMatchObject({ path: ['speakers', 0, 'kind'], record: 'sergei-lavrov' });
    expect(() => assertVerified(data, options)).toThrow(SaidbyError);
  });
});
