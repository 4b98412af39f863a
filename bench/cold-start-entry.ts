/**
 * One cold start, in a fresh process (`cold-start.ts` runs it): the taxonomy unpacked and the
 * tagger's indexes made, either from the keys cut ahead of time (`shipped`, as the worker does)
 * or by cutting every alias here (`built`, as before stop 35, its aliases read first: before stop
 * 36 the taxonomy's unpacking split them). Prints the milliseconds as JSON.
 */
import { aliasedTaxonomy } from '../lib/skills/aliased-taxonomy';
import { shippedIndexes } from '../lib/skills/shipped-index';
import { buildIndexes } from '../lib/skills/tagger';
import { taxonomy } from '../lib/skills/taxonomy';

const how = process.argv[2];
const start = performance.now();
taxonomy();
const unpacked = performance.now();
const indexes = how === 'built' ? buildIndexes(aliasedTaxonomy()) : shippedIndexes();
const done = performance.now();
if (indexes.labelMap.get('javascript') === undefined) throw new Error('cold start: no label map');
console.log(JSON.stringify({ unpackMs: unpacked - start, indexesMs: done - unpacked }));
