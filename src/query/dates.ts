import type { DeepReadonly } from '../dataset/index.js';
import { SaidbyError } from '../error/index.js';
import type { DateEstimate } from '../schema/records.js';
import { isValidPartialDate, partialDatePattern } from '../schema/vocabulary.js';

/** A closed interval of days since 1970-01-01 (UTC); ±Infinity for an open end. */
export interface DayInterval {
  readonly start: number;
  readonly end: number;
}

const millisecondsPerDay = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / millisecondsPerDay;
}

function partialDateInterval(value: string): DayInterval {
  const [, year, month, day] = partialDatePattern.exec(value)!;
  const y = Number(year);
  if (month === undefined) return { start: dayNumber(y, 1, 1), end: dayNumber(y, 12, 31) };
  const m = Number(month);
  if (day === undefined) return { start: dayNumber(y, m, 1), end: dayNumber(y, m + 1, 0) };
  const d = dayNumber(y, m, Number(day));
  return { start: d, end: d };
}

/**
 * The days a date estimate may stand for: one day, a whole month or year for a partial date, the bounds of
 * a range (open ends are ±Infinity), or undefined for an unknown date.
 *
 * @example
 * dateInterval({ value: '2020-11', precision: 'month', certainty: 'exact', earliest: null, latest: null, evidence: '…' });
 * // { start: 18567, end: 18596 }: 2020-11-01 to 2020-11-30
 */
export function dateInterval(date: DeepReadonly<DateEstimate>): DayInterval | undefined {
  if (date.value !== null) return partialDateInterval(date.value);
  if (date.earliest === null && date.latest === null) return undefined;
  return {
    start: date.earliest === null ? -Infinity : partialDateInterval(date.earliest).start,
    end: date.latest === null ? Infinity : partialDateInterval(date.latest).end,
  };
}

/**
 * A date estimate as short text: "2020-11-03", "2020-11", "2020-11-02..", "..2020-11-05",
 * "2020-11-01..2020-11-03", or "" when unknown.
 *
 * @example
 * dateText(getQuote('azatutyun-30929229-q12')!.date); // '2020-11-02..'
 */
export function dateText(date: DeepReadonly<DateEstimate>): string {
  if (date.value !== null) return date.value;
  if (date.earliest === null && date.latest === null) return '';
  return `${date.earliest ?? ''}..${date.latest ?? ''}`;
}

/** Parses a filter bound ("2020", "2020-11", "2020-11-03") to the first or last day it covers. */
export function parseDateBound(argument: string, value: string, side: 'start' | 'end'): number {
  if (!isValidPartialDate(value)) {
    throw new SaidbyError([
      { code: 'invalid_format', path: [argument], message: `${JSON.stringify(value)} is not a date; expected a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD` },
    ]);
  }
  return partialDateInterval(value)[side];
}
