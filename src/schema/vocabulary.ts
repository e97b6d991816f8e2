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

export function isValidPartialDate(value: string): boolean {
  const match = partialDatePattern.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const dayNumber = Number(day);
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(Number(year), monthNumber, 0);
  const daysInMonth = lastDay.getUTCDate();
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}
