/** Integrity of the generated taxonomy (lib/skills/taxonomy.generated.ts). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { resolveLabel } from '../../../lib/skills';
import { aliasKeys } from '../../../lib/skills/alias-index';
import { aliasedTaxonomy } from '../../../lib/skills/aliased-taxonomy';
import { CATEGORIES } from '../../../lib/skills/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const tax = aliasedTaxonomy();
const skillIds = new Set(tax.skills.map((s) => s.id));

describe('taxonomy', () => {
  it('has several thousand skills with unique kebab-case ids and names', () => {
    expect(tax.skills.length).toBeGreaterThanOrEqual(3000);
    expect(skillIds.size).toBe(tax.skills.length);
    for (const s of tax.skills) {
      expect(s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(s.name.trim()).not.toBe('');
      expect(s.beginner).toBeGreaterThanOrEqual(0);
      expect(s.beginner).toBeLessThanOrEqual(1);
    }
  });

  it('covers every category of the freelance market with hand-curated depth', () => {
    for (const category of Object.keys(CATEGORIES)) {
      expect(tax.skills.filter((s) => s.category === category).length, category).toBeGreaterThanOrEqual(15);
    }
  });

  it('refers only to skills that exist', () => {
    for (const s of tax.skills) {
      for (const ref of [...s.prerequisites, ...s.related])
        expect(skillIds.has(ref), `${s.id} → ${ref}`).toBe(true);
    }
    for (const e of tax.entries)
      for (const ref of e.implies) expect(skillIds.has(ref), `${e.id} ⇒ ${ref}`).toBe(true);
    const entryIds = new Set(tax.entries.map((e) => e.id));
    for (const r of tax.rules) {
      for (const ref of r.when) expect(entryIds.has(ref), `rule term ${ref}`).toBe(true);
      for (const ref of [...r.gives, ...r.unless]) expect(skillIds.has(ref), `rule result ${ref}`).toBe(true);
    }
  });

  it('has no prerequisite cycles', () => {
    const prereqs = new Map(tax.skills.map((s) => [s.id, s.prerequisites]));
    const done = new Set<string>();
    const visit = (id: string, path: readonly string[]): void => {
      if (done.has(id)) return;
      expect(path, `cycle ${[...path, id].join(' → ')}`).not.toContain(id);
      for (const p of prereqs.get(id) ?? []) visit(p, [...path, id]);
      done.add(id);
    };
    for (const s of tax.skills) visit(s.id, []);
    expect(done.size).toBe(tax.skills.length);
  });

  it('gives React the prerequisites a learner needs first', () => {
    expect(tax.byId.get('react')?.prerequisites).toEqual(
      expect.arrayContaining(['javascript', 'html', 'css']),
    );
  });

  it('lets no spelling name two skills', () => {
    // The build refuses such collisions; this guards the generated file against hand edits.
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of tax.entries) {
      if (e.hidden) continue;
      for (const form of [e.name, ...e.aliases, ...(e.ambiguity?.forms ?? [])]) {
        for (const key of aliasKeys(form.replace(/^=/, '')).map((k) => k.join(' '))) {
          const prev = owner.get(key);
          if (prev && prev !== e.id) clashes.push(`${key}: ${prev} / ${e.id}`);
          owner.set(key, e.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('ships compactly: the generated data, its entries and their aliases, stays within 80 kB gzip', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'lib', 'skills');
    const text = ['taxonomy.generated.ts', 'aliases.generated.ts']
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n');
    expect(gzipSync(text).length).toBeLessThanOrEqual(80_000);
  });

  it('gives every skill a category, a beginner hint and, for most, links to other skills', () => {
    const linked = tax.skills.filter((s) => s.prerequisites.length + s.related.length > 0).length;
    expect(linked / tax.skills.length).toBeGreaterThan(0.4);
    // The hint means something: specialist work rates low, entry-level work high.
    const hint = (id: string) => tax.byId.get(id)?.beginner ?? -1;
    expect(hint('data-entry')).toBeGreaterThan(0.75);
    expect(hint('machine-learning')).toBeLessThanOrEqual(0.25);
    expect(hint('contract-drafting')).toBeLessThanOrEqual(0.25);
    expect(tax.skills.filter((s) => s.beginner >= 0.75).length).toBeGreaterThan(300);
    expect(tax.skills.filter((s) => s.beginner <= 0.25).length).toBeGreaterThan(300);
  });

  it('covers the non-software work people change careers into', () => {
    for (const [category, min] of [
      ['legal', 20],
      ['teaching', 20],
      ['translation', 100],
      ['writing', 60],
      ['admin-va', 60],
      ['finance', 60],
      ['support', 30],
      ['sales', 40],
    ] as const) {
      expect(tax.skills.filter((s) => s.category === category).length, category).toBeGreaterThanOrEqual(min);
    }
  });

  it('sells translation by language pair, each needing both languages', () => {
    const pair = tax.byId.get('spanish-to-english-translation');
    expect(pair?.name).toBe('Spanish to English Translation');
    expect(pair?.prerequisites).toEqual(['spanish', 'english']);
    expect(tax.byId.get('english-to-japanese-translation')).toBeDefined();
  });

  it("resolves every service of Fiverr's 2026 category tree to a skill", () => {
    const tree = readFileSync(join(root, 'scripts', 'taxonomy', 'fiverr-categories.tree'), 'utf8');
    const services = tree
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split(' > ')[2]?.trim() ?? '');
    expect(services.length).toBeGreaterThan(400);
    const menuOnly =
      /^(let us manage your project|logo maker tool|find an? .*|self-publish your book|all ai art services|all cities|photographers in .*|photography classes|24hr turnaround|other|free tiktok shop audit|search & apply|ai agents)$/i;
    const unresolved = services.filter((s) => !menuOnly.test(s) && !resolveLabel(s));
    expect(unresolved).toEqual([]);
    expect(resolveLabel('Tax Returns')).toBe('tax-preparation');
    expect(resolveLabel('AI Avatar Design')).toBeDefined();
  });
});
