/** The taxonomy with its aliases, read apart from the entries (lib/skills/aliases.generated.ts). */
import { describe, expect, it } from 'vitest';
import { aliasedTaxonomy, withAliases } from '../../../lib/skills/aliased-taxonomy';
import { PACKED_ALIASES } from '../../../lib/skills/aliases.generated';
import { taxonomy } from '../../../lib/skills/taxonomy';

describe('the aliased taxonomy', () => {
  it('gives each entry its own aliases, and each skill those not kept for marketplace labels', () => {
    const tax = aliasedTaxonomy();
    const react = tax.entries.find((e) => e.id === 'react');
    expect(react?.aliases).toContain('React.js');
    const labelOnly = tax.entries.filter((e) => !e.hidden && e.aliases.some((a) => a.startsWith('=')));
    expect(labelOnly.length).toBeGreaterThan(10);
    for (const entry of labelOnly) {
      const skill = tax.byId.get(entry.id);
      expect(skill?.aliases).toEqual(entry.aliases.filter((a) => !a.startsWith('=')));
    }
    expect(tax.entries.map((e) => e.id)).toEqual(taxonomy().entries.map((e) => e.id));
  });

  it('leaves the shipped taxonomy without them: the background reads the keys cut from them instead', () => {
    expect(taxonomy().entries.some((e) => 'aliases' in e)).toBe(false);
    expect(taxonomy().skills.some((s) => 'aliases' in s)).toBe(false);
  });

  it('refuses aliases that do not line up with the entries, saying so', () => {
    const lines = PACKED_ALIASES.split('\n');
    expect(() => withAliases(taxonomy(), lines.slice(1).join('\n'))).toThrow(
      `taxonomy: ${lines.length - 1} lines of aliases for ${lines.length} entries`,
    );
  });
});
