export { chunksOf, encodingIssue, readLimits, readLines, sizeIssue } from './split.js';
export type { Input, Line, LineEnd, LineOptions } from './split.js';
