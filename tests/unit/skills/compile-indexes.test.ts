/**
 * The shipped indexes compiled ahead of time (lib/skills/compiled-index.generated.ts, read by
 * shipped-index.ts): current with the taxonomy and the alias cutting, and tagging exactly as the
 * indexes built at run time from the same taxonomy.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aliasKeys, LABEL_ONLY, safeEntriesAt, walk } from '../../../lib/skills/alias-index';
import { aliasedTaxonomy } from '../../../lib/skills/aliased-taxonomy';
import { compiledIndexModule } from '../../../lib/skills/compile-indexes';
import { COMPILED_KEYS } from '../../../lib/skills/compiled-index.generated';
import { forEachKey } from '../../../lib/skills/keys-text';
import { buildLabelMap } from '../../../lib/skills/labels';
import { shippedIndexes } from '../../../lib/skills/shipped-index';
import { buildIndexes, createTagger } from '../../../lib/skills/tagger';
import {
  fiverrTitles,
  freelancerJobs,
  guruJobs,
  peoplePerHourTitles,
  upworkFeed,
  upworkJobPages,
  upworkTiles,
} from './fixtures';

const here = dirname(fileURLToPath(import.meta.url));
const generated = join(here, '../../../lib/skills/compiled-index.generated.ts');

describe('the compiled indexes', () => {
  it('are current: compiling the shipped taxonomy again writes the committed file', () => {
    const current = compiledIndexModule(aliasedTaxonomy()) === readFileSync(generated, 'utf8');
    expect(
      current,
      'lib/skills/compiled-index.generated.ts is stale: run npx tsx scripts/compile-index.ts',
    ).toBe(true);
  });

  it('give the label map built from every spelling, key for key', () => {
    const built = buildLabelMap(aliasedTaxonomy());
    const shipped = shippedIndexes().labelMap;
    for (const [key, id] of built) expect(shipped.get(key), key).toBe(id);
    expect(built.size).toBeGreaterThan(10_000);
    // The shipped lookup answers only keys it holds (the skills' keys and the labels'), and only
    // as the built map does; a path part of the way along a longer key names nothing.
    let held = 0;
    let prefixes = 0;
    for (const text of [COMPILED_KEYS.skills, COMPILED_KEYS.labels]) {
      forEachKey(text, (key) => {
        held++;
        expect(shipped.get(key), key).toBe(built.get(key));
        const words = key.split(' ');
        for (let end = 1; end < words.length; end++) {
          const prefix = words.slice(0, end).join(' ');
          if (built.has(prefix)) continue;
          prefixes++;
          expect(shipped.get(prefix), prefix).toBeUndefined();
        }
      });
    }
    expect(held).toBeGreaterThan(10_000);
    expect(prefixes).toBeGreaterThan(100);
  });

  it('lead from the root along the keys of every name and alias of every skill to that skill', () => {
    const { skillIndex: index } = shippedIndexes();
    let checked = 0;
    aliasedTaxonomy().entries.forEach((entry, i) => {
      if (entry.hidden || entry.labelOnly) return;
      const ambiguous = new Set(entry.ambiguity?.forms ?? []);
      // An ambiguous form is held under its exact tokens only ("Go" never as a joined spelling).
      const named = [entry.name, ...entry.aliases].filter(
        (a) => !a.startsWith(LABEL_ONLY) && !ambiguous.has(a),
      );
      for (const alias of named) {
        for (const keys of aliasKeys(alias)) {
          const node = walk(index, keys);
          const reached = [
            ...safeEntriesAt(index, node),
            ...index.ambiguousHits
              .slice(index.ambiguousFrom[node], index.ambiguousFrom[node + 1])
              .map((h) => h.entry),
          ];
          expect(reached, `${alias} → ${keys.join(' ')}`).toContain(i);
          checked++;
        }
      }
    });
    expect(checked).toBeGreaterThan(10_000);
  });

  it('tag real listings of every site exactly as indexes built at run time', () => {
    const tax = aliasedTaxonomy();
    const fromShipped = createTagger(tax, shippedIndexes());
    const fromBuilt = createTagger(tax, buildIndexes(tax));
    const rows = [
      ...upworkJobPages(),
      ...upworkTiles(),
      ...upworkFeed(),
      ...freelancerJobs(),
      ...guruJobs(),
      ...peoplePerHourTitles(),
      ...fiverrTitles(),
    ];
    let skills = 0;
    for (const r of rows) {
      const input = { title: r.title, description: r.description, platformSkills: r.platformSkills };
      const shipped = fromShipped.tag(input);
      skills += shipped.length;
      expect(shipped, r.title).toEqual(fromBuilt.tag(input));
    }
    expect(rows.length).toBeGreaterThan(100);
    expect(skills).toBeGreaterThan(rows.length);
  });
});
