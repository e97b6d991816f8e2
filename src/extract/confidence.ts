/**
 * Every confidence the extractor gives, in one table. A unit starts from its kind and from whether its speaker
 * was named at its own cue (`named`) or taken from the attribution before it (`inherited`); the factors lower it
 * for an unclosed quotation, for a speaker inherited across more than one paragraph and for a unit left
 * without a speaker.
 */
export const confidences = {
  direct: { named: 0.9, inherited: 0.7 },
  mixed: { named: 0.7, inherited: 0.5 },
  indirect: { named: 0.75, inherited: 0.5 },
  followOn: { closed: 0.75, unclosed: 0.45 },
  unclosedQuote: 0.6,
  inheritedFromAfar: 0.6,
  noSpeaker: 0.6,
} as const;
