/** Public surface of the difficulty estimate (issue 4). Pure: runs in Node, vitest and the extension. */
export {
  estimateDifficulty,
  explainDifficulty,
  LEVEL_OF_PLATFORM,
  readPlatformLevel,
  type Weighed,
} from './estimate';
export { readTerms } from './terms';
export type { Difficulty, DifficultyEstimate, DifficultyInput, Terms } from './types';
export { MAX_REASONS } from './weights';
