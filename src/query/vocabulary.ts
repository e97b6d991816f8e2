/** overlap: the quote's possible days meet [from, to]; within: all of them lie inside it. */
export const dateMatches = ['overlap', 'within'] as const;
export const quoteSorts = ['document', 'date', 'date-desc', 'id'] as const;

export type DateMatch = (typeof dateMatches)[number];
export type QuoteSort = (typeof quoteSorts)[number];
