/** Public surface of the difficulty estimate. Pure: runs in Node, vitest and the extension. */
export {
  estimateDifficulty,
  explainDifficulty,
  LEVEL_OF_PLATFORM,
  MAX_REASONS,
  type Reading,
  readListing,
  readPlatformLevel,
} from './estimate';
export type { Weighed } from './reasons';
export { readTerms } from './terms';
export type { Difficulty, DifficultyEstimate, DifficultyInput, Terms } from './types';
