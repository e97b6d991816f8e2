import * as z from 'zod';
import {
  calendarDatePattern,
  checkworthinessLevels,
  claimTypes,
  dateCertainties,
  datePrecisions,
  entityKinds,
  originCertainties,
  originMedia,
  provenanceMethods,
  quoteKinds,
  speakerKinds,
  type TableName,
} from './vocabulary.js';

/**
 * Which table a field holds the id of (the data package's foreign keys), kept beside the schema in a registry
 * of its own so it does not enter the JSON Schema.
 */
export const references = z.registry<{ readonly table: TableName }>();

const nullValue = { type: 'null' } as const;
const isNull = (...keys: string[]) => ({ properties: Object.fromEntries(keys.map((key) => [key, nullValue])) });
const isText = (...keys: string[]) => ({ properties: Object.fromEntries(keys.map((key) => [key, { type: 'string' }])) });
const valueShape = (digits: string) => ({ properties: { value: { type: 'string', pattern: `^[0-9]{4}${digits}$` } } });

/** The rules of the date refinement that JSON Schema can state (all but the order of earliest and latest). */
const dateRulesJsonSchema = [
  { if: isNull('value'), then: isNull('precision') },
  { if: valueShape(''), then: { properties: { precision: { const: 'year' } } } },
  { if: valueShape('-[0-9]{2}'), then: { properties: { precision: { const: 'month' } } } },
  { if: valueShape('-[0-9]{2}-[0-9]{2}'), then: { properties: { precision: { const: 'day' } } } },
  {
    if: { properties: { certainty: { const: 'range' } } },
    then: { ...isNull('value'), anyOf: [isText('earliest'), isText('latest')] },
    else: isNull('earliest', 'latest'),
  },
  { if: { properties: { certainty: { const: 'unknown' } } }, then: isNull('value') },
  { if: { properties: { certainty: { enum: dateCertainties.filter((certainty) => certainty !== 'range' && certainty !== 'unknown') } } }, then: isText('value') },
];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lowercase slug such as "sergei-lavrov"');
const nonEmpty = z.string().min(1);
const isoDate = z.iso.date();
export const PartialDateSchema = z.string().regex(calendarDatePattern, 'Expected a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD');
const webAddress = z
  .url({ protocol: /^https?$/, error: 'Expected an http or https address' })
  .regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s]+$/, 'Expected an http or https address')
  .meta({ format: 'uri' });

export const SpanSchema = z
  .strictObject({
    start: z.int().nonnegative().meta({ description: 'First code point of the span (inclusive).' }),
    end: z.int().nonnegative().meta({ description: 'Code point after the span (exclusive).' }),
  })
  .refine((span) => span.end > span.start, { message: 'A span must end after it starts', path: ['end'] })
  .meta({
    description:
      'W3C Web Annotation TextPositionSelector: Unicode code point offsets into the archived text, start inclusive, end exclusive.',
  });

export const AnchorSchema = z
  .strictObject({
    text: nonEmpty.meta({ description: 'The words exactly as printed.' }),
    span: SpanSchema.nullable().meta({
      description: 'Where the words stand in the archived text; null when the source has no archived text.',
    }),
  })
  .meta({ description: 'Words as printed in the reporting article, with their position.' });

export const QuotedSegmentSchema = z
  .strictObject({
    text: nonEmpty.meta({ description: 'The words inside the quotation marks.' }),
    span: SpanSchema,
  })
  .meta({ description: 'A fragment of a mixed quote that stands inside quotation marks (marks excluded).' });

export const DateEstimateSchema = z
  .strictObject({
    value: PartialDateSchema.nullable().meta({
      description: 'The date as YYYY, YYYY-MM or YYYY-MM-DD; null for a range or an unknown date.',
    }),
    precision: z.enum(datePrecisions).nullable().meta({
      description: 'How much of the date is known: year, month or day; null when value is null.',
    }),
    certainty: z.enum(dateCertainties).meta({
      description:
        'exact: stated in the text; inferred: worked out from the text (see evidence); range: only bounds are known; unknown: the text gives nothing.',
    }),
    earliest: isoDate.nullable().meta({ description: 'For a range: the first possible day; null when open.' }),
    latest: isoDate.nullable().meta({ description: 'For a range: the last possible day; null when open.' }),
    evidence: nonEmpty.meta({ description: 'Why this date, or why it is unknown, in words a reviewer can check.' }),
  })
  .superRefine((date, context) => {
    const flag = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (date.value === null) {
      if (date.precision !== null) flag('precision', 'precision must be null when value is null');
    } else {
      const expected = datePrecisions[date.value.split('-').length - 1];
      if (date.precision !== expected) flag('precision', `value "${date.value}" has precision "${expected}"`);
    }
    if (date.certainty === 'range') {
      if (date.value !== null) flag('value', 'a range keeps its bounds in earliest/latest; value must be null');
      if (date.earliest === null && date.latest === null) flag('earliest', 'a range needs earliest or latest');
      if (date.earliest !== null && date.latest !== null && date.earliest > date.latest) {
        flag('latest', `latest ${date.latest} is before earliest ${date.earliest}`);
      }
    } else {
      if (date.earliest !== null) flag('earliest', `earliest is only for certainty "range"`);
      if (date.latest !== null) flag('latest', `latest is only for certainty "range"`);
      if (date.certainty === 'unknown' && date.value !== null) flag('value', 'an unknown date has no value');
      if (date.certainty !== 'unknown' && date.value === null) flag('value', `certainty "${date.certainty}" needs a value`);
    }
  })
  .meta({ description: 'A possibly partial or uncertain date, with the evidence for it.', allOf: dateRulesJsonSchema });

