/**
 * What `importAsShipped` bundles for the tagger and difficulty benchmarks: the benchmarks and the
 * code they time, with their own copy of the words (a bundled module has its own i18n state).
 */
export { setWords } from '../lib/core/i18n';
export { catalogWords } from '../scripts/lib/catalog';
export { runDifficultyBench } from './difficulty';
export { runTaggerBench } from './tagger';
