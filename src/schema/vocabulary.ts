export const quoteKinds = ['direct', 'indirect', 'mixed'] as const;
export const claimTypes = [
  'personal-experience',
  'quantity',
  'correlation-causation',
  'laws-rules',
  'prediction',
  'other',
  'not-a-claim',
] as const;
export const checkworthinessLevels = ['non-factual', 'unimportant-factual', 'check-worthy-factual'] as const;
export const speakerKinds = ['person', 'organization', 'group'] as const;
export const entityKinds = ['person', 'organization', 'place', 'other'] as const;
export const datePrecisions = ['year', 'month', 'day'] as const;
export const dateCertainties = ['exact', 'inferred', 'range', 'unknown'] as const;
export const originMedia = [
  'interview',
  'statement',
  'press-conference',
  'briefing',
  'phone-call-readout',
  'speech',
  'social-media',
  'publication',
  'other',
] as const;
export const originCertainties = ['stated', 'inferred', 'unknown'] as const;
export const provenanceMethods = ['curated', 'extracted', 'imported'] as const;

export const tableNames = ['sources', 'speakers', 'quotes'] as const;

export type QuoteKind = (typeof quoteKinds)[number];
export type ClaimType = (typeof claimTypes)[number];
export type Checkworthiness = (typeof checkworthinessLevels)[number];
export type SpeakerKind = (typeof speakerKinds)[number];
export type TableName = (typeof tableNames)[number];

export const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A real proleptic Gregorian date as YYYY, YYYY-MM or YYYY-MM-DD (no month 13, no 31 November, 29 February
 * only in leap years), as one regular expression so that JSON Schema and Table Schema can carry the rule.
 */
export const calendarDatePattern = new RegExp(
  '^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?' +
    '|[0-9]{4}-(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])' +
    '|[0-9]{4}-(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)' +
    '|[0-9]{4}-02-(?:0[1-9]|1[0-9]|2[0-8])' +
    '|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$',
);

/**
 * True for a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD (`calendarDatePattern`).
 *
 * @example
 * isValidPartialDate('2024-02-29'); // true
 * isValidPartialDate('2020-11-31'); // false
 */
export function isValidPartialDate(value: string): boolean {
  return calendarDatePattern.test(value);
}