export const OriginSchema = z
  .strictObject({
    outlet: nonEmpty.nullable().meta({
      description: 'Where the words first appeared (e.g. "Kommersant"); null when the article does not say.',
    }),
    medium: z.enum(originMedia).nullable().meta({
      description: 'The form they first appeared in (interview, statement, phone-call readout, ...); null when unknown.',
    }),
    certainty: z.enum(originCertainties).meta({
      description: 'stated: the article names it; inferred: follows from the article (see evidence); unknown.',
    }),
    evidence: nonEmpty.meta({ description: 'Why this origin, or why it is unknown.' }),
  })
  .refine((origin) => (origin.certainty === 'unknown') === (origin.outlet === null && origin.medium === null), {
    message: 'certainty is "unknown" exactly when both outlet and medium are null',
    path: ['certainty'],
  })
  .meta({
    description: 'Where the words were first said or published, as far as the reporting article tells.',
    allOf: [{ if: { properties: { certainty: { const: 'unknown' } } }, then: isNull('outlet', 'medium'), else: { anyOf: [isText('outlet'), isText('medium')] } }],
  });

export const MentionSchema = z
  .strictObject({
    name: nonEmpty.meta({ description: 'Canonical name of the entity.' }),
    kind: z.enum(entityKinds).meta({ description: 'person, organization, place or other.' }),
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/)
      .nullable()
      .meta({ description: 'Verified Wikidata QID, or null when none has been verified.' }),
  })
  .meta({ description: 'An entity the quote mentions.' });

export const RatingSchema = z
  .strictObject({
    alternateName: nonEmpty.meta({ description: 'The verdict in words, e.g. "False" (schema.org Rating alternateName).' }),
    ratingValue: z.number().nullable().meta({ description: 'The verdict on the reviewer scale (schema.org ratingValue).' }),
    bestRating: z.number().nullable().meta({ description: 'The best value of the scale (schema.org bestRating).' }),
    worstRating: z.number().nullable().meta({ description: 'The worst value of the scale (schema.org worstRating).' }),
  })
  .meta({ description: 'A fact-check verdict (schema.org Rating).' });

export const ReviewSchema = z
  .strictObject({
    reviewer: nonEmpty.meta({ description: 'Organisation that fact-checked the claim (ClaimReview author).' }),
    url: webAddress.nullable().meta({ description: 'Address of the published fact-check (ClaimReview url): http or https.' }),
    date: isoDate.nullable().meta({ description: 'When the fact-check was published (ClaimReview datePublished).' }),
    rating: RatingSchema,
  })
  .meta({ description: 'A published fact-check of the quote (schema.org ClaimReview); null when none exists.' });

export const ProvenanceSchema = z
  .strictObject({
    method: z.enum(provenanceMethods).meta({
      description: 'curated: annotated and reviewed by people; extracted: proposed by a program; imported: converted from another dataset.',
    }),
    agent: nonEmpty.meta({ description: 'Who or what made the record, with version for programs (e.g. "saidby-extract 0.1.0").' }),
    confidence: z.number().min(0).max(1).nullable().meta({
      description: 'The program confidence from 0 to 1; null for curated records.',
    }),
    note: nonEmpty.nullable().meta({ description: 'Anything a reviewer should know about how the record was made.' }),
  })
  .meta({ description: 'How the record came to be.' });

