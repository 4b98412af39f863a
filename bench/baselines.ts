/**
 * The two ways the tagger is compared with: one regular expression per alias, as most
 * extensions do it, and the modern-ahocorasick package over the same aliases. Both are given
 * every spelling the tagger knows and whole-word matching, and are compiled before timing.
 */
import AhoCorasick from 'modern-ahocorasick';
import type { AliasedTaxonomy } from '../lib/skills/aliased-taxonomy';

/** Every text spelling of every skill: display names, aliases and ambiguous forms. */
export function allAliases(tax: AliasedTaxonomy): { alias: string; id: string }[] {
  const out: { alias: string; id: string }[] = [];
  for (const e of tax.entries) {
    if (e.hidden) continue;
    for (const a of [e.name, ...e.aliases, ...(e.ambiguity?.forms ?? [])]) {
      if (!a.startsWith('=')) out.push({ alias: a, id: e.id });
    }
  }
  return out;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function regexPerAlias(
  aliases: readonly { alias: string; id: string }[],
): (text: string) => Set<string> {
  const compiled = aliases.map(({ alias, id }) => ({
    id,
    // Lookarounds instead of \b so that "C#", "C++" and ".NET" can match at all.
    re: new RegExp(`(?<![A-Za-z0-9])${escapeRegex(alias)}(?![A-Za-z0-9])`, 'i'),
  }));
  return (text) => {
    const found = new Set<string>();
    for (const { id, re } of compiled) if (!found.has(id) && re.test(text)) found.add(id);
    return found;
  };
}

export function ahoCorasick(
  aliases: readonly { alias: string; id: string }[],
): (text: string) => Set<string> {
  const matcher = new AhoCorasick(
    aliases.map(({ alias, id }) => ({ pattern: alias.toLowerCase(), data: id })),
    { boundary: 'ascii' },
  );
  return (text) => {
    const found = new Set<string>();
    for (const m of matcher.search(text.toLowerCase(), { strategy: 'leftmost-longest' })) {
      if (m.data) found.add(m.data);
    }
    return found;
  };
}
