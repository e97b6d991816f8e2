import { readArchive } from '../../src/io/files.js';
import { dataset } from '../../src/dataset/index.js';
import type { Dataset, Source } from '../../src/schema/records.js';

export function cloneDataset(): Dataset {
  return structuredClone(dataset) as Dataset;
}

export const readBundledArchive = (source: Source) => readArchive(source);