const isPlainObject = (value: object) => {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * True for what JSON can hold: null, true/false, finite numbers, strings, and arrays and plain objects of
 * these (no cycles). Walks without recursion, so any depth is safe.
 *
 * @example
 * isJsonValue({ a: [1, 'x', null] }); // true
 * isJsonValue({ a: undefined }); // false
 */
export function isJsonValue(value: unknown): boolean {
  const frames: Array<{ readonly container: object; readonly items: unknown[]; index: number }> = [];
  const open = new Set<object>();
  let item = value;
  for (;;) {
    if (typeof item === 'object' && item !== null) {
      if (open.has(item) || !(Array.isArray(item) || isPlainObject(item))) return false;
      open.add(item);
      frames.push({ container: item, items: Array.isArray(item) ? item : Object.values(item), index: 0 });
    } else if (!(item === null || typeof item === 'string' || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item)))) {
      return false;
    }
    for (;;) {
      const frame = frames[frames.length - 1];
      if (frame === undefined) return true;
      if (frame.index < frame.items.length) {
        item = frame.items[frame.index++];
        break;
      }
      open.delete(frame.container);
      frames.pop();
    }
  }
}

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

const jsonValue = z
  .unknown()
  .refine(isJsonValue, 'Expected a JSON value: null, true or false, a finite number, a string, or an array or plain object of these') as unknown as z.ZodType<JsonValue>;

const extensions = z.record(z.string(), jsonValue).meta({
  description:
    'Values from an imported dataset that have no saidby field, kept under the importer name so nothing is lost; {} when there are none.',
});

export const SourceSchema = z
  .strictObject({
    id: slug.meta({ description: 'Stable identifier of the reporting article.' }),
    url: webAddress.nullable().meta({ description: 'Address of the reporting article (http or https); null when it has none.' }),
    title: nonEmpty.meta({ description: 'Headline as printed.' }),
    outlet: nonEmpty.meta({ description: 'The reporting outlet, e.g. "Azatutyun (RFE/RL Armenian Service)".' }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'Expected a BCP 47 language tag such as "en"')
      .meta({ description: 'Language of the archived text (BCP 47).' }),
    published: DateEstimateSchema.meta({ description: 'When the article was published, with precision and evidence.' }),
    archivePath: nonEmpty.nullable().meta({
      description: 'Path of the archived text inside the dataset folder; null when no text is archived.',
    }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable()
      .meta({ description: 'SHA-256 of the archived file, lowercase hex; null when no text is archived.' }),
    codePointLength: z.int().nonnegative().nullable().meta({
      description: 'Length of the archived text in Unicode code points; null when no text is archived.',
    }),
    extensions,
  })
  .refine(
    (source) =>
      [source.archivePath, source.sha256, source.codePointLength].every((value) => value === null) ||
      [source.archivePath, source.sha256, source.codePointLength].every((value) => value !== null),
    { message: 'archivePath, sha256 and codePointLength are all set or all null', path: ['archivePath'] },
  )
  .meta({
    description: 'A reporting article (or dataset) in which quotes appear.',
    anyOf: [isNull('archivePath', 'sha256', 'codePointLength'), { properties: { archivePath: { type: 'string' }, sha256: { type: 'string' }, codePointLength: { type: 'integer' } } }],
  });

export const SpeakerSchema = z
  .strictObject({
    id: slug.meta({ description: 'Stable identifier (slug of the canonical name).' }),
    name: nonEmpty.meta({ description: 'Name as printed in the reporting article.' }),
    aliases: z.array(nonEmpty).meta({ description: 'Other spellings and forms of the name.' }),
    kind: z.enum(speakerKinds).meta({ description: 'person, organization or group.' }),
    role: nonEmpty.nullable().meta({
      description: 'Role at the time of the quotes, e.g. "Minister of Foreign Affairs of Russia"; null when not stated.',
    }),
    affiliation: nonEmpty.nullable().meta({ description: 'Organisation the speaker spoke for; null when not stated.' }),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .meta({ description: 'ISO 3166-1 alpha-2 code of the country the speaker spoke for; null when not applicable.' }),
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/)
      .nullable()
      .meta({ description: 'Verified Wikidata QID; null rather than a guess.' }),
    extensions,
  })
  .meta({ description: 'A person, organisation or group to whom words are attributed.' });

