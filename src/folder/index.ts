export { addArticle, draftCounts, loadDataset, updateDataset } from './folder.js';
export { mergeArticle, quoteIdAt } from './merge.js';
export type { AddOptions, AddSummary, ArticleDrafts, MergeResult } from './merge.js';
