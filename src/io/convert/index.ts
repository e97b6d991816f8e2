export { Channel } from './channel.js';
export { convertFile, convertSources, convertTargets } from './convert.js';
export type { ConvertFrom, ConvertOptions, ConvertResult, ConvertTo } from './convert.js';
