export { decodeUtf8, defaultMaxBytes, readInside, readInsideIfPresent, readTextInside } from './read.js';
export type { ReadInsideOptions } from './read.js';
export { checkOutput, openAtomicOutput, startFolderWrite, writeFileAtomic, writeFolderAtomic } from './write.js';
export type { AtomicOutput, FolderWrite, WriteOutputOptions } from './write.js';
export { fileIssueCodes } from './refusal.js';
export type { FileIssueCode } from './refusal.js';
