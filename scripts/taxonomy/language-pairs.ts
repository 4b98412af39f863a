/**
 * Translation is sold by language pair ("Spanish to English Translation" is how Upwork and
 * Fiverr name it): one skill per direction between English and every language the curated files
 * know, plus any other pair a marketplace names. A pair needs both languages and implies
 * translation and the two languages, which is how careful readers also write it down.
 */
import { blankEntry, type SourceEntry } from './curated';
import type { Owners } from './owners';

/** Curated language skills (translation.txt) that pairs are made for. */
export const LANGUAGES =
  `english spanish french german italian portuguese dutch russian ukrainian polish czech
  romanian hungarian greek turkish arabic hebrew persian hindi urdu bengali chinese japanese korean
  vietnamese thai indonesian tagalog swahili swedish norwegian danish finnish`.split(/\s+/);

const PAIR_NAME = /^([A-Z][a-z]+) to ([A-Z][a-z]+) Translation$/;

export function languagePairs(
  byId: Map<string, SourceEntry>,
  owners: Owners,
  marketplaceNames: Iterable<string>,
): SourceEntry[] {
  const languages = LANGUAGES.map((id) => byId.get(id)).filter((e): e is SourceEntry => e !== undefined);
  const byName = new Map(languages.map((l) => [l.name, l]));
  const pairs: [SourceEntry, SourceEntry][] = [];
  const english = byId.get('english');
  for (const other of languages) {
    if (!english || other === english) continue;
    pairs.push([english, other], [other, english]);
  }
  for (const name of marketplaceNames) {
    const m = PAIR_NAME.exec(name.trim());
    const from = byName.get(m?.[1] ?? '');
    const to = byName.get(m?.[2] ?? '');
    if (from && to && from !== to && !pairs.some(([a, b]) => a === from && b === to)) pairs.push([from, to]);
  }
  const out: SourceEntry[] = [];
  for (const [from, to] of pairs) {
    const name = `${from.name} to ${to.name} Translation`;
    const id = `${from.id}-to-${to.id}-translation`;
    if (byId.has(id) || !owners.free(name)) continue;
    const entry = blankEntry(id, name, 'translation', 'language pair');
    entry.beginner = 6;
    entry.prerequisites = [from.id, to.id];
    entry.related = ['translation'];
    entry.implies = ['translation', from.id, to.id];
    owners.claimEntry(entry);
    for (const alias of [
      `${from.name} to ${to.name} translator`,
      `${from.name} into ${to.name} translation`,
      `${from.name} to ${to.name}`,
      `${from.name} into ${to.name}`,
    ]) {
      owners.addAlias(entry, alias, true);
    }
    byId.set(id, entry);
    out.push(entry);
  }
  return out;
}
