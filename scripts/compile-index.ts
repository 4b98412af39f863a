/**
 * Writes lib/skills/compiled-index.generated.ts: the shipped taxonomy's alias indexes and label
 * map compiled to numbers, so the worker reads them instead of building them (see
 * lib/skills/shipped-index.ts). scripts/build-taxonomy.ts runs it after each rebuild; run it by
 * hand after changing how aliases are cut (tokens.ts, stem.ts, alias-index.ts).
 *
 * Run: npx tsx scripts/compile-index.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasedTaxonomy } from '../lib/skills/aliased-taxonomy';
import { compiledIndexModule } from '../lib/skills/compile-indexes';

const outFile = join(dirname(fileURLToPath(import.meta.url)), '../lib/skills/compiled-index.generated.ts');
const text = compiledIndexModule(aliasedTaxonomy());
writeFileSync(outFile, text);
console.log(`compile-index: ${(text.length / 1024).toFixed(0)} kB → ${outFile}`);