export const QuoteSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:[-.:][a-z0-9]+)*$/, 'Expected a stable id such as "azatutyun-30929229-q01"')
      .meta({ description: 'Stable identifier; never reused for another quote.' }),
    sourceId: slug.meta({ description: 'The reporting article (sources.id).' }).register(references, { table: 'sources' }),
    speakerId: slug
      .nullable()
      .meta({ description: 'Who the words are attributed to (speakers.id); null when unknown.' })
      .register(references, { table: 'speakers' }),
    speakerMention: AnchorSchema.nullable().meta({
      description: 'How the article names the speaker at this attribution ("he", "the top Russian diplomat"); null when unnamed.',
    }),
    kind: z.enum(quoteKinds).meta({
      description: 'direct: inside quotation marks; indirect: reported speech; mixed: reported speech with a quoted fragment (PARC 3.0).',
    }),
    text: nonEmpty.meta({ description: 'Exactly the characters of the content span.' }),
    span: SpanSchema.nullable().meta({
      description: 'Content span in the archived text (code points); null when the source has no archived text.',
    }),
    prefix: z.string().meta({
      description: 'The 32 code points before the span, fewer at the start of the text (W3C TextQuoteSelector prefix); empty without a span.',
    }),
    suffix: z.string().meta({
      description: 'The 32 code points after the span, fewer at the end of the text (W3C TextQuoteSelector suffix); empty without a span.',
    }),
    quotedSegments: z.array(QuotedSegmentSchema).meta({
      description: 'For a mixed quote, the fragments inside quotation marks; empty for direct and indirect quotes.',
    }),
    cue: AnchorSchema.nullable().meta({ description: 'The reporting verb or phrase as printed ("said", "according to"); null when none.' }),
    date: DateEstimateSchema.meta({ description: 'When the words were said, with precision, certainty and evidence.' }),
    origin: OriginSchema,
    claimType: z.enum(claimTypes).nullable().meta({
      description: 'Full Fact claim type; null when not yet annotated.',
    }),
    checkworthiness: z.enum(checkworthinessLevels).nullable().meta({
      description: 'ClaimBuster class: non-factual, unimportant-factual or check-worthy-factual; null when not yet annotated.',
    }),
    topics: z.array(slug).meta({ description: 'Topic slugs, e.g. "ceasefire".' }),
    mentions: z.array(MentionSchema).meta({ description: 'Entities the quote mentions.' }),
    review: ReviewSchema.nullable(),
    provenance: ProvenanceSchema,
    extensions,
  })
  .superRefine((quote, context) => {
    if (quote.kind === 'mixed' && quote.span !== null && quote.quotedSegments.length === 0) {
      context.addIssue({ code: 'custom', path: ['quotedSegments'], message: 'a mixed quote lists its quoted fragments' });
    }
    if (quote.kind !== 'mixed' && quote.quotedSegments.length > 0) {
      context.addIssue({ code: 'custom', path: ['quotedSegments'], message: `a ${quote.kind} quote has no quoted fragments` });
    }
    if (quote.span === null && (quote.prefix !== '' || quote.suffix !== '')) {
      context.addIssue({ code: 'custom', path: ['prefix'], message: 'prefix and suffix are empty when there is no span' });
    }
  })
  .meta({
    description: 'One attribution: content attributed to a speaker through a cue, in one reporting article.',
    allOf: [
      { if: { properties: { kind: { const: 'mixed' }, span: { type: 'object' } } }, then: { properties: { quotedSegments: { type: 'array', minItems: 1 } } } },
      { if: { properties: { kind: { enum: quoteKinds.filter((kind) => kind !== 'mixed') } } }, then: { properties: { quotedSegments: { type: 'array', maxItems: 0 } } } },
      { if: isNull('span'), then: { properties: { prefix: { const: '' }, suffix: { const: '' } } } },
    ],
  });

export const DatasetSchema = z.strictObject({
  sources: z.array(SourceSchema),
  speakers: z.array(SpeakerSchema),
  quotes: z.array(QuoteSchema),
});

export const tableSchemas = { sources: SourceSchema, speakers: SpeakerSchema, quotes: QuoteSchema } as const;

/**
 * A record type whose lists are read-only (its fields stay assignable), so the library's frozen records
 * (`DeepReadonly`) are accepted wherever a `Quote`, `Speaker` or `Source` is.
 */
export type WithReadonlyLists<T> = T extends ReadonlyArray<infer Item>
  ? ReadonlyArray<WithReadonlyLists<Item>>
  : T extends object
    ? string extends keyof T
      ? T
      : { [Key in keyof T]: WithReadonlyLists<T[Key]> }
    : T;

export type Span = z.infer<typeof SpanSchema>;
export type Anchor = z.infer<typeof AnchorSchema>;
export type QuotedSegment = z.infer<typeof QuotedSegmentSchema>;
export type DateEstimate = z.infer<typeof DateEstimateSchema>;
export type Origin = z.infer<typeof OriginSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Rating = z.infer<typeof RatingSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Source = WithReadonlyLists<z.infer<typeof SourceSchema>>;
export type Speaker = WithReadonlyLists<z.infer<typeof SpeakerSchema>>;
export type Quote = WithReadonlyLists<z.infer<typeof QuoteSchema>>;
export type Dataset = { [Table in keyof typeof tableSchemas]: Array<WithReadonlyLists<z.infer<(typeof tableSchemas)[Table]>>> };
